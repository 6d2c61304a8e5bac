import { describe, expect, it } from 'vitest';
import { splitPage } from './index.ts';
import { labelledDate, textDate } from './date.ts';

describe('splitPage', () => {
  it('splits a page into stories at leads and closing bylines, titled from headings', () => {
    const page = [
      '第一篇大标题',
      '开头一段正文，讲了一件事情。',
      '本组稿件由记者甲乙、丙丁采写',
      '另一个标题行',
      '本报讯(记者 马小兵)第二篇的正文在这里，继续说明。',
    ].join('\n');
    const stories = splitPage(page, false);
    expect(stories.map((s) => s.title)).toEqual(['第一篇大标题', '另一个标题行']);
    expect(stories[1]!.text).toContain('本报讯(记者 马小兵)');
  });

  it('joins a line broken where a column ended, moving a caption out of the way', () => {
    const page = [
      '标题',
      '据了解，江津大力支持消费品企业加快数字化装备普及，全区消费品企业的数',
      '工厂车间 摄/钱小明',
      '字化水平显著提高。',
    ].join('\n');
    const [story] = splitPage(page, false);
    expect(story!.text).toContain('全区消费品企业的数字化水平显著提高。');
    expect(story!.text).toContain('工厂车间 摄/钱小明');
  });

  it('drops boilerplate and related-link lists', () => {
    const page = [
      '标题',
      '正文一段，内容充实。',
      '版权所有 © 某某网',
      '相关链接：',
      '某地召开会议',
      '某区发布新规',
    ].join('\n');
    const [story] = splitPage(page, false);
    expect(story!.text).not.toMatch(/版权所有|相关链接|某区发布新规/);
  });

  it("keeps an editor's credit with the story it follows, even after related links", () => {
    const page = [
      '标题',
      '正文一段，内容充实。',
      '相关链接',
      '某区发布新规',
      '版权所有 © 某某网',
      '责任编辑：钟晓雨',
    ];
    const stories = splitPage(page.join('\n'), false);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.text).toContain('责任编辑：钟晓雨');
    expect(stories[0]!.text).not.toMatch(/某区发布新规|版权所有/);
    page[2] = '【相关链接】';
    expect(splitPage(page.join('\n'), false)[0]!.text).not.toMatch(/相关链接|某区发布新规/);
  });

  it("keeps a station's credit line of several labels (编辑：甲 摄像：乙) with its story", () => {
    const page = ['标题', '正文一段，内容充实。', '编辑：钟晓雨 摄像：柯立山'].join('\n');
    expect(splitPage(page, false)[0]!.text).toContain('摄像：柯立山');
    // A meta line of the site (a label before a source and a date) is still no credit.
    const meta = ['标题', '正文一段，内容充实。', '编辑：钟晓雨 来源：某某网 2024-05-01'].join(
      '\n',
    );
    expect(splitPage(meta, false)[0]!.text).not.toContain('来源');
  });

  it('drops list bullets at the start of a line, keeping dots inside it', () => {
    const page = [
      '标题',
      '正文一段，内容充实。',
      '·某某产业园获评示范园区',
      '• 阿依·某某出席',
    ].join('\n');
    const [story] = splitPage(page, false);
    expect(story!.text).toContain('\n某某产业园获评示范园区');
    expect(story!.text).toContain('\n阿依·某某出席');
  });

  it('drops HTML comments in Markdown (they are not shown)', () => {
    const md = [
      '# 标题',
      '<!--body.begin-->',
      '正文<!-- 注 -->一段，内容充实。',
      '<!--body.end-->',
    ].join('\n');
    const { text } = splitPage(md, true)[0]!;
    expect(text).toContain('正文一段，内容充实。');
    expect(text).not.toMatch(/<!--|body/);
  });

  it('reads Markdown headings and front matter dates', () => {
    const md = [
      '---',
      'date: 2024-03-02',
      '---',
      '# 主标题',
      '正文**加粗**内容，[链接](http://x.y)在此。',
    ].join('\n');
    const [story] = splitPage(md, true);
    expect(story).toMatchObject({ title: '主标题', date: '2024-03-02' });
    expect(story!.text).toContain('正文加粗内容，链接在此。');
  });
});

describe('dates', () => {
  it('takes labelled and full dates, never a date without a year', () => {
    expect(labelledDate('发布时间：2026-05-04 10:00')).toBe('2026-05-04');
    expect(textDate('2023年3月5日下午，会议举行。')).toBe('2023-03-05');
    expect(textDate('1月17日，全市两会举行。')).toBeUndefined();
    expect(textDate('2023年2月30日')).toBeUndefined();
  });

  it("drops a broadcast script's production tags, so a tag never opens a post", async () => {
    const { articlesFromText } = await import('../index.ts');
    const script = [
      '青禾县推动特色农业发展',
      '【导语】近日，青禾县加快发展特色农业，带动农民增收。',
      '【同期】青禾县农业农村委主任 刘志远：今年计划新建标准化果园五千亩。',
      '（同期声）市民 陈晓岚：现在买水果方便多了。',
    ].join('\n');
    const [story] = splitPage(script, false);
    expect(story!.text).not.toMatch(/同期|导语/);
    const { records } = articlesFromText(script, 'tv', 'text');
    const posts = records[0]!.facts.entities.filter((e) => e.type === 'post').map((e) => e.name);
    expect(posts).toEqual(['青禾县农业农村委主任']);
  });
});
