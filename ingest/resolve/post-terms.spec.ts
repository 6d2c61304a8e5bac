/**
 * Terms and counts inside an office (orgpost18, issue 13; invented sentences): the holder's
 * ordinal and the body's term are not part of the office, a counted firm is no body.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

describe("a holder's ordinal and a body's term", () => {
  it('takes 第五任 out of the office and keeps the standing one (某特区第五任行政长官)', () => {
    expect(holdsOf('澳门特别行政区第五任行政长官梁海明在典礼上致辞。')).toEqual([
      '梁海明|澳门特别行政区行政长官',
    ]);
    expect(holdsOf('芬兰第12任总统哈维宁会见了代表团。')).toEqual(['哈维宁|芬兰总统']);
  });
  it('keeps a first holder whose body is not said as printed, with no body (首任院长)', () => {
    const text = '学校新设了材料学院，罗建平担任首任院长。';
    expect(holdsOf(text)).toEqual(['罗建平|首任院长']);
    expect(entityNames(text, 'organization')).toEqual([]);
  });
  it("takes a body's term out of its name (第80届联大主席, 政协第十二届全国委员会)", () => {
    expect(holdsOf('第80届联大主席贝尔托会见了中国代表。')).toEqual(['贝尔托|联合国大会主席']);
    const text = '政协第十二届全国委员会副主席孙立新出席座谈会。';
    expect(holdsOf(text)).toEqual(['孙立新|全国政协副主席']);
    expect(entityNames(text, 'organization')).toEqual(['全国政协']);
  });
  it('keeps the term of a session (十五届一次会议主席团)', () => {
    expect(holdsOf('全国政协十五届一次会议主席团常务主席孙立新主持会议。')).toEqual([
      '孙立新|全国政协十五届一次会议主席团常务主席',
    ]);
  });
});

describe('bodies that are no one body', () => {
  it('gives no office to the head of a counted firm (一家…企业的负责人)', () => {
    const text = '周丽是嘉兴港区一家跨境电商物流企业的负责人。';
    expect(holdsOf(text)).toEqual([]);
    expect(entityNames(text, 'organization')).toEqual([]);
  });
  it('gives no office to the heads of each of several bodies (各民主党派中央负责人)', () => {
    expect(holdsOf('会议由孙立新主持。各民主党派中央负责人郑海涛、冯丽出席。')).toEqual([]);
  });
  it('reads a field of work before a title as a role, not a body (…研发首席科学家)', () => {
    expect(holdsOf('我们来到实验室，见到了“星河”量子芯片研发首席科学家方远航。')).toEqual([]);
  });
});
