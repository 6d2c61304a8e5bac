/**
 * lstrat63 (issue 13): campaigns a county names by a short quote and the word of its kind, forms the
 * quote rules leave (quoted-programs.ts reads a quoted list before 竞赛, not one code):
 * - a contest of a hundred days (招商引资“摘榜夺旗”百日竞赛): units compete for the quoted prize;
 * - counted clean-ups or checks carried out (深化“三项清理”, 开展“两项整治”): so many of one kind of
 *   work, a campaign as “三大攻坚” is (slogan-campaigns.ts); the count names it, not the work alone.
 */
import { programByForm as mention, type Mention } from './mentions.ts';

/** A hundred days' contest, or one a verb of launching opens (not a race fallen into: 陷入“补贴”竞赛). */
const CONTEST =
  /(?:(开展|组织|启动|掀起)[“"](\p{Script=Han}{2,8})[”"]((?:劳动|技能)?竞赛)|[“"](\p{Script=Han}{2,8})[”"](百日竞赛))(?!场|项目|规则)/gu;
const COUNTED =
  /(实施|开展|推进|深化|推动|落实|抓好|抓实)[“"]([一二三四五六七八九十两]项(?:清理|整治|清查|排查|行动|攻坚))[”"]/gu;

export function quotedContests(text: string): Mention[] {
  const out: Mention[] = [];
  if (text.includes('竞赛'))
    for (const m of text.matchAll(CONTEST)) {
      const at = m.index + (m[1]?.length ?? 0);
      out.push(
        mention(
          `${m[2] ?? m[4]!}${m[3] ?? m[5]!}`,
          text.slice(at, m.index + m[0].length),
          at,
          '竞赛',
        ),
      );
    }
  for (const m of text.matchAll(COUNTED)) {
    const at = m.index + m[1]!.length;
    out.push(mention(m[2]!, text.slice(at, at + m[2]!.length + 2), at, 'campaign'));
  }
  return out;
}
