/**
 * 李在镕, 金在某: Korean given names open with 在 often (在寅, 在明, 在镕), but 在 after a surname is
 * mostly the preposition (王|在京, 张|在家), so names.ts refuses it as a first given character unless
 * jieba reads the whole as a name or an unknown word. With a rare last character jieba cuts the
 * name as surname+在, an unknown word (李在/x), and a character alone that it tags as a name's (镕/nr):
 * the segmenter itself reads no preposition there (在 with a place is 在|镇/n, 在|前/f, 在家/r).
 */
import { tag } from '../text/segmenter.ts';

export function koreanGivenName(name: string, surnameLength: number): boolean {
  const given = name.slice(surnameLength);
  if (given.length !== 2 || given[0] !== '在') return false;
  const tokens = tag(name);
  return (
    tokens.length === 2 &&
    tokens[0]!.word === name.slice(0, surnameLength + 1) &&
    tokens[0]!.tag === 'x' &&
    tokens[1]!.word === given[1] &&
    tokens[1]!.tag === 'nr'
  );
}
