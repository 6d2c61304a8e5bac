/**
 * People printed on caption lines: a portrait caption (a name alone), a line of names, and photo
 * credits ("吴某 通讯员 曾某 摄"). Split out of people.ts, which calls it once per text.
 */
import { isNamesLine } from '../page/lines.ts';
import { isPlausibleName, PERSON_NAME_SHAPE, surnameAt } from './names.ts';
import type { PersonFinding } from './facts.ts';

/** Portrait captions ("王某某" alone), name lists and "吴某 通讯员 曾某 摄" credits. */
export function fromCaptionLines(text: string): PersonFinding[] {
  const out: PersonFinding[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const tokens = isNamesLine(line) ? line.split(' ') : captionLeadNames(line);
    let from = 0;
    for (const token of tokens) {
      const at = line.indexOf(token, from);
      from = at + token.length;
      if (isPlausibleName(token, surnameAt(token, 0)?.length ?? 1))
        out.push({
          name: token,
          start: offset + at,
          end: offset + at + token.length,
          posts: [],
          via: 'caption',
        });
    }
    offset += line.length + 1;
  }
  return out;
}

function captionLeadNames(line: string): string[] {
  if (!/(摄|供图)/.test(line) || /[。！？]/.test(line)) return [];
  return line
    .split(/(?:[(（][^()（）]*[)）])|\s+/)
    .filter((t) => PERSON_NAME_SHAPE.test(t) && !/(记者|通讯员|摄)/.test(t));
}
