/** Programs: named strategies, events and idioms, one node per program (invented sentences). */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';

const programs = (text: string) =>
  [
    ...new Set(
      extractStory(text)
        .entities.filter((e) => e.type === 'program')
        .map((e) => e.name),
    ),
  ].sort();

describe('programs', () => {
  it('finds named national strategies without a program suffix, under one canonical name', () => {
    expect(programs('该市主动融入西部陆海新通道，开行中欧班列十二列。')).toEqual([
      '中欧班列',
      '西部陆海新通道',
    ]);
    expect(programs('全面推进乡村振兴，乡村振兴战略落地见效。')).toEqual(['乡村振兴']);
    expect(programs('共建“一带一路”国家客商来访。')).toEqual(['一带一路']);
  });
  it('takes events, festivals and idioms for no program', () => {
    expect(programs('当地举办某某主题纪念活动和广泛开展全民健身活动。')).toEqual([]);
    expect(programs('绝不搞面子工程，这是一项系统工程。')).toEqual([]);
    expect(programs('对方发起大规模军事行动。')).toEqual([]);
    expect(programs('一批国家重大水利工程和灌区骨干工程开工。')).toEqual([]);
    // The quoted name of an event is no program where it stands alone either.
    expect(programs('举行“东湖礼赞”纪念活动。“东湖礼赞”引发共鸣。')).toEqual([]);
    // A campaign with a quoted slogan is a program.
    expect(programs('全县开展“万企帮万户”活动。')).toEqual(['万企帮万户活动']);
  });
  it('makes one node of an abbreviation printed beside its expansion', () => {
    const facts = extractStory('构建“45127”现代产业集群体系。“45127”带动全县产业升级。');
    const found = facts.entities.filter((e) => e.type === 'program');
    expect(found.map((e) => e.name)).toEqual(['45127现代产业集群体系']);
    expect(found[0]!.merged).toEqual({ '“45127”': 'abbreviation printed with its expansion' });
  });
  it('drops a numbered fragment standing beside the whole', () => {
    expect(programs('深化“两改革三攻坚一行动”。其中“两改革”率先落地。')).toEqual([
      '两改革三攻坚一行动',
    ]);
  });
  it('finds strategies named as what is carried out, and global initiatives', () => {
    expect(programs('深入实施东岭粮食安全战略，落实全民健身国家战略。')).toEqual([
      '东岭粮食安全战略',
      '全民健身国家战略',
    ]);
    expect(programs('推动落实全球发展倡议。')).toEqual(['全球发展倡议']);
    // 战略 before a noun qualifies it: no program.
    expect(programs('推进战略合作伙伴关系。')).toEqual([]);
  });
  it('cuts a verb or time word off the front of an unquoted name', () => {
    expect(programs('对方日前拒绝接受东湖和平计划。')).toEqual(['东湖和平计划']);
  });
});
