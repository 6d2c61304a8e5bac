/**
 * Programs, programs24 (issue 13): kinds the quotes give examples of, award events, yearly work
 * plans, policy titles a meeting approves without 《》 and the supply-side reform (cctv23y's and
 * cctv22u's junk and misses). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('programs24, kinds and events', () => {
  it('takes quotes before 等新举措 or 等相关…项目 for examples of a kind, not names', () => {
    expect(programs('东岭县还推广“竹林碳券”“单棵碳汇”等新举措。')).toEqual([]);
    expect(programs('随着“无人农场”“智慧物流”等相关改革项目的推进，企业纷纷落户。')).toEqual([]);
    expect(programs('东岭推出“渝车出海”等计划。')).toEqual(['渝车出海']);
  });
  it('takes a quote glued to a common noun before 等…行动 for no name, not after a place', () => {
    expect(programs('东岭通过畅通校园“安全通道”等行动，提升学生安全意识。')).toEqual([]);
    expect(programs('东岭在山区农村“煤改电”等清洁取暖工程上投入资金。')).toEqual(['煤改电']);
  });
  it('takes a quoted award (“…表彰”活动) for an event', () => {
    expect(programs('两部门今天召开“全国古籍保护工作表彰”活动，评选出先进集体。')).toEqual([]);
  });
  it('takes a yearly work plan of a body for a common noun, however long', () => {
    expect(programs('会议审议通过了2026年组织召开专题协商座谈会工作计划。')).toEqual([]);
  });
});

describe('programs24, named strategies printed in forms the rules missed', () => {
  it('reads a policy title a meeting approves without 《》 as the policy, with its issuer', () => {
    expect(programs('国务院常务会议审议通过关于加快发展智能农机产业的意见，部署春耕。')).toEqual([
      '关于加快发展智能农机产业的意见',
    ]);
    expect(
      programs('会议还审议通过了政协全国委员会关于加强和改进新时代方志工作的意见和其他事项。'),
    ).toEqual(['政协全国委员会关于加强和改进新时代方志工作的意见']);
    expect(programs('会议听取了关于这个问题的意见，审议通过了预算。')).toEqual([]);
  });
  it('reads the supply-side structural reform as a named strategy', () => {
    expect(programs('东岭坚持以深化供给侧结构性改革为主线，推动产业升级。')).toEqual([
      '供给侧结构性改革',
    ]);
  });
});

describe('programs24, works by their state of building', () => {
  it('takes works already built or being built for a kind', () => {
    expect(programs('《方案》提出统筹利用农业领域已建或在建信息化工程和平台形成的成果。')).toEqual(
      [],
    );
    expect(programs('东岭统筹利用已建或在建数字化工程的成果。')).toEqual([]);
  });
});
