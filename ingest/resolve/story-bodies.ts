/**
 * A body that calls itself by its bare name in its own story (issue 13): 某区工商联第一届三次会员
 * 大会召开…工商联党组书记某某主持, 某苏木政府…苏木政府副苏木达某某. Local news prints the body whole
 * once (its area before it) and then drops the area; when the story prints exactly one body of that
 * bare name with a place before it, the bare one is that body, and its posts are that body's
 * (lthings60-l: 苏木政府 beside 敖包苏木政府; lthings62-l: 工商联 beside a district's 工商联). Two
 * bodies of the name (甲区政协 and 乙区政协 of a visit) leave the bare one as printed: which is not said.
 * So does an association's page that calls itself 我会 or 本会 (a pronoun-like form; the lead's
 * blocal-l notes: 我会 beside 北京侨商会), where it names one association.
 */
import type { ArticleRecord } from '../records.ts';

export const STORY_BODY_REASON = 'the body printed whole in the same story, with its area';

/** What the story prints before the bare name: a place with its level word (新建区, 南昌市新建区). */
const AREA_BEFORE =
  /^(?:\p{Script=Han}{2,7}?(?:省|自治区))?(?:\p{Script=Han}{1,7}?(?:市|州|盟))?(?:\p{Script=Han}{1,7}?(?:县|区|旗|镇|乡|街道))?$/u;
/** A bare name that opens with its own level word (苏木政府, 镇党委): the place's name alone before it. */
const LEVEL_FIRST = /^(?:苏木|嘎查|街道|镇|乡|县|区|旗)/;
/** A place's name alone: 敖包 of 敖包苏木政府. */
const PLACE_NAME = /^\p{Script=Han}{2,6}$/u;
/** An association's page calling itself 我会 or 本会 (我会常务副会长某某): the association it names. */
const OWN_PRONOUN = /^[我本该]会$/;
const ASSOCIATION = /\p{Script=Han}{2,}(?:商会|协会|学会|联合会|总会|促进会|研究会|联谊会)$/u;

export interface StoryBodyForms {
  /** `${article}\n${name}` -> the whole name in that article. */
  organization: Map<string, string>;
  post: Map<string, string>;
}

export function storyBodyForms(articles: ArticleRecord[]): StoryBodyForms {
  const organization = new Map<string, string>();
  const post = new Map<string, string>();
  for (const a of articles) {
    const bodies = a.facts.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    for (const bare of bodies) {
      if (bare.length < 2) continue;
      const whole = OWN_PRONOUN.test(bare)
        ? bodies.filter((long) => ASSOCIATION.test(long))
        : bodies.filter((long) => printedWithArea(long, bare));
      if (whole.length !== 1) continue;
      const long = whole[0]!;
      organization.set(`${a.key}\n${bare}`, long);
      // Its posts: 工商联主席 → 某区工商联主席, the office of the body printed whole (我会常务副会长:
      // the title's 常务 may be read into the body).
      for (const e of a.facts.entities)
        if (e.type === 'post' && e.facts.organization?.startsWith(bare) && e.name.startsWith(bare))
          post.set(`${a.key}\n${e.name}`, long + e.name.slice(bare.length));
    }
  }
  return { organization, post };
}

/** Whether `long` is `bare` with its place printed before it. */
function printedWithArea(long: string, bare: string): boolean {
  if (long === bare || !long.endsWith(bare)) return false;
  const before = long.slice(0, -bare.length);
  return (LEVEL_FIRST.test(bare) && PLACE_NAME.test(before)) || AREA_BEFORE.test(before);
}
