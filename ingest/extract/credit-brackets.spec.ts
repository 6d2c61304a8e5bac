/** Credit forms of county sites (local44, issue 11), on invented lines. */
import { describe, expect, it } from 'vitest';
import { findBylines } from './bylines.ts';

const credits = (text: string) => findBylines(text).map((b) => `${b.name}|${b.role}`);

describe('credits of county sites (local44)', () => {
  it('reads names padded inside a bracketed byline (记者甲 乙 丙 丁)', () => {
    expect(credits('（记者韦 成 柏 远 苗 青）5日晚，县人大主席团举行会议。')).toEqual([
      '韦成|记者',
      '柏远|记者',
      '苗青|记者',
    ]);
  });
  it('reads a bracket of names on a line of its own closing the story', () => {
    expect(credits('区领导参加调研。\n（韦明远 柏青）')).toEqual(['韦明远|记者', '柏青|记者']);
  });
  it('reads the name after a unit in a closing bracket (（某社区 甲）)', () => {
    expect(credits('让他们感受到政府的温暖。 （青石社区 韦明远）')).toEqual(['韦明远|记者']);
  });
  it('keeps a bracketed word alone on its line no credit', () => {
    expect(credits('会议结束。\n（全文）')).toEqual([]);
  });
});
