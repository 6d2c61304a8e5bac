import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';
import { extractStory } from './index.ts';

const surfaces = (text: string, post: string) =>
  extractStory(text).entities.find((e) => e.type === 'post' && e.name === post)?.surfaces ?? [];

describe('keepBareTitles', () => {
  it('keeps a bare title printed beside the holder as an alias of the office (周某某主席, 、副部长周某某)', () => {
    const text =
      '国家主席、中央军委主席周立科出席会议。周立科主席指出，要加强合作。商务部党组成员、副部长郑雨桐主持。';
    expect(surfaces(text, '国家主席')).toContain('主席');
    expect(surfaces(text, '中央军委主席')).not.toContain('主席');
    expect(surfaces(text, '商务部副部长')).toContain('副部长');
  });
  it('keeps a bare title after 现任 beside the holder (现任总统某某)', () => {
    const text = '周立科当选葡萄牙总统。现任总统周立科以多数票胜出。';
    expect(surfaces(text, '葡萄牙总统')).toContain('总统');
    const full = '东岭党政治局新任主席周立科会见来宾。周立科主持会议。';
    expect(surfaces(full, '东岭党政治局主席')).not.toContain('主席');
  });
  it('takes no bare title from the end of the full one (国家主席周某某)', () => {
    expect(surfaces('国家主席周立科出席会议。', '国家主席')).not.toContain('主席');
  });
});

describe('title chains', () => {
  it('reads no conjunction in 共和国 (某某同某国共和国总统 is not 国总统)', () => {
    expect(holdsOf('国家主席周立科同阿尔巴尼亚共和国总统卢比克互致贺电。')).toContain(
      '卢比克|阿尔巴尼亚总统',
    );
  });
  it("reads 常务 as part of the role (某省委常委、常务副省长 is that province's 常务副省长)", () => {
    expect(holdsOf('海南省委常委、常务副省长周立科表示，要加强合作。')).toContain(
      '周立科|海南省常务副省长',
    );
  });
});
