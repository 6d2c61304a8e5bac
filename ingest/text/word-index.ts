/**
 * Listed words at a position of a text, by a trie of their characters: one step per character
 * of the longest match instead of a `startsWith` per listed word (the roles ending in 长 or 员
 * are each near a hundred, and people, posts and transliterations ask at every position of a
 * story). `longestAt`/`longestEndingAt` give the word that trying the list longest first would.
 */
interface Node {
  next: Map<number, Node>;
  word: string | undefined;
}

export interface WordIndex {
  /** The longest word w with `text.startsWith(w, at)`, if any. */
  longestAt(text: string, at: number): string | undefined;
  /** The longest word w with `text.slice(0, end).endsWith(w)`, if any. */
  longestEndingAt(text: string, end: number): string | undefined;
}

function trie(words: Iterable<string>, backwards: boolean): Node {
  const root: Node = { next: new Map(), word: undefined };
  for (const w of words) {
    if (!w) continue;
    let node = root;
    for (let n = 0; n < w.length; n++) {
      const c = w.charCodeAt(backwards ? w.length - 1 - n : n);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), word: undefined }));
      node = child;
    }
    node.word = w;
  }
  return root;
}

/** The root's children by char code: most positions of a text start no listed word (hot). */
function rootTable(root: Node): (Node | undefined)[] {
  const table: (Node | undefined)[] = new Array(65536).fill(undefined);
  for (const [c, node] of root.next) table[c] = node;
  return table;
}

export function wordIndex(words: Iterable<string>): WordIndex {
  const list = [...words];
  const forward = rootTable(trie(list, false));
  const backward = rootTable(trie(list, true));
  return {
    longestAt(text, at) {
      if (at < 0) at = 0; // as startsWith reads a negative position
      if (at >= text.length) return undefined;
      let node: Node | undefined = forward[text.charCodeAt(at)];
      let found: string | undefined;
      for (let k = at + 1; node; k++) {
        if (node.word !== undefined) found = node.word;
        node = k < text.length ? node.next.get(text.charCodeAt(k)) : undefined;
      }
      return found;
    },
    longestEndingAt(text, end) {
      if (end > text.length || end < 1) return undefined;
      let node: Node | undefined = backward[text.charCodeAt(end - 1)];
      let found: string | undefined;
      for (let k = end - 2; node; k--) {
        if (node.word !== undefined) found = node.word;
        node = k >= 0 ? node.next.get(text.charCodeAt(k)) : undefined;
      }
      return found;
    },
  };
}
