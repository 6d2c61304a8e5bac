/**
 * Programs, programs22 (issue 13): a name cut after 和 where 和 joins two goals of one works, and
 * a slogan listing same-shaped drives read as a campaign. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('programs22, a name joined by 和', () => {
  it('reads two goals joined by 和 before one works as one name', () => {
    expect(programs('今年，东岭深入实施沿江护岸林提质增效和高质量发展工程，将完成造林。')).toEqual([
      '沿江护岸林提质增效和高质量发展工程',
    ]);
  });
  it('keeps a part naming its own place, a program before 和 and the bare word 行动 apart', () => {
    expect(programs('甘肃将大力实施能源保障和数字甘肃提质升级行动。')).toEqual([
      '数字甘肃提质升级行动',
    ]);
    expect(programs('要进一步统一思想认识和行动，统筹发展。')).toEqual([]);
    expect(programs('东岭以鲜明态度和有力行动回应关切。')).toEqual([]);
    expect(programs('对接全球发展倡议和中非合作论坛行动计划。')).toContain('中非合作论坛行动计划');
  });
});

describe('programs22, slogans', () => {
  it('takes a slogan listing same-shaped drives for no campaign', () => {
    expect(programs('结合主题教育，东岭深入开展“大走访大调研大服务大解题”活动。')).toEqual([
      '主题教育',
    ]);
    // One sentence, no list: a campaign.
    expect(programs('东岭深入开展“千人助千企”活动。')).toEqual(['千人助千企活动']);
  });
});
