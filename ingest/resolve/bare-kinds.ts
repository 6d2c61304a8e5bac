/**
 * A kind of body printed without its name (orgs44, issue 13): 委员会主任, 研究院院长, 办事处主任,
 * 街道党工委书记, 集团公司董事长 say what sort of body the person heads, not which one (every city
 * has a 街道办事处, every firm a 集团公司). A body named before (该研究中心, 其研究院) is resolved
 * back to its name before this runs (extract/back-references.ts); what is left bare is no node and
 * no office, but the person's role in the story, as a bare 村委会 is (posts.ts BARE_BODY).
 */

/** Kinds of body: the whole organisation is one of them, nothing naming it; a unit known only by
 * its number (二大队, 第三中队: 某团飞行二大队 printed short) is one too, every regiment has one. */
export const BARE_KIND =
  /^(?:(?:第?[一二三四五六七八九十]+)(?:大队|中队|小队|分队|支队)|(?:工作|专门|常务)?委员会|研究院|研究所|研究中心|中心|集团(?:公司)?|(?:总|分|子|有限|股份有限|控股)公司|协会|学会|联合会|商会|管委会|(?:街道)?(?:党工委|党委|办事处|办)|街道|社区党委|办公室|医院|学校|大学|学院|银行|工厂|合作社|实验室|博物馆|图书馆)$/;

/** A post whose organisation is a bare kind of body, as the person's role (no office). */
export function bareKindRole<P extends { label: string; organization: string; role: string }>(
  post: P,
): P & { occupation?: boolean } {
  return BARE_KIND.test(post.organization) ? { ...post, role: post.label, occupation: true } : post;
}
