/**
 * False people on invented sentences modelled on national news (pairs17, issue 11, on the unseen
 * days of cctv25s): a short line of a story where 记者 is the subject of a verb (no credit), what a
 * leader owns after the 的 of his title, a place's name before a landform word, and a "name" cut
 * out of a quoted four-character slogan.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';
import { findBylines } from './bylines.ts';

describe('记者 as the subject of a short line', () => {
  it('reads no credit where a verb follows the role word (记者来到某某县)', () => {
    expect(findBylines('顺着村民的指引，记者来到麦盖西县，一片养殖池格外显眼。')).toEqual([]);
  });
  it('still reads a credit of glued names (记者甲乙报道)', () => {
    expect(findBylines('本报记者胡建华上海报道').map((b) => b.name)).toEqual(['胡建华']);
  });
});

describe("what a leader's title owns after 的", () => {
  it('reads no name after 某某总书记的 (贺信)', () => {
    expect(entityNames('李建国总书记的贺信，充分体现了高度重视。', 'person')).toEqual(['李建国']);
  });
});

describe('a place before a landform word', () => {
  it('reads no name before 沙地 (在某某沙地)', () => {
    expect(entityNames('在陈乌素沙地，曾经“三不管”地带的沙丘正得到治理。', 'person')).toEqual([]);
  });
});

describe('a quoted four-character slogan', () => {
  it('reads no name cut out of it (从“沙进人退”到…)', () => {
    expect(entityNames('当地实现了从“沙进人退”到“人进沙退”的巨变。', 'person')).toEqual([]);
  });
});

describe('a foreign name of two opened by a sound of the tables', () => {
  it('reads two characters no word after a title, the first a sound (副主席本某、)', () => {
    expect(holdsOf('老挝国家副主席本丰、柬埔寨副首相宋萨出席。')).toContain('本丰|老挝国家副主席');
  });
  it('reads no name where the pair ends in a copula (修改代表法是…)', () => {
    expect(entityNames('修改代表法是坚持全面领导的要求。', 'person')).toEqual([]);
  });
  it('reads no name where the pair ends in an area’s word (西安市长安区)', () => {
    expect(entityNames('在某某省西安市长安区，收割机实现自主规划。', 'person')).toEqual([]);
  });
});

describe('a counterpart after 同', () => {
  it('reads a name the tables lack before an acting head’s title (主席同敏某某代总统)', () => {
    expect(entityNames('习近平主席同敏温莱代总统举行了会晤。', 'person')).toContain('敏温莱');
  });
  it('reads it before 总书记, giving no Chinese office (同通某总书记、国家主席)', () => {
    const text = '习近平总书记、国家主席同通桑总书记、国家主席举行会晤。';
    expect(entityNames(text, 'person')).toContain('通桑');
    expect(holdsOf(text).filter((h) => h.startsWith('通桑'))).toEqual([]);
  });
  it('still reads a Chinese name after 同 as no counterpart of a leader (同王某部长)', () => {
    expect(holdsOf('李强总理同王毅部长交谈。')).toEqual(['李强|国务院总理']);
  });
});

describe('a Uyghur name printed with no title', () => {
  it('reads a run of sounds after 叫 (这位叫某某艾合买提，)', () => {
    expect(entityNames('这位叫阿尔艾合买提，是当地有名的种瓜能手。', 'person')).toEqual([
      '阿尔艾合买提',
    ]);
  });
  it('reads no doubled kinship sound after an age as a name (19岁的哥哥某某)', () => {
    expect(entityNames('19岁的哥哥诺维拍摄记录下了这个过程。', 'person')).not.toContain('哥哥诺维');
  });
  it('reads a run of sounds after an age (四十多岁的某某突发急症)', () => {
    expect(entityNames('五十多岁的米尔艾合买提突发急症，医疗队紧急行动。', 'person')).toEqual([
      '米尔艾合买提',
    ]);
  });
});
