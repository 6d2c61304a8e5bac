/** Things printed like programs: one repaired building, a foreign army's operation, ways of work (prog56; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('lookalikes of programs', () => {
  it('leaves the repair of one building, a single works', () => {
    expect(programs('记者从某地获悉，某某古桥保护修缮工程正式启动。')).toEqual([]);
  });
  it("leaves an operation of an army named by its country's minister", () => {
    expect(
      programs('据报道，俄国防部长表彰了参与控制卢甘斯克重镇北河堡行动的俄空降兵部队。'),
    ).toEqual([]);
  });
  it('leaves the items of a list of ways something is done', () => {
    expect(programs('各地通过集中采购、远程会诊、对口帮扶等方式提升基层服务能力。')).toEqual([]);
    expect(programs('甲市深化东西部协作和对口帮扶工作。')).toEqual(['东西部协作', '对口帮扶']);
  });
});
