import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('names their clause vouches for (clause-names.ts)', () => {
  it('reads a name that is also a word in a congratulation (祝贺某某当选, 致电某某，祝贺他)', () => {
    expect(names('总理致电祝贺江山当选某国政府总理。')).toEqual(['江山']);
    expect(names('主席致电黎明远，祝贺他当选某国国家主席。')).toEqual(['黎明远']);
  });
  it('reads no name in a congratulation on a thing (祝贺大会圆满成功)', () => {
    expect(names('我们祝贺大会圆满成功。')).toEqual([]);
  });
  it('reads a Japanese name before the government named after it (抗议某某某某政府)', () => {
    expect(names('民众集会抗议石原雅信政府扩军。')).toEqual(['石原雅信']);
    expect(names('黑龙江省政府发布通知。')).toEqual([]);
  });
  it('reads the one official of a closing attendance line (。某某参加会谈。)', () => {
    expect(names('会谈后举行签字仪式。刘维参加会谈。')).toEqual(['刘维']);
    expect(names('双方参加会谈。')).toEqual([]);
    expect(names('会议于今天结束。全体参加会议。')).toEqual([]);
  });
});
