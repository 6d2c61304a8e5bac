/** The clause before a post title, cut where a word of its own ends it (invented sentences). */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const people = (text: string) =>
  findPeople(text, startsWithPlace).map((p) => [p.name, p.posts.map((x) => x.label)]);

describe('the clause before a title', () => {
  it('is not cut at a connective inside a word (与反对党: 对 of 反对)', () => {
    expect(people('葡萄牙总理柯尚文与反对党国民联盟领导人卡瓦诺11日发表联合声明。')).toEqual([
      ['柯尚文', ['葡萄牙总理']],
      ['卡瓦诺', ['反对党国民联盟领导人']],
    ]);
  });
  it('is not cut inside a body’s name when an earlier cut leaves a country or bloc at its head', () => {
    expect(people('国家副主席王大明13日在北京会见欧盟贸易与投资政策高级代表卡瓦诺。')).toEqual([
      ['王大明', ['国家副主席']],
      ['卡瓦诺', ['欧盟贸易与投资政策高级代表']],
    ]);
  });
  it('drops a bloc’s 轮值主席国 before the country whose official it is', () => {
    expect(people('东盟轮值主席国葡萄牙总统卡瓦诺今天表示，')).toEqual([
      ['卡瓦诺', ['葡萄牙总统']],
    ]);
  });
});

describe('a clause cut inside a chain of titles', () => {
  it('leaves the titles before it to the other person (甲、乙某某11日会见某公司主席丙)', () => {
    expect(
      people('中共中央政治局常委、国务院副总理王大明11日在北京会见葡萄牙某集团董事会主席卡瓦诺。'),
    ).toEqual([
      ['王大明', ['中央政治局常委', '国务院副总理']],
      ['卡瓦诺', ['葡萄牙某集团董事会主席']],
    ]);
  });
  it('takes 给 opening the clause out of the title (给某大学校长某某记功)', () => {
    expect(people('给东岭大学校长王大明记三等功。')).toEqual([['王大明', ['东岭大学校长']]]);
  });
});

describe('the printed form after a cut clause', () => {
  it('is kept as the office’s surface (乌国防部长 of 代表团由乌国防部长某某率领)', () => {
    const post = extractStory('乌方代表团由乌国防部长卡瓦诺率领。').entities.find(
      (e) => e.type === 'post',
    );
    expect(post?.name).toBe('乌克兰国防部长');
    expect(post?.surfaces).toContain('乌国防部长');
  });
});
