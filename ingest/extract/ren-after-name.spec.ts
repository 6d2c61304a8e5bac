/**
 * Appointments (things40, issue 13): 任 opening a word (任命, 任期) after a name is no "serves as",
 * so what follows is no office of that name, nor a body. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

const TEXT = '据媒体报道，伊朗总统罗森已下令，要求由前总统马丁任命的机构负责人和官员继续履行职务。';

describe('任 opening a word after a name (things40)', () => {
  it('gives the name no office (马丁任命的机构负责人: 命的机构负责人)', () => {
    expect(holdsOf(TEXT)).toEqual(['罗森|伊朗总统']);
  });
  it('gives no body either (命的机构)', () => {
    expect(entityNames(TEXT, 'organization')).toEqual([]);
  });
});
