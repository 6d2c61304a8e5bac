/**
 * County and city campaigns named by a quoted slogan whose form says what it is (lstrat52-l, issue
 * 13; invented sentences): place qualities carried as one strategy, a count of campaign years, a
 * counted visiting campaign, counted pushes carried out; goals and Party formulas stay out.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('campaigns named by a quoted slogan', () => {
  it('reads quoted place qualities before 发展战略 as one strategy', () => {
    expect(programs('县委提出深入实施“绿色立县、工业强县、旅游富县”发展战略。')).toEqual([
      '绿色立县、工业强县、旅游富县发展战略',
    ]);
  });
  it('names a count of campaign years by its quote', () => {
    expect(programs('全市持续深化“两个年”活动，推动项目落地。')).toEqual(['两个年']);
  });
  it('reads a counted visiting campaign with its work after it', () => {
    expect(programs('区里结合“千人进千户”工作，听取群众意见。')).toEqual(['千人进千户']);
  });
  it('reads counted pushes a verb carries out', () => {
    expect(programs('通报表扬了实施“五大攻坚”成绩突出的单位。')).toEqual(['五大攻坚']);
  });
  it('reads a counted layout of three parts a verb carries out', () => {
    expect(programs('全省深入实施“一心两廊多点”，推动区域协调发展。')).toEqual(['一心两廊多点']);
  });
  it('reads counted revolutions carried out and a short count created', () => {
    expect(programs('镇里深入推进“四大革命”，扎实推进“双零”创建。').sort()).toEqual(
      ['双零创建', '四大革命'].sort(),
    );
  });
  it('reads a counted set built as the carrier of a creation', () => {
    expect(programs('县里以“六大环境”建设为载体，提升创建水平。')).toEqual(['六大环境建设']);
  });
  it('reads a counted layout a Party committee puts forward', () => {
    expect(programs('各乡镇要落实市委“两带三区四园”工作要求。')).toEqual(['两带三区四园']);
  });
  it('reads one industry per place carried out, not one plan per river', () => {
    expect(programs('县里深入实施“一村一景”，推行“一河一策”。')).toEqual(['一村一景']);
  });
  it('reads the counted revitalizations focused on', () => {
    expect(programs('镇党委要聚焦“五大振兴”，抓好基层治理。')).toEqual(['五大振兴']);
  });
  it('leaves counted goals and Party formulas out', () => {
    expect(programs('要打造“三大高地”，增强“四个意识”，坚持“一国两制”。')).toEqual([]);
  });
  it("reads a prefecture's counted place qualities as one strategy (lstrat54)", () => {
    expect(programs('州委深入实施“绿色立州、工业强州、旅游兴州”三大战略。')).toEqual([
      '绿色立州、工业强州、旅游兴州三大战略',
    ]);
  });
});

describe('the road of one quality a place takes (lstrat61-l)', () => {
  it('reads the quality before 之路 as the strategy', () => {
    expect(programs('该市坚定不移走文旅兴市之路，加快发展。')).toEqual(['文旅兴市']);
  });
  it('leaves a road of no place quality', () => {
    expect(programs('坚定不移走高质量发展之路。')).toEqual([]);
  });
});

describe('one place quality as a strategy (lstrat62-l)', () => {
  it('reads a single quality before 战略', () => {
    expect(programs('近年来，全县农业强县战略成效明显。')).toEqual(['农业强县战略']);
  });
  it('leaves a single quality whose 战略 qualifies a noun', () => {
    expect(programs('全省锚定“农业强省”战略定位，加快发展。')).toEqual([]);
  });
});

describe('place qualities taken as a strategy’s support (lstrat62-l)', () => {
  it('reads the quoted qualities before 为战略支撑', () => {
    expect(programs('全县以“农业稳县、商贸活县”为战略支撑，加快发展。')).toEqual([
      '农业稳县、商贸活县',
    ]);
  });
});
