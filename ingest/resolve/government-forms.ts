/**
 * One name for an area's government (orgs44, issue 13). 某市人民政府 and 某市政府 are one body, printed
 * long in a formal line and short in running text (the annotations' 云南省政府 = 云南省人民政府): the
 * short form is the label, as 市政府 is for 市人民政府 in org-aliases.json, and the long form an
 * alias. The area's head is one office however the government is printed: 某市人民政府副市长,
 * 某市政府副市长 and 某市副市长 are the city's 副市长 (the area names it; its government is the body).
 */
import { districtInfo } from '../extract/places.ts';
import type { PostTitle } from '../extract/facts.ts';

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
export function governmentPost<P extends PostTitle & { reason?: string }>(post: P): P {
  const area = governedArea(post.organization);
  if (!area || post.label !== post.organization + post.role) return post;
  const body = area + '政府';
  const head = AREA_HEAD.exec(post.role)?.[1];
  const label = head && area.endsWith(head) ? area + post.role : body + post.role;
  if (label === post.label) return post;
  const reason = [post.reason, "area's government named one way"].filter(Boolean).join('; ');
  return { ...post, label, organization: body, reason };
}
