/** 举 at a given name's end (lstrat63-l, issue 13; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('举 after a name', () => {
  it('keeps 举 as a given name’s last character before another verb', () => {
    expect(people('市委书记、市长韩立举前往石门县调研。韩立举强调，要抓好项目。')).toEqual([
      '韩立举',
    ]);
  });
  it('cuts 举 off where it opens 举行 or 举办', () => {
    expect(people('市长韩立举行座谈会。韩立说，要抓好项目。')).toEqual(['韩立']);
  });
});
