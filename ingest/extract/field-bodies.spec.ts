/**
 * things35 (issue 13; invented sentences): junk organisations and posts left by things34 — fields
 * of one body's name cut at 、 or 和, a body's name cut before its head, a clause before a title, an
 * honour, a counted firm across 的, a portfolio before the body.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const posts = (text: string) => entityNames(text, 'post');
const organizations = (text: string) => entityNames(text, 'organization');
const people = (text: string) => entityNames(text, 'person');

describe('bodies named by a list of fields, things35', () => {
  const force = '俄罗斯防辐射、防化学武器、防生物武器部队司令马克·伊万诺夫说，演习已结束。';
  it('keeps the fields listed before a force, no body of the last field alone', () => {
    expect(organizations(force)).not.toContain('防生物武器部队');
    expect(posts(force)).toEqual(['俄罗斯防辐射、防化学武器、防生物武器部队司令']);
  });
  const commission = '南岭国总统能源发展战略和生态安全委员会秘书长马克·伊万诺夫致辞。';
  it('reads the field before 和 as part of a commission, not as a holder after a title', () => {
    expect(organizations(commission)).not.toContain('生态安全委员会');
    expect(posts(commission)).toEqual(['南岭国总统能源发展战略和生态安全委员会秘书长']);
  });
});

describe('cut bodies, clauses, honours and counted firms, things35', () => {
  it('takes 中央组织 (中央组织部 cut before its head) for no body', () => {
    expect(organizations('李明同南岭共中央政治局委员、中央组织书记马克·伊万诺夫会谈。')).toEqual([
      '南岭共中央政治局',
    ]);
  });
  it('cuts the city after its province where two sides met (在某省某市与…)', () => {
    expect(
      posts('国务院总理李明将于5月8日在浙江省湖州市与世界银行行长马克·伊万诺夫举行对话会。'),
    ).toContain('世界银行行长');
  });
  it('cuts ）与 (a closing bracket, then with) from the title', () => {
    expect(posts('东岭电视台今天（11月9日）与国际奥委会主席马克·伊万诺夫在东岭签署协议。')).toEqual(
      ['国际奥委会主席'],
    );
  });
  it('takes an honour (全国模范) for no office and keeps the person', () => {
    expect(posts('全国模范法官王大力在会上发言。')).toEqual([]);
    expect(people('全国模范法官王大力在会上发言。')).toEqual(['王大力']);
  });
  it('takes the head of a counted firm across 的 for no office', () => {
    const text = '张明是一家数据采集企业的技术负责人，最近，他们正在升级自己的系统。';
    expect(posts(text)).toEqual([]);
    expect(organizations(text)).toEqual([]);
  });
  it('cuts a portfolio printed before the body (负责…的某委员会)', () => {
    expect(
      organizations('负责农业事务的欧盟委员会委员马克·伊万诺夫当天表示，欧盟感到震惊。'),
    ).toEqual(['欧盟委员会']);
  });
});
