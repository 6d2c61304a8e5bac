/**
 * People and posts on invented sentences modelled on the national congress season (issue 11, the
 * lead's round of 2026-12-04 on the blind gold cctv23m): a list item that jieba's dictionary tags as
 * a person's name, a title whose role word the segmenter glues to the words around it (委主|任何),
 * a 于 that ends a word before a leader's title, a bare 委员 after a name, and a session's presidium.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

describe('a list of names whose item the dictionary tags as a name (nrfg)', () => {
  it('reads every item of 甲、乙、丙等出席 where 乙 is also a frequent pair', () => {
    expect(entityNames('会议开幕。赵立新、李珊、王沪生等出席会议。', 'person')).toEqual(
      expect.arrayContaining(['赵立新', '李珊', '王沪生']),
    );
  });
  it('still reads no family (张家) as a name in a list', () => {
    expect(entityNames('会议开幕。赵立新、张家、王沪生等出席会议。', 'person')).not.toContain(
      '张家',
    );
  });
});

describe('a role word that the segmenter reads across (改革委主|任何|某某)', () => {
  it('keeps the title and the name after 主任 when 任何 is read as one word', () => {
    expect(holdsOf('省发展改革委主任何建平在会上说，要加快项目建设。')).toContain(
      '何建平|省发展改革委主任',
    );
  });
});

describe('a 于 that ends a word before a leader’s title', () => {
  it('reads no name in 得益于/在于 + 某主席', () => {
    expect(
      entityNames('代表们说，这些成就得益于习主席的关怀，根本在于习主席掌舵。', 'person'),
    ).toEqual([]);
  });
});

describe('a bare 委员 after a name', () => {
  it('is no Politburo member named earlier in the story', () => {
    const holds = holdsOf(
      '中共中央政治局委员、国家发展改革委主任王立新出席。周海波委员发言说，合作前景广阔。',
    );
    expect(holds).toContain('王立新|中央政治局委员');
    // The member's title as printed (people58-t, people59-a hold it), never the Politburo's.
    expect(holds.filter((h) => h.startsWith('周海波|'))).toEqual(['周海波|委员']);
  });
  it('is the consultative conference membership the story prints', () => {
    expect(
      holdsOf('全国政协委员李华明在会上说，要加快。周海波委员发言说，合作前景广阔。'),
    ).toContain('周海波|全国政协委员');
  });
});

describe("a session's presidium (十四届一次会议主席团)", () => {
  it('gives its 常务主席 to every name of the list after it', () => {
    const holds = holdsOf('全国政协十四届一次会议主席团常务主席刘东明、陈小平、赵海峰出席会议。');
    for (const name of ['刘东明', '陈小平', '赵海峰'])
      expect(holds).toContain(`${name}|全国政协十四届一次会议主席团常务主席`);
  });
});

describe('a surname that ends the word before it or opens a side (glued-surnames.ts)', () => {
  it('reads no name in 死于 + two characters', () => {
    expect(entityNames('今年已有数百人死于新冠肺炎。', 'person')).toEqual([]);
  });
  it('reads no name in 向/同 + a country’s short form + 方', () => {
    expect(entityNames('专家组将于明日抵达，向柬方介绍防控经验。', 'person')).toEqual([]);
  });
  it('keeps 于 as a surname after a title and before a speech verb', () => {
    expect(holdsOf('副市长于伟国出席。')).toContain('于伟国|副市长');
    expect(entityNames('于伟国说，要加快建设。', 'person')).toEqual(['于伟国']);
  });
});
