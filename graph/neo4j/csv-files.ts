/**
 * The files of a bulk CSV (./bulk-csv.ts): one per group of elements with the same label or
 * relationship type and the same header, written in chunks.
 */
import { appendFileSync, closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export type Column = { name: string; type: string; value: string };

export interface CsvGroup {
  /** Label (nodes) or relationship type (edges). */
  token: string;
  /** The file's first line. */
  header: string;
  path: string;
  multiline: boolean;
  rows: number;
}

/** RFC 4180 quoting: every field quoted, quotes doubled. */
export const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

/**
 * Bytes gathered per file before a write: one write per line cost more than the CSV itself.
 * Lines are encoded into the buffer as they come, not kept as strings until a write: strings
 * held that long outlive the young generation, and copying them to the old one took a third
 * of the CSV phase (CPU profile, 100k elements).
 */
const CHUNK = 1 << 19;

function sameColumns(a: Column[], b: Column[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++)
    if (a[i]!.name !== b[i]!.name || a[i]!.type !== b[i]!.type) return false;
  return true;
}

type OpenGroup = CsvGroup & { fd: number; buffer: Buffer; used: number };
type LastShape = { head: string; cols: Column[]; group: OpenGroup };

/**
 * Files opened lazily, one per (token, signature, multi-line); written in graph order, in
 * chunks and synchronously (a chunk lands in the page cache in about a millisecond; awaiting
 * a promise per row cost more than that).
 */
export class GroupWriter {
  private groups = new Map<string, OpenGroup>();
  /** Bytes of the longest line written, its line break included (the importer's buffer must hold it). */
  longestLine = 0;
  /** Per token, for single-line and multi-line rows: the columns of its last row, and their group. */
  private last: [Map<string, LastShape>, Map<string, LastShape>] = [new Map(), new Map()];
  constructor(
    private dir: string,
    private prefix: string,
  ) {}

  write(token: string, head: string, cols: Column[], fields: string): void {
    let line = fields;
    let ml = false;
    for (const c of cols) {
      line += `,${quote(c.value)}`;
      if (!ml && c.type.startsWith('string') && /[\r\n]/.test(c.value)) ml = true;
    }
    // Rows of a token mostly repeat the previous row's columns: compared name by name, the
    // header and the group's id are built only when they change.
    const last = this.last[ml ? 1 : 0].get(token);
    const group =
      last && last.head === head && sameColumns(last.cols, cols)
        ? last.group
        : this.group(token, head, cols, ml);
    this.append(group, line);
    group.rows++;
  }

  /** The group of this header, opened on first use; remembered as the token's last shape. */
  private group(token: string, head: string, cols: Column[], ml: boolean): OpenGroup {
    let header = head;
    for (const c of cols) header += `,${c.name}:${c.type}`;
    const id = `${token}\n${header}\n${ml}`;
    let group = this.groups.get(id);
    if (!group) {
      const path = join(this.dir, `${this.prefix}-${this.groups.size}.csv`);
      const fd = openSync(path, 'w');
      const buffer = Buffer.allocUnsafe(CHUNK);
      group = { token, header, path, multiline: ml, rows: 0, fd, buffer, used: 0 };
      this.groups.set(id, group);
      this.append(group, header);
    }
    const shape = cols.map(({ name, type }) => ({ name, type, value: '' }));
    this.last[ml ? 1 : 0].set(token, { head, cols: shape, group });
    return group;
  }

  /** One line into the group's buffer (UTF-8: at most 3 bytes per UTF-16 unit). */
  private append(group: OpenGroup, line: string): void {
    if (group.used + line.length * 3 + 1 > CHUNK) {
      this.flush(group);
      if (line.length * 3 + 1 > CHUNK) {
        const bytes = Buffer.from(line + '\n');
        this.longestLine = Math.max(this.longestLine, bytes.length);
        writeSync(group.fd, bytes);
        return;
      }
    }
    const bytes = group.buffer.write(line, group.used);
    if (bytes >= this.longestLine) this.longestLine = bytes + 1;
    group.used += bytes;
    group.buffer[group.used++] = 10;
  }

  private flush(group: OpenGroup): void {
    for (let done = 0; done < group.used;)
      done += writeSync(group.fd, group.buffer, done, group.used - done);
    group.used = 0;
  }

  close(): CsvGroup[] {
    const out: CsvGroup[] = [];
    for (const group of this.groups.values()) {
      if (group.used > 0) this.flush(group);
      closeSync(group.fd);
      const { fd: _fd, buffer: _b, used: _u, ...done } = group;
      out.push(done);
    }
    return out;
  }

  /** On failure: close what is open (the staging folder is removed by the caller). */
  abandon(): void {
    for (const group of this.groups.values())
      try {
        closeSync(group.fd);
      } catch {
        // closed already by close()
      }
  }
}

/**
 * The worker's files appended to this thread's files of the same group (same type, header and
 * multi-line), and the worker's groups that have none. The importer samples the first MiB of
 * every file before it starts (CsvInput.validateAndEstimate, parsing and sizing each entity:
 * seconds on 400k elements), so fewer files start it sooner; the copy is one read and one
 * write of data still in the page cache.
 */
export function appendSameGroups(mine: CsvGroup[], theirs: CsvGroup[]): CsvGroup[] {
  const left: CsvGroup[] = [];
  for (const group of theirs) {
    const same = mine.find(
      (g) =>
        g.token === group.token && g.header === group.header && g.multiline === group.multiline,
    );
    if (!same) {
      left.push(group);
      continue;
    }
    const text = readFileSync(group.path);
    appendFileSync(same.path, text.subarray(text.indexOf(10) + 1));
    same.rows += group.rows;
    unlinkSync(group.path);
  }
  return left;
}
