/**
 * People and posts of a national session's reports (people59-a, issue 11): a member's bare 委员
 * glued after the name in a list of speeches (delegate-posts.ts), a plural of people after 向
 * ending the name before it (best-name.ts), a roll's last name before 等。 (name-lists.ts), a roll
 * going on past a name that ends as a place's (name-lists.ts, sight-terms.ts), and 阿拉腾, a
 * spelling of a Mongolian name element (mongolian-names.ts). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a bare 委员 after a name in a list of speeches (delegate-posts.ts)', () => {
  it('keeps the title as printed where the story prints no member post', () => {
    const text =
      '某会议举行第三次全体会议。中共中央政治局委员、全国政协副主席石明远出席会议。' +
      '葛立文委员发言说，要加强基层建设。程晓红委员代表某党中央发言说，建议深入推进依法行政。';
    expect(holdsOf(text)).toEqual(expect.arrayContaining(['葛立文|委员', '程晓红|委员']));
    expect(holdsOf(text)).not.toContain('葛立文|中央政治局委员');
  });
});

describe('a plural of people after a preposition (best-name.ts)', () => {
  it('ends the name before 向 when 代表们 follows', () => {
    const text = '在某团，全国人大代表李蓬向代表们分享了科研成果走出实验室的故事。';
    expect(people(text)).toEqual(['李蓬']);
    expect(holdsOf(text)).toEqual(['李蓬|全国人大代表']);
  });
});

describe('a roll of names (name-lists.ts, sight-terms.ts)', () => {
  it('keeps the last name before 等 and the end of the sentence', () => {
    expect(people('出席会议的还有：马兴华、王明毅、张立军、应勇等。')).toContain('应勇');
  });
  it('goes on past a name jieba holds as a person’s whose given name ends as a place’s', () => {
    expect(
      holdsOf('大会执行主席马立国、胡昌文、钟山、信长明、娄春鹰在主席台执行主席席就座。'),
    ).toEqual([
      '信长明|大会执行主席',
      '娄春鹰|大会执行主席',
      '胡昌文|大会执行主席',
      '钟山|大会执行主席',
      '马立国|大会执行主席',
    ]);
  });
  it('reads no person in a list of places', () => {
    expect(people('我们去了岐山、钟山、黄山。')).toEqual([]);
  });
  it('reads a Mongolian name spelt with 阿拉腾 in a roll, and the names after it', () => {
    expect(holdsOf('全国政协委员陈星明、阿拉腾达来、何润东也回答了记者的提问。')).toEqual([
      '何润东|全国政协委员',
      '阿拉腾达来|全国政协委员',
      '陈星明|全国政协委员',
    ]);
  });
});
