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

/**
 * The root's children in a Map behind a one-byte-per-code filter (64 KB, where a table of nodes
 * would take 256 KB of cache): most positions of a text start or end no listed word (hot).
 */
interface Root {
  has: Uint8Array;
  node: Node;
}
function root(words: string[], backwards: boolean): Root {
  const node = trie(words, backwards);
  const has = new Uint8Array(65536);
  for (const c of node.next.keys()) has[c] = 1;
  return { has, node };
}

export function wordIndex(words: Iterable<string>): WordIndex {
  const list = [...words];
  // Built on first use: most lists are read in one direction only.
  let forward: Root | undefined;
  let backward: Root | undefined;
  return {
    longestAt(text, at) {
      if (at < 0) at = 0; // as startsWith reads a negative position
      forward ??= root(list, false);
      const c = text.charCodeAt(at);
      if (forward.has[c] !== 1) return undefined;
      let node: Node | undefined = forward.node.next.get(c);
      let found: string | undefined;
      for (let k = at + 1; node; k++) {
        if (node.word !== undefined) found = node.word;
        node = k < text.length ? node.next.get(text.charCodeAt(k)) : undefined;
      }
      return found;
    },
    longestEndingAt(text, end) {
      if (end > text.length || end < 1) return undefined;
      backward ??= root(list, true);
      const c = text.charCodeAt(end - 1);
      if (backward.has[c] !== 1) return undefined;
      let node: Node | undefined = backward.node.next.get(c);
      let found: string | undefined;
      for (let k = end - 2; node; k--) {
        if (node.word !== undefined) found = node.word;
        node = k >= 0 ? node.next.get(text.charCodeAt(k)) : undefined;
      }
      return found;
    },
  };
}
