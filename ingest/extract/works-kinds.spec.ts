/**
 * Programs: kinds of program-shaped words that name no program, met on the development sets and
 * on prog40's fresh days (invented sentences; figures in docs/extraction-rounds.md).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('kinds of works and plans, no name', () => {
  it("takes works 'for the people's welfare' for a kind of works", () => {
    expect(programs('某省要持续实施体育惠民工程，让群众就近健身。')).toEqual([]);
    // An action so called is a named campaign (cctv22s, cctv25t keep one).
    expect(programs('某局启动质量惠民行动，抽查家电。')).toEqual(['质量惠民行动']);
  });
  it('takes an era before a bare program word for shorthand, no name', () => {
    expect(programs('这一部署为新时代工程的推进指明了方向。')).toEqual([]);
  });
  it('takes an operating schedule of water for a working document', () => {
    expect(programs('按照流域机构下达的水量调度计划，水库今起向下游补水。')).toEqual([]);
  });
});

describe('names glued to the words before them', () => {
  it('starts a works named in apposition to 项目 after it', () => {
    expect(programs('某调水工程首个开工项目引湖济城工程进展顺利。')).toEqual(['引湖济城工程']);
  });
});

describe('events printed like programs', () => {
  it('takes an activity the text says is held for an event', () => {
    expect(programs('某市举行“春江花灯夜航”活动，游船开航。')).toEqual([]);
    // A campaign carried out (开展) stays (cctv25q keeps one), and so does one whose launch is held.
    // pjunk60: the launch's campaign is no outing to homes (…进万家, not-programs.ts OUTING_OR_SHOW).
    expect(programs('某市举行“春风送岗稳就业”活动启动仪式。')).toEqual(['春风送岗稳就业活动']);
    expect(programs('司法行政机关开展“公证提速便民利企”活动，压缩办证时限。')).toEqual([
      '公证提速便民利企活动',
    ]);
  });
  it("takes quotes before a count of sessions for the sessions' titles", () => {
    expect(
      programs(
        '研讨会设主论坛和“绿色转型新路径”“聚焦乡村治理 推进农村综合改革”“生态产品价值实现”3个平行分论坛。',
      ),
    ).toEqual([]);
    expect(
      programs('论坛设“数字乡村新图景”“着眼城乡融合 完善农村产权制度改革”两个分论坛。'),
    ).toEqual([]);
  });
});
