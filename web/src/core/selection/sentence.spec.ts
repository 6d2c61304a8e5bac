import { describe, expect, it } from 'vitest';
import { locateSentence, paragraphAt, paragraphsOf } from './sentence.ts';

// Invented digest: both items open with the same 14 characters; the same closing line twice.
const text = [
  '西湾区召开区委常委会会议，研究部署防汛工作。',
  '',
  '西湾区召开区委常委会会议，研究部署低空经济发展。区长林景川出席。',
  '会议要求抓好落实。',
  '会议要求抓好落实。',
].join('\n');

describe('locating an evidence sentence', () => {
  it('finds the sentence at its recorded offset, not another with the same opening', () => {
    const sentence = '西湾区召开区委常委会会议，研究部署低空经济发展。';
    const offset = text.indexOf(sentence);
    expect(locateSentence(text, sentence, offset)).toEqual({
      start: offset,
      end: offset + sentence.length,
    });
    const paragraphs = paragraphsOf(text);
    expect(paragraphs.map((p) => p.start)).toEqual([0, 24, 57, 67]);
    expect(paragraphAt(paragraphs, { start: offset, end: offset + 1 })).toBe(1);
  });
  it('the offset picks the second printing of a repeated sentence', () => {
    const sentence = '会议要求抓好落实。';
    const second = text.lastIndexOf(sentence);
    expect(locateSentence(text, sentence, second)?.start).toBe(second);
    expect(locateSentence(text, sentence)?.start).toBe(text.indexOf(sentence));
  });
  it('an offset that does not hold the sentence falls back to the whole sentence, else null', () => {
    const sentence = '区长林景川出席。';
    expect(locateSentence(text, sentence, 3)?.start).toBe(text.indexOf(sentence));
    expect(locateSentence(text, '东湾区召开会议。', 0)).toBeNull();
  });
});
