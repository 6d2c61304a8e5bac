/**
 * One name for an area's government (orgs44, issue 13). 某市人民政府 and 某市政府 are one body, printed
 * long in a formal line and short in running text (the annotations' 云南省政府 = 云南省人民政府): the
 * short form is the label, as 市政府 is for 市人民政府 in org-aliases.json, and the long form an
 * alias. The area's head is one office however the government is printed: 某市人民政府副市长,
 * 某市政府副市长 and 某市副市长 are the city's 副市长 (the area names it; its government is the body).
 */
import { districtAtStart, districtInfo } from '../extract/places.ts';
import type { PostTitle } from '../extract/facts.ts';
import { doubledLevelArea, LABEL_LEVEL_WORDS } from '../extract/doubled-levels.ts';

/** An area's own bodies, after its name: 委 (市委, 县委), 政府, 人大, 政协, 纪委, 监委. */
const OWN_BODY = /^(?:委|人民政府|政府|人大|政协|纪委|监委)/;

/**
 * One name for an area's body however the place is printed before it (issue 13): 三门峡市市委 is
 * 三门峡市委 (the level word written twice: 某市 + 市委), and 山西省长治市市委, 陕西省宝鸡市委 are
 * the city's 长治市委, 宝鸡市委 (the province only locates the city whose body it is). A county of
 * one character keeps its level before 县委 (魏县县委: 魏县委 is no one's form). The doubled level
 * word is read as the chains of titles read it (../extract/doubled-levels.ts).
 */
export function ownAreaForm(org: string): string {
  let n = org;
  // 山西省长治市…, 周口市某某县…, 湖南省邵阳市洞口县委: a place whose parent is the place before it
  // heads the body, however many of its parents are printed before it.
  for (let cut = nestedPlaceCut(n); cut > 0; cut = nestedPlaceCut(n)) n = n.slice(cut);
  const doubled = doubledLevelArea(n, LABEL_LEVEL_WORDS);
  if (doubled && districtInfo(doubled.area) && OWN_BODY.test(n.slice(doubled.body)))
    n = doubled.area + n.slice(doubled.body);
  return n;
}

/**
 * Where a body's name opens with a place and a place inside it (山西省长治市市委), the length of
 * the outer place to cut: the inner place's parent is the outer one, and the inner place's own
 * body follows it, or a chain of places inside it ending in its innermost one's (not a court's:
 * 辽宁省鞍山市千山区人民法院 stays as printed). 0 where nothing is to cut.
 */
function nestedPlaceCut(n: string): number {
  const outer = districtAtStart(n);
  if (!outer || outer.surface !== outer.name) return 0;
  const inner = districtAtStart(n.slice(outer.end));
  if (!inner || districtInfo(inner.name)?.parent !== outer.name) return 0;
  // 淮阳县 of 淮阳区 (a county since made a district) is printed as the county it then was, 湘西州
  // of 湘西土家族苗族自治州 as its place name and level word (湖南省湘西州政协 → 湘西州政协)
  if (inner.surface !== inner.name && !/^\p{Script=Han}{2,}[县州]$/u.test(inner.surface)) return 0;
  const rest = n.slice(outer.end + inner.end);
  const own = OWN_BODY.test(rest) || OWN_BODY.test(rest.slice(1));
  // 湖南省邵阳市洞口县委: the chain of places goes on to the innermost one's own body
  return own || nestedPlaceCut(n.slice(outer.end)) > 0 ? outer.end : 0;
}

/** A known area's government, long (人民政府) or short (政府). */
const AREA_GOVERNMENT = /^(\p{Script=Han}{2,14}?)(?:人民)?政府$/u;
/** The head of the area or a deputy (省长, 常务副市长, 副县长): the level's own 长. */
const AREA_HEAD = /^(?:常务)?副?(省|市|县|区|州|旗|盟|镇|乡)长$/;

/** The area a government is of, when it is a known district (广州市 of 广州市人民政府). */
function governedArea(org: string): string | undefined {
  const area = AREA_GOVERNMENT.exec(org)?.[1];
  return area && districtInfo(area) ? area : undefined;
}

/** An organisation's name with a known area's 人民政府 written 政府 (广州市人民政府 → 广州市政府). */
export function governmentShortForm(org: string): string {
  const area = governedArea(org);
  return area ? area + '政府' : org;
}

/**
 * A post of a known area's government under one label: the body short (某市政府副秘书长), the
 * area's head without the body (某市副市长, when the role's level is the area's: 市长 of 某市).
 */
export function governmentPost<P extends PostTitle & { reason?: string }>(printed: P): P {
  const post = ownAreaPost(printed);
  const area = governedArea(post.organization);
  if (!area || post.label !== post.organization + post.role) return post;
  const body = area + '政府';
  const head = AREA_HEAD.exec(post.role)?.[1];
  const label = head && area.endsWith(head) ? area + post.role : body + post.role;
  if (label === post.label) return post;
  const reason = [post.reason, "area's government named one way"].filter(Boolean).join('; ');
  return { ...post, label, organization: body, reason };
}

/** A post of an area's body under the body's one name (山西省长治市市委书记 → 长治市委书记). */
function ownAreaPost<P extends PostTitle & { reason?: string }>(post: P): P {
  const org = ownAreaForm(post.organization);
  if (org === post.organization || !post.label.startsWith(post.organization)) return post;
  const label = org + post.label.slice(post.organization.length);
  const reason = [post.reason, "area's body named one way"].filter(Boolean).join('; ');
  return { ...post, label, organization: org, reason };
}
