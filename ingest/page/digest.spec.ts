import { describe, expect, it } from 'vitest';
import { isLinkLine, isMenuLine, RepeatedLines } from './boilerplate.ts';
import { readStories } from './index.ts';
import { sourceLine } from './sources.ts';

// Invented digests in the shapes real ones come in; every name and sentence is made up.
const RULED_DIGEST = [
  '# 东川日报要闻汇总（2026年4月27日）',
  '',
  '首页 | 要闻 | 经济 | 社会 | 文旅',
  '',
  '---',
  '',
  '## 青禾县召开产业发展大会',
  '',
  '- 原文: https://news.example.cn/2026/0427/00f3396.html',
  '- 来源: 东川日报',
  '',
  '园区开发区建设按下快进键，青禾县今年计划新开工项目四十个。',
  '县长柯明远表示，要把营商环境作为第一工程来抓。',
  '',
  '相关推荐',
  '',
  '- [青禾县举行招商推介会](https://news.example.cn/a1.html)',
  '- [东川市发布新规](https://news.example.cn/a2.html)',
  '',
  '---',
  '',
  '## 白石镇新建冷链物流中心',
  '',
  '- 原文: https://news.example.cn/2026/0427/7ab21c0.html',
  '',
  '发布时间：2026-04-26 09:30',
  '',
  '白石镇冷链物流中心昨日投入使用，可满足周边三个乡镇的果蔬储运需求。',
  '',
  '版权所有 © 东川日报社 未经授权不得转载',
  '',
  '---',
  '',
  '## 某地公告（页面已失效）',
  '',
  '- 原文: https://news.example.cn/2026/0427/deadbeef.html',
  '',
  '版权所有 © 东川日报社 未经授权不得转载',
  '',
].join('\n');

describe('Markdown digests', () => {
  it('gives one article per story section, with its own title, URL, outlet and date', () => {
    const { stories, emptySections } = readStories(RULED_DIGEST, { format: 'markdown' });
    expect(stories.map((s) => s.title)).toEqual([
      '青禾县召开产业发展大会',
      '白石镇新建冷链物流中心',
    ]);
    expect(stories[0]).toMatchObject({
      url: 'https://news.example.cn/2026/0427/00f3396.html',
      outlet: '东川日报',
    });
    expect(stories[1]).toMatchObject({
      url: 'https://news.example.cn/2026/0427/7ab21c0.html',
      date: '2026-04-26',
    });
    // the failed scrape (headline and notice only) is counted, not an article
    expect(emptySections).toBe(1);
  });

  it('never glues the source line to the first paragraph', () => {
    const [first] = readStories(RULED_DIGEST, { format: 'markdown' }).stories;
    expect(first!.text.startsWith('园区开发区建设按下快进键')).toBe(true);
    expect(first!.text).not.toMatch(/html|https?:|原文|来源/);
  });

  it('keeps menus, link lists, notices and related-links headers out of the text', () => {
    const text = readStories(RULED_DIGEST, { format: 'markdown' })
      .stories.map((s) => s.text)
      .join('\n');
    expect(text).not.toMatch(/首页|相关推荐|招商推介会|发布新规|版权所有|转载|发布时间/);
  });

  it('reads a broadcast digest: contents list out, container heading skipped, dateline outlet', () => {
    const md = [
      '# 《晚间联播》（20260312）',
      '## 内容提要',
      '本期节目主要内容：',
      '1.南岭省推进高标准农田建设；',
      '2.快讯：',
      '（1）北川港新航线开通；',
      '（2）西河大桥合龙。',
      '（《晚间联播》 20260312 19:00）',
      '[查看原文](https://tv.example.com/2026/03/12/index.shtml)',
      '## 详细报道',
      '### 南岭省推进高标准农田建设',
      '**某某网消息**（晚间联播）：南岭省今年新建高标准农田一百万亩，灌溉条件明显改善。',
      '[查看原文](https://tv.example.com/2026/03/12/a.shtml)',
      '### 快讯',
      '**北川港新航线开通**',
      '北川港至东湾港集装箱航线昨天开通，每周两班。',
      '**西河大桥合龙**',
      '西河大桥主桥今天合龙，预计年底通车。',
      '[查看原文](https://tv.example.com/2026/03/12/b.shtml)',
    ].join('\n');
    const { stories, emptySections } = readStories(md, { format: 'markdown' });
    expect(stories.map((s) => s.title)).toEqual(['南岭省推进高标准农田建设', '快讯']);
    expect(stories[0]).toMatchObject({
      outlet: '某某网',
      date: '2026-03-12',
      url: 'https://tv.example.com/2026/03/12/a.shtml',
    });
    expect(stories[1]!.text).toContain('西河大桥主桥今天合龙');
    expect(emptySections).toBe(1); // the contents list
  });

  it('keeps a Markdown article that uses ## for sub-heads as one article', () => {
    const md = [
      '# 青禾县文旅融合见成效',
      '## 核心提示',
      '青禾县把文旅融合作为县域经济的新引擎。',
      '## 一、景区提档升级',
      '全县新增国家4A级景区两个。',
      '## 二、民宿集群成形',
      '民宿床位突破五千张。',
    ].join('\n');
    const { stories } = readStories(md, { format: 'markdown' });
    expect(stories).toHaveLength(1);
    expect(stories[0]!.title).toBe('青禾县文旅融合见成效');
  });

  it('takes front matter url, outlet and date', () => {
    const md = [
      '---',
      'url: https://example.org/n/1.html',
      'source: 南岭晚报',
      'date: 2025-11-02',
      '---',
      '# 南岭晚报：北川港开通新航线',
      '北川港至东湾港集装箱航线昨天开通，每周两班。',
    ].join('\n');
    const [story] = readStories(md, { format: 'markdown' }).stories;
    expect(story).toMatchObject({
      url: 'https://example.org/n/1.html',
      outlet: '南岭晚报',
      date: '2025-11-02',
    });
  });

  it('keeps a sentence that starts like a source line as text', () => {
    expect(sourceLine('来源：东川市统计局数据显示，全市生产总值增长百分之五。')).toBeUndefined();
    expect(sourceLine('来源：东川日报')).toEqual({ outlet: '东川日报' });
    expect(sourceLine('时间：2026年5月10日上午，东川市召开大会。')).toBeUndefined();
  });

  it('keeps only http(s) addresses', () => {
    expect(sourceLine('原文: javascript:alert(1)')).toEqual({});
    expect(sourceLine('[查看原文](file:///etc/passwd)')).toBeUndefined();
    expect(sourceLine('原文：https://a.example/x.html')).toEqual({
      url: 'https://a.example/x.html',
    });
  });
});

