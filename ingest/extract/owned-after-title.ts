/**
 * Messages read as names (贺信 is in jieba's dictionary as a name):
 * - 某某主席的贺信, 某某总统的讲话: after a name and the address title printed with it, 的 opens
 *   what that person owns or did, not a second person's name. A title with no name before it
 *   keeps its reading (作为队长的某某, 身为村支书的某某);
 * - 向某峰会致贺信指出, 致贺电表示: after 致 (to send), a congratulation, a letter or a speech
 *   (贺信, 贺电, 贺词, 贺函) is what was sent, not its sender.
 */
import { SOUNDS } from './foreign-names.ts';
import { mayNameLeader } from './leader-titles.ts';
import { nameCandidatesAt } from './names.ts';

/** Titles printed right after a name as its address (习近平主席, 普京总统, 某某先生). */
const ADDRESS = /^(总书记|国家主席|主席|总理|委员长|总统|首相|国王|女王|先生|女士|同志)$/;

/** `de`: where 的 stands after `role`, which ends there. */
export function ownedAfterAddressTitle(text: string, de: number, role: string): boolean {
  if (text[de] !== '的' || !ADDRESS.test(role)) return false;
  const titleStart = de - role.length;
  // 普京总统的: two or more transliteration sounds right before the title.
  if (SOUNDS.has(text[titleStart - 1] ?? '') && SOUNDS.has(text[titleStart - 2] ?? '')) return true;
  for (const from of [titleStart - 3, titleStart - 2])
    if (
      from >= 0 &&
      nameCandidatesAt(text, from).some((n) => from + n.length === titleStart && mayNameLeader(n))
    )
      return true;
  return false;
}

/**
 * 致贺信指出: a message after 致, its last character a letter's, a telegram's or a speech's. Once
 * the story has sent or read it (发来贺信。…贺信说，: names50-a), the same word opening a clause
 * before a speech verb is the message speaking, not a person named 贺信.
 */
const SENT = /(致|发来|发出|送来|收到|宣读|发去)$/;
export function sentMessage(text: string, f: { name: string; start: number }): boolean {
  if (!/^贺[信电词函]$/.test(f.name)) return false;
  if (text[f.start - 1] === '致') return true;
  for (let k = text.indexOf(f.name); k >= 0; k = text.indexOf(f.name, k + 1))
    if (SENT.test(text.slice(Math.max(0, k - 2), k))) return true;
  return false;
}
