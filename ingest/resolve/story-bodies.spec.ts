/**
 * lthings62 (issue 13): a body printed whole with its area, then bare in the same story. Invented
 * articles.
 */
import { describe, expect, it } from 'vitest';
import { inventedArticle as article, nodeLabels as labels } from '../../tests/kit/articles.ts';

describe('a body calling itself by its bare name in its own story', () => {
  it('工商联 after 某区工商联: one body, and its chairman the district body’s', () => {
    const stories = [
      article(
        'a',
        '5月9日，南昌市青山湖区工商联第二次会员大会召开。大会由区委统战部副部长、工商联党组书记林向东主持，区工商联副主席高明远讲话。',
      ),
    ];
    expect(labels(stories, 'organization').filter((l) => l.endsWith('工商联'))).toEqual([
      '青山湖区工商联',
    ]);
    expect(labels(stories, 'post')).toContain('青山湖区工商联党组书记');
    expect(labels(stories, 'post')).not.toContain('工商联党组书记');
  });
  it('苏木政府 after 某苏木政府: one township government, one deputy office', () => {
    const stories = [
      article(
        'a',
        '8月9日，旗政府副旗长张伟一行到白音苏木，调研生态工作。白音苏木政府副苏木达王亮陪同。\n' +
          '8月9日，旗农牧局畜牧站站长李静到白音苏木推进肉牛产业。苏木政府副苏木达赵明陪同。',
      ),
    ];
    expect(labels(stories, 'organization').filter((l) => l.includes('苏木政府'))).toEqual([
      '白音苏木政府',
    ]);
    expect(labels(stories, 'post').filter((l) => l.includes('副苏木达'))).toEqual([
      '白音苏木政府副苏木达',
    ]);
  });
  it('but two districts’ bodies of the name leave the bare one as printed', () => {
    const stories = [
      article(
        'a',
        '青松区政协主席林向东率队来红石区考察，红石区政协副主席高明远陪同。政协委员们参观了企业。',
      ),
    ];
    const bodies = labels(stories, 'organization');
    expect(bodies).toContain('青松区政协');
    expect(bodies).toContain('红石区政协');
  });
});

describe("an association's page calling itself 我会 (a pronoun-like form)", () => {
  it('我会 and its vice-president are the association the page names', () => {
    const stories = [
      article(
        'a',
        '10月13日，上饶市商务局副局长张伟一行莅临福建省江西商会参观交流。福建省江西商会会长李明在会馆热情接待。我会常务副会长王刚参加接待。',
      ),
    ];
    expect(labels(stories, 'organization')).not.toContain('我会');
    expect(labels(stories, 'post')).toContain('福建省江西商会常务副会长');
  });
});
