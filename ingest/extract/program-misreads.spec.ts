/**
 * Programs: program-shaped names met on prog44's fresh national days that name no program, or two
 * (invented sentences; figures in docs/extraction-rounds.md).
 */
import { describe, expect, it } from 'vitest';
import { entityNames, inventedArticle as article, nodeLabels } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('relief work, gatherings and techniques read as programs', () => {
  it("takes an agency's humanitarian operations for its work, no program", () => {
    expect(programs('该救济机构表示，燃料耗尽后将被迫停止人道主义行动。')).toEqual([]);
    expect(programs('多国在灾区展开人道主义救援行动。')).toEqual([]);
  });
  it('takes a festive gathering held (团拜, 茶话会) for an event, no campaign', () => {
    expect(programs('春节前夕，东岭区举行了热闹喜庆的“舞龙迎春团拜”活动。')).toEqual([]);
    expect(programs('东岭区开展“醒狮贺岁团拜”活动，市民踊跃参加。')).toEqual([]);
    // A campaign carried out stays a program.
    expect(programs('东岭区深入开展“万人助万企”活动。')).toEqual(['万人助万企活动']);
  });
  it('takes a quoted technique adopted as one of a kind of measures for no program', () => {
    expect(programs('东岭县大面积推广玉米密植，采用“一喷三促”等措施增产。')).toEqual([]);
    expect(programs('农户运用“宽窄行”等技术提高单产。')).toEqual([]);
  });
  it('takes a practice printed only as verbs before 机制 for a way of working', () => {
    expect(programs('东岭县建设了12个烘干中心，并推行“共享”机制。')).toEqual([]);
    expect(programs('东岭省推行“拿地即开工”机制，压缩审批时限。')).toEqual([]);
    // A coined name before 机制 stays.
    expect(programs('东岭市深化“接诉即办”机制。')).toEqual(['接诉即办']);
  });
});

describe("a strategy's words inside an event's theme", () => {
  it('reads no gazetteer action from its bare stem inside a theme (以“…”为主题)', () => {
    expect(programs('活动以“信息赋能乡村建设 消费带动东岭发展”为主题，在全国开展。')).toEqual([]);
    // The stem carried out outside a theme is the action.
    expect(programs('东岭县以信息技术赋能乡村建设，成效明显。')).toEqual(['乡村建设行动']);
  });
});

describe('the plans of two periods printed with one plan word', () => {
  it('takes “十三五”“十四五”某某规划 for two plans, one per period', () => {
    expect(programs('“十三五”“十四五”体育发展规划编制实施。')).toEqual([
      '十三五体育发展规划',
      '十四五体育发展规划',
    ]);
  });
});

describe('a gazetteer plan beside a longer plan of its period', () => {
  it('keeps 十四五规划 apart from 十四五体育发展规划 printed in another story', () => {
    const stories = [
      article('a', '东岭铁路列入国家“十四五”规划重点项目。'),
      article('b', '“十三五”“十四五”体育发展规划编制实施。'),
    ];
    expect(nodeLabels(stories, 'program').filter((l) => l.startsWith('十四五'))).toEqual([
      '十四五体育发展规划',
      '十四五规划',
    ]);
  });
});
