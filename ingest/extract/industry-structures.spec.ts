/** Counted industries and a notice that founds a body are no programmes (lstrat48-l; invented). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('what only looks like a local programme', () => {
  it('takes a counted structure of industries for no programme', () => {
    expect(programs('该市着力构建“4+3”现代产业体系，壮大主导产业。')).toEqual([]);
  });
  it('takes a notice setting up a headquarters for no programme, but keeps the plan', () => {
    expect(
      programs('会上宣读了《某县关于成立“四城同创”指挥部的通知》和《某县“四城同创”工作方案》。'),
    ).not.toContain('某县关于成立四城同创指挥部的通知');
  });
});
