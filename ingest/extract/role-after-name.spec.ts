import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';
import { nameBeforeRole } from './role-after-name.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a name printed before its role word', () => {
  it('reads the name before an occupation or a title and a clear boundary (某某律师则认为)', () => {
    expect(names('江苏某律师事务所徐骏律师则认为，双方都有过错。')).toEqual(['徐骏']);
    expect(names('在研究会前辈沈立博士等的推动下成立。')).toEqual(['沈立']);
  });
  it('reads no name from a word before an occupation (玉石专家, 全处干部, 朱副主席, 张姓市民)', () => {
    expect(names('一些玉石爱好者来到西昌。')).toEqual([]);
    expect(names('感谢朱副主席的致辞。')).toEqual([]);
    expect(names('一位张姓市民说，价格合适。')).toEqual([]);
  });
  it('reads no name where the role word is the verb (某某翻译的《…》)', () => {
    expect(nameBeforeRole('一套八册严复翻译的《名学》。', 6)).toBeUndefined();
  });
  it('reads no name inside a transliterated name (…·某某贝托夫导演)', () => {
    expect(nameBeforeRole('提摩尔·贝托夫导演的影片', 4)).toBeUndefined();
  });
});
