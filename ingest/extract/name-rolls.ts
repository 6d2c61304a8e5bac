/**
 * Long rolls of names (看望了甲、乙、丙、…、癸等老同志; 出席的有甲、乙、…): a run of six or more
 * items between 、 where most items are names read by a rule is a roll of people, and so are its
 * other items whatever their characters. listNeighbours (name-lists.ts) walks a list item by item
 * and stops at the first item whose given name looks like a place or a word (某德江, 某岐山, 某战书:
 * 江/山/书 end places and works) or whose surname is rare (回某某, 热地): on a long roll of retired
 * leaders a dozen names were lost that way (pairs45-a, 2024-02-07).
 */
import { surnameAt, isPlausibleListedGivenName } from './names.ts';
import { isForeignPlace } from './transliterations.ts';
import { NOT_GIVEN_NAME } from './name-frame.ts';

/** Items of a roll: Han characters (and the dot of minority names), no punctuation. */
const ITEM = /^[\p{Script=Han}·・]{2,9}$/u;
/** A roll this long, with this share of items already read as names, names all its items. */
const MIN_ITEMS = 6;
const MIN_SHARE = 0.75;

interface Item {
  name: string;
  start: number;
}

/** 甲和乙 inside one 、-piece: two items when both halves have a name's length (罗某和 stays one). */
function splitAtAnd(piece: string, start: number): Item[] {
  const at = piece.indexOf('和');
  if (at >= 2 && piece.length - at - 1 >= 2 && at <= 4 && piece.length - at - 1 <= 4)
    return [
      { name: piece.slice(0, at), start },
      { name: piece.slice(at + 1), start: start + at + 1 },
    ];
  return [{ name: piece, start }];
}

/** The interior pieces of the 、-run through `at` (a 、): each between two 、. */
function runAround(text: string, at: number): { items: Item[]; first: number; last: number } {
  let first = at;
  while (true) {
    const prev = text.lastIndexOf('、', first - 1);
    if (prev < 0 || !ITEM.test(text.slice(prev + 1, first))) break;
    first = prev;
  }
  let last = at;
  while (true) {
    const next = text.indexOf('、', last + 1);
    if (next < 0 || !ITEM.test(text.slice(last + 1, next))) break;
    last = next;
  }
  const items: Item[] = [];
  for (let p = first; p < last;) {
    const next = text.indexOf('、', p + 1);
    items.push(...splitAtAnd(text.slice(p + 1, next), p + 1));
    p = next;
  }
  return { items, first, last };
}

const nameShaped = (name: string) => {
  const surname = surnameAt(name, 0);
  return (
    !!surname &&
    name.length - surname.length >= 1 &&
    name.length <= 4 &&
    isPlausibleListedGivenName(name.slice(surname.length))
  );
};

/**
 * The items of long rolls through the names found (`names`) that no rule read: returned with their
 * offsets; `taken` are the starts already read (not returned twice).
 */
export function rollItems(
  text: string,
  names: readonly { start: number; end: number }[],
  taken: ReadonlySet<number>,
): Item[] {
  const out: Item[] = [];
  const seen = new Set<number>();
  const starts = new Set(names.map((n) => n.start));
  for (const n of names) {
    const at = text[n.end] === '、' ? n.end : text[n.start - 1] === '、' ? n.start - 1 : -1;
    if (at < 0) continue;
    const run = runAround(text, at);
    if (seen.has(run.first)) continue;
    seen.add(run.first);
    if (run.items.length < MIN_ITEMS) continue;
    const named = run.items.filter((i) => starts.has(i.start) || nameShaped(i.name)).length;
    if (named < run.items.length * MIN_SHARE) continue;
    const tail = tailItem(text, run);
    for (const item of tail ? [...run.items, tail] : run.items)
      if (
        !taken.has(item.start) &&
        !starts.has(item.start) &&
        item.name.length <= 5 + (/[·・]/.test(item.name) ? 4 : 0) &&
        !isForeignPlace(item.name)
      )
        out.push(item);
  }
  return out;
}

/** What closes a roll's last item: a pause, or the predicate of the people listed (在, 出席, 等). */
const TAIL_CLOSER = /^(?:$|[，,。；;：:\s（(]|等|在|出席|参加|陪同|参会|一同|分别|共同|同志)/;
/**
 * 甲、乙、…、癸在主会场出席: the item after the roll's last 、, whose given name may be a word
 * (和平, 朝军) that stopped the walk, is a name of the roll too when a pause or the roll's
 * predicate closes it right after two or three characters (blocal-n).
 */
function tailItem(text: string, run: { last: number }): Item | undefined {
  const start = run.last + 1;
  for (const len of [3, 2]) {
    const name = text.slice(start, start + len);
    const surname = surnameAt(name, 0);
    // The given name may be a word (the roll vouches for it), not an ending of places or things.
    const given = surname ? name.slice(surname.length) : '';
    if (
      ITEM.test(name) &&
      given.length >= 1 &&
      !NOT_GIVEN_NAME.test(given) &&
      TAIL_CLOSER.test(text.slice(start + len))
    )
      return { name, start };
  }
  return undefined;
}
