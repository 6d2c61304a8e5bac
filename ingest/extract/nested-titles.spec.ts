/** A plan titled as carrying out another titled plan (nested-titles.ts): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a title inside a title (nested-titles.ts)', () => {
  it('reads the long outer plan and the inner one it carries out', () => {
    expect(
      programs(
        '某市今天发布《某市落实〈全面对接高标准规则推进某某综合保税区和某某临港片区制度型开放总体方案〉的实施方案》，共80项措施。',
      ).sort(),
    ).toEqual(
      [
        '全面对接高标准规则推进某某综合保税区和某某临港片区制度型开放总体方案',
        '某市落实〈全面对接高标准规则推进某某综合保税区和某某临港片区制度型开放总体方案〉的实施方案',
      ].sort(),
    );
  });
  it('reads no law an amending decision names', () => {
    expect(programs('会议通过《关于修改〈中华人民共和国某某法〉的决定》。')).toEqual([]);
  });
});
