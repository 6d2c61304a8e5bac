/**
 * The items of a 、 list closed by 等 (甲、乙、丙等…): one walk for the lists of artists
 * (listed-artists.ts) and of counted officials (counted-officials.ts), which differ only in what an
 * item may be and what must follow 等.
 */
import { tag } from '../text/segmenter.ts';

export interface ListItem {
  name: string;
  start: number;
}

/**
 * Before the 等 at `at`: each stretch back to the 、 before it (at most `span` characters from one
 * 、 to the next boundary, matching `item`), and the list's first item, the segmenter's last word
 * before the first 、 (汇集了|莫奈, 以及|某索帕), when it matches `item` too.
 */
export function listBeforeDeng(
  text: string,
  at: number,
  span: number,
  item: RegExp,
): { items: ListItem[]; first?: ListItem } {
  const items: ListItem[] = [];
  let end = at;
  for (let sep = text.lastIndexOf('、', end - 1); sep >= 0 && end - sep <= span;) {
    const name = text.slice(sep + 1, end);
    if (!item.test(name)) break;
    items.unshift({ name, start: sep + 1 });
    end = sep;
    sep = text.lastIndexOf('、', end - 1);
  }
  if (items.length === 0) return { items };
  const word = tag(text.slice(Math.max(0, end - 8), end)).at(-1);
  if (!word || !item.test(word.word)) return { items };
  return { items, first: { name: word.word, start: end - word.word.length } };
}