describe('short texts', () => {
  it('takes a one-line flash in a digest as a story, a placeholder as a failed scrape', () => {
    const md = [
      '## 北川港新航线开通',
      '- 原文: https://x.example/1.html',
      '北川港至东湾港集装箱航线今天开通',
      '## 页面抓取失败',
      '- 原文: https://x.example/2.html',
      'CONTENT NOTFOUND',
    ].join('\n');
    const { stories, emptySections } = readStories(md, { format: 'markdown' });
    expect(stories.map((s) => s.text)).toEqual(['北川港至东湾港集装箱航线今天开通']);
    expect(emptySections).toBe(1);
  });

  it('takes a one-line news flash as an article', () => {
    const { stories } = readStories('东川市今年新增城镇就业三万人', { format: 'text' });
    expect(stories).toHaveLength(1);
    expect(stories[0]!.text).toBe('东川市今年新增城镇就业三万人');
  });
});

describe('furniture signals', () => {
  it('knows menus, breadcrumbs and link lines, not sentences or captions', () => {
    expect(isMenuLine('首页 > 新闻中心 > 正文')).toBe(true);
    expect(isMenuLine('首页 | 要闻 | 经济 | 社会')).toBe(true);
    expect(isMenuLine('工厂车间 摄/钱小明')).toBe(false);
    expect(isMenuLine('2026/05/04')).toBe(false);
    expect(isMenuLine('青禾县 | 白石镇，两地合作。')).toBe(false);
    expect(isLinkLine('- [青禾县举行招商推介会](https://x.cn/a.html)')).toBe(true);
    expect(isLinkLine('[要闻](/a) | [经济](/b) | [社会](/c)')).toBe(true);
    expect(isLinkLine('据[东川日报](https://x.cn)报道，项目开工。')).toBe(false);
  });

  it('finds lines repeated across many files of a run, not lines of one file', () => {
    const r = new RepeatedLines();
    for (let i = 0; i < 4; i++)
      r.addFile(`标题${i}\n本栏目由东川融媒体中心出品\n第${i}条正文，内容各不相同。`);
    r.addFile('只出现一次的短句');
    const furniture = r.freeze();
    expect(furniture.has('本栏目由东川融媒体中心出品')).toBe(true);
    expect(furniture.has('只出现一次的短句')).toBe(false);
    expect(furniture.has('第0条正文，内容各不相同。')).toBe(false);
    const { stories } = readStories(
      '标题一则\n本栏目由东川融媒体中心出品\n正文写在这里，内容充实。',
      { furniture },
    );
    expect(stories[0]!.text).not.toContain('融媒体中心');
  });

  it('keeps a story reprinted in many files: sentences and titles are never furniture', () => {
    const r = new RepeatedLines();
    const wire =
      '青禾县新建冷链物流中心\n青禾县冷链物流中心今天投入使用。\n县长柯明远出席仪式\n一期工程\n项目总投资三亿元。';
    // the same story on five sites, each with its own page furniture around it
    for (let i = 0; i < 5; i++) r.addFile(`站点${i}\n${wire}\n客服热线 ${i}`);
    const furniture = r.freeze();
    for (const line of wire.split('\n')) expect(furniture.has(line), line).toBe(false);
  });
});
