/**
 * Turns clean digests (`### headline` sections with `[查看原文](url)`, such as the national
 * 新闻联播 transcripts of yuekcc/cctv_news) into the scraped shape real digests also come in:
 * `## headline` stories separated by `---`, `- 原文: <url>` and `- 来源:` lines, a channel menu,
 * 相关推荐 link lists, share bars, copyright and disclaimer notices, and a failed scrape (headline
 * and notice only) every tenth story. The story text stays as it was. Output stays under /tmp.
 *
 *   npx tsx bench/messy-digest.ts <clean folder> <out folder>
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MENU = '首页 | 要闻 | 国内 | 国际 | 视频 | 图片 | 专题';
const SHARE = '分享到：微信 微博 QQ空间';
const NOTICES = [
  '本网站所刊登的各种新闻、信息和各种专题专栏资料，均为版权所有，未经协议授权，禁止下载使用。',
  '免责声明：本文仅代表作者观点，不代表本站立场。',
];

function main(): void {
  const [from, to] = process.argv.slice(2);
  if (!from || !to) throw new Error('usage: tsx bench/messy-digest.ts <clean folder> <out folder>');
  mkdirSync(to, { recursive: true });
  let failed = 0;
  let stories = 0;
  for (const name of readdirSync(from)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const text = readFileSync(join(from, name), 'utf8');
    const parts = text.split(/^### /m).slice(1);
    const titles = parts.map((p) => p.split('\n')[0]!.trim());
    const out = [`# 新闻联播文字稿 ${name.replace(/\.md$/, '')}`, '', MENU, ''];
    parts.forEach((part, i) => {
      const [title, ...lines] = part.split('\n');
      const url = /\[查看原文\]\((\S+)\)/.exec(part)?.[1] ?? `https://example.invalid/${i}.html`;
      const body = lines.filter((l) => !l.includes('[查看原文]'));
      out.push('---', '', `## ${title!.trim()}`, '', `- 原文: ${url}`, '- 来源: 央视网', '');
      stories++;
      if ((stories + name.length) % 10 === 0) {
        failed++;
        out.push(NOTICES[0]!, '');
        return;
      }
      out.push(...body, '', '相关推荐', '');
      for (const other of titles.filter((_, j) => j !== i).slice(0, 3))
        out.push(`- [${other}](${url.replace(/\.shtml$/, `-${other.length}.shtml`)})`);
      out.push('', SHARE, NOTICES[i % 2]!, '');
    });
    writeFileSync(join(to, name), out.join('\n'));
  }
  console.log(
    `stories: ${stories}, failed scrapes made: ${failed}, with text: ${stories - failed}`,
  );
}

main();
