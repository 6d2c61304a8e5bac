/**
 * Person–post pairs on invented sentences modelled on provincial, city and county news (local5,
 * issue 11; forms seen on other provinces' pages, see docs/extraction.md): the chairs of the
 * democratic parties' committees (民革某省委主委), an outlet's chief editor (某某网总编辑), a
 * caption with no comma (某某听取某某介绍), a deputy head of a prefecture (副州长).
 */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('the chair of a democratic party committee (主委)', () => {
  it('is a post in a chain after the people’s congress or conference office', () => {
    expect(holdsOf('省政协副主席、民革某省委主委柯立出席。').sort()).toEqual([
      '柯立|民革某省委主委',
      '柯立|省政协副主席',
    ]);
    expect(holdsOf('市政协副主席、致公党市委会副主委苗青山参加。')).toContain(
      '苗青山|致公党市委会副主委',
    );
  });
});

describe('an office whose last word is a credit’s role word (总编辑)', () => {
  it('is a title before the name, where a bare credit word is not', () => {
    expect(holdsOf('听取了某某网总编辑苗青山的情况介绍。')).toEqual(['苗青山|某某网总编辑']);
    expect(holdsOf('某某日报副总编辑柯立介绍。')).toEqual(['柯立|某某日报副总编辑']);
    expect(holdsOf('责任编辑柯立')).toEqual([]);
  });
});

describe('a caption of a visit with no comma (某某听取某某介绍)', () => {
  it('starts the title of the name after 听取 after the verb', () => {
    expect(holdsOf('省委常委、市委书记柯立听取某某网总编辑苗青山介绍栏目').sort()).toEqual([
      '柯立|市委书记',
      '柯立|省委常委',
      '苗青山|某某网总编辑',
    ]);
  });
});

describe('a deputy head of a prefecture, banner or township (副州长)', () => {
  it('is one role, not 副 before 州长', () => {
    expect(holdsOf('副州长、某市委书记柯立，副州长苗青山出席。')).toEqual([
      '柯立|副州长',
      '柯立|某市委书记',
      '苗青山|副州长',
    ]);
    expect(holdsOf('副旗长苗青山参加。')).toEqual(['苗青山|副旗长']);
  });
});
