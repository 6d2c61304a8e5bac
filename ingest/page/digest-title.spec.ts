import { describe, expect, it } from 'vitest';
import { articlesFromText } from '../index.ts';
import { digestMarkdown, isDigestTitle } from './digest-title.ts';
import { readStories } from './index.ts';

// Invented transcripts in the shapes broadcast digests come in; every name and sentence is made up.
const PLAIN = [
  '东川新闻联播文字稿 2026年5月3日',
  '',
  '市政府召开常务会议',
  '本台消息 5月3日，市政府召开常务会议，副市长柯明远出席会议并讲话。',
  '（记者 周青禾 通讯员 孙立山）',
  '青禾县举办春季招聘会',
  '记者：冯海岚 马小川',
  '5月2日，一场招聘会在青禾县举行，求职者赵东升说，这次找到了满意的工作。',
].join('\n');

const WEB = `<!doctype html><html><head><meta charset="utf-8">
<title>重庆新闻联播文字稿（2026年5月3日）</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a></div>
<div class="article"><h1>重庆新闻联播文字稿（2026年5月3日）</h1>
<p><strong>市政府召开常务会议 研究部署城市更新工作</strong></p>
<p>5月3日，市政府召开常务会议，市长柯明远主持会议。会议指出，要加快推进城市更新，提升城市品质，让群众住得更舒心。</p>
<p><strong>白石镇新建冷链物流中心</strong></p>
<p>白石镇冷链物流中心昨日投入使用，可满足周边三个乡镇的果蔬储运需求，带动农户增收。</p>
<p>（记者 周青禾 通讯员 孙立山）</p>
<h2>青禾县推动特色农业发展</h2>
<p>近日，记者走进青禾县，看到当地种植户王大川正在忙着采摘。青禾县农业农村委主任刘志远介绍，全县特色农业产值持续增长。</p>
</div></body></html>`;

const titles = (records: { title: string }[]) => records.map((r) => r.title);

describe('digests titled as one, without a mark per story', () => {
  it('knows a digest by its title, not a story by its sub-heads', () => {
    expect(isDigestTitle('重庆新闻联播文字稿（2026年5月3日）')).toBe(true);
    expect(isDigestTitle('东川日报要闻汇总')).toBe(true);
    expect(isDigestTitle('市政府召开常务会议 研究部署城市更新工作')).toBe(false);
  });

  it('splits a plain text transcript at its headlines, credits going with their story', () => {
    const { records } = articlesFromText(PLAIN, 'day', 'text');
    expect(titles(records)).toEqual(['市政府召开常务会议', '青禾县举办春季招聘会']);
    expect(records.every((r) => r.date === '2026-05-03')).toBe(true);
    const credits = records.map((r) => r.facts.bylines.map((b) => b.name).sort());
    expect(credits).toEqual([
      ['周青禾', '孙立山'],
      ['冯海岚', '马小川'],
    ]);
  });

  it('splits a saved web page at bold and h2 headlines', () => {
    const { records } = articlesFromText(WEB, 'day', 'html');
    expect(titles(records)).toEqual([
      '市政府召开常务会议 研究部署城市更新工作',
      '白石镇新建冷链物流中心',
      '青禾县推动特色农业发展',
    ]);
    expect(records[1]!.facts.bylines.map((b) => b.name).sort()).toEqual(['周青禾', '孙立山']);
  });

  it("places a story that names no city at the home of the digest's outlet", () => {
    const { records } = articlesFromText(WEB, 'day', 'html');
    const posts = records[0]!.facts.relations
      .filter((r) => r.type === 'HOLDS')
      .map((r) => `${r.source.name} ${r.target.name}`);
    expect(posts).toContain('柯明远 重庆市市长');
  });

  it('keeps a web page with bold sub-heads under a story title as one article', () => {
    const story = WEB.replace(/重庆新闻联播文字稿（2026年5月3日）/g, '城市更新跑出加速度');
    expect(articlesFromText(story, 'one', 'html').records).toHaveLength(1);
  });

  it('splits a Markdown file titled as a digest whose sections carry no source', () => {
    const md = PLAIN.replace(/^东川/, '# 东川')
      .replace('市政府召开常务会议\n', '## 市政府召开常务会议\n')
      .replace('青禾县举办春季招聘会\n', '## 青禾县举办春季招聘会\n');
    const { stories } = readStories(md, { format: 'markdown' });
    expect(stories.map((s) => s.title)).toEqual(['市政府召开常务会议', '青禾县举办春季招聘会']);
  });

  it('does not open a story at an enumerated sub-head or a credit', () => {
    const lines = [
      { text: '一、总体要求', headline: true },
      { text: '要坚持稳中求进。', headline: false },
      { text: '记者 周青禾', headline: true },
      { text: '会议强调，要抓好落实。', headline: false },
    ];
    expect(digestMarkdown('某某新闻联播', lines)).toBeUndefined();
  });
});
