/** Strategies listed out of quotes before one 战略 (lstrat63-l, issue 13; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a list of strategies sharing one 战略', () => {
  it('reads each item of an unquoted list as a strategy', () => {
    expect(programs('全县深入实施开放带动、生态立县、文旅兴县战略，加快发展。')).toEqual([
      '开放带动战略',
      '文旅兴县战略',
      '生态立县战略',
    ]);
  });
  it('keeps a quoted list as one strategy', () => {
    expect(programs('全县深入实施“生态立县、文旅兴县”发展战略，加快发展。')).toEqual([
      '生态立县、文旅兴县发展战略',
    ]);
  });
});
