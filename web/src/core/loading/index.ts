/**
 * Reading a graphology JSON file as it downloads: its top-level "edges" key splits it into a head
 * (attributes, options, nodes: enough for a first frame) and a tail (the edges), each valid JSON.
 * graph/json writes nodes before edges, so the head arrives first. Pure: bytes in, JSON out.
 */
import { EDGES_KEY, MAX_CANDIDATES } from './types.ts';
import { trimTrailingComma } from './utils.ts';

export class GraphTextReader {
  private decoder = new TextDecoder();
  /** Decoded text not yet taken by the head. */
  private pieces: string[] = [];
  private chars = 0;
  /** The end of the previous piece, for a key split across chunks. */
  private carry = '';
  private failedCandidates = 0;
  /** The keys before "edges", parsed, once the key has arrived (null until then or if never). */
  head: Record<string, unknown> | null = null;

  /** Add the next chunk of the download; returns the head once found. */
  push(chunk: Uint8Array): Record<string, unknown> | null {
    const piece = this.decoder.decode(chunk, { stream: true });
    this.pieces.push(piece);
    this.chars += piece.length;
    if (!this.head && this.failedCandidates < MAX_CANDIDATES) this.findHead(piece);
    return this.head;
  }

  /** Search only the new text (native indexOf: far faster than tokenizing every byte in JS). */
  private findHead(piece: string): void {
    const window = this.carry + piece;
    const windowStart = this.chars - window.length;
    for (let i = window.indexOf(EDGES_KEY); i >= 0; i = window.indexOf(EDGES_KEY, i + 1)) {
      if (this.tryHead(windowStart + i) || this.failedCandidates >= MAX_CANDIDATES) return;
    }
    this.carry = window.slice(-(EDGES_KEY.length - 1));
  }

  /**
   * A `"edges"` is the top-level key exactly when the text before it, closed with "}", parses:
   * inside a string (after an escaped quote), as a value or as a nested key it leaves a string,
   * a bracket or a key open.
   */
  private tryHead(at: number): boolean {
    const text = this.pieces.join('');
    try {
      this.head = JSON.parse(trimTrailingComma(text.slice(0, at)) + '}') as Record<string, unknown>;
    } catch {
      this.failedCandidates++;
      return false;
    }
    this.pieces = [text.slice(at)];
    this.chars = this.pieces[0]!.length;
    return true;
  }

  /** After the last chunk: the tail object's JSON when the head was found, else the whole file's. */
  rest(): string {
    const text = this.pieces.join('') + this.decoder.decode();
    this.pieces = [];
    return this.head ? '{' + text : text;
  }
}
