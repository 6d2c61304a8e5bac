/** Contests and counted clean-ups named by a short quote (lstrat63-l, issue 13; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('campaigns named by a short quote', () => {
  it('reads a hundred days’ contest', () => {
    expect(programs('全区组织开展项目建设“赛马争先”百日竞赛，比进度比质量。')).toEqual([
      '赛马争先百日竞赛',
    ]);
  });
  it('reads counted clean-ups carried out', () => {
    expect(programs('要深化“两项整治”，推动园区转型。')).toEqual(['两项整治']);
  });
  it('leaves a race fallen into', () => {
    expect(programs('欧盟不愿看到世界陷入“补贴”竞赛。')).toEqual([]);
  });
  it('leaves a count of no campaign word', () => {
    expect(programs('要落实“三项制度”，推动园区转型。')).toEqual([]);
  });
});
