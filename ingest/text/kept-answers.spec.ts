import { describe, expect, it } from 'vitest';
import { keptAnswer } from './kept-answers.ts';

describe('an answer kept per key, the map emptied when full (kept-answers.ts)', () => {
  it('answers a key once and empties the map before it grows past its limit', () => {
    const answers = new Map<string, number>();
    let asked = 0;
    const length = (key: string) => (asked++, key.length);
    expect(keptAnswer(answers, '市委', 2, length)).toBe(2);
    expect(keptAnswer(answers, '市委', 2, length)).toBe(2);
    expect(asked).toBe(1);
    keptAnswer(answers, '县政府', 2, length);
    expect(answers.size).toBe(2);
    keptAnswer(answers, '开发区管委会', 2, length);
    expect([...answers.keys()]).toEqual(['开发区管委会']);
  });
});
