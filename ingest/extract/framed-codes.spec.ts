/** A code of counts or figures quoted before the word that frames its work (lstrat61-l, issue 13;
 * invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a quoted code framed by its work', () => {
  it('reads a course of work, a blueprint and a deployment named by a code', () => {
    expect(programs('全县锚定“二三六一”总体工作思路，奋力赶超。')).toEqual(['二三六一']);
    expect(programs('会议要求聚焦“两强三新”工作思路，真抓实干。')).toEqual(['两强三新']);
    expect(programs('我市锚定“两高五新”美好蓝图，加快发展。')).toEqual(['两高五新']);
    expect(programs('围绕市委“2468”具体部署，扎实推进各项工作。')).toEqual(['2468']);
  });
  it('reads counted work carried out and breakthroughs pushed for', () => {
    expect(programs('全镇加快开展“两河一中心”重点工作。')).toEqual(['两河一中心']);
    expect(programs('常态化开展“三保”攻坚，确保项目落地。')).toEqual(['三保攻坚']);
    expect(programs('全区聚力攻坚“八大突破”，经济稳中有进。')).toEqual(['八大突破']);
  });
  it('reads cities’ titles created together', () => {
    expect(programs('紧跟市委抓好“六城联创”的节拍，强力推进。')).toEqual(['六城联创']);
  });
  it('leaves goals, tasks, formulas and a period', () => {
    expect(programs('按照市委“三强两优”目标要求，推动发展。')).toEqual([]);
    expect(programs('锚定“十五五”美好蓝图，奋勇争先。')).toEqual([]);
    expect(programs('他讲了“三件大事”的来历。')).toEqual([]);
    expect(programs('认真落实省委“十六字”工作思路。')).toEqual([]);
  });
});
