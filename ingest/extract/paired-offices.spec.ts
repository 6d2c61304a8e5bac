/**
 * Person–post pairs on invented sentences (pairs43, issue 11): a parenthesised pair of offices,
 * one person heading two bodies run as one (paired-offices.ts).
 */
import { describe, expect, it } from 'vitest';
import { heldForms, inventedArticle } from '../../tests/kit/articles.ts';

const forms = (text: string) => heldForms([inventedArticle('a', text)]);

describe('a parenthesised pair of offices (paired-offices.ts)', () => {
  it('gives the person both bodies’ offices, the printed title the first one’s alias', () => {
    const held = forms('座谈会上，临川市委党校（临川行政学院）校长（院长）周某峰作了发言。');
    expect(held).toContain('周某峰|临川市委党校校长');
    expect(held).toContain('周某峰|临川行政学院院长');
    expect(held).toContain('周某峰|临川市委党校（临川行政学院）校长（院长）');
  });
});
