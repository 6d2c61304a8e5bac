/**
 * The area an organisation's name is the own body of (江阳区, 桐梓县委, 魏县县委): split from
 * places.ts; organizations.ts asks it for an organisation no division opens.
 */
import { tag } from '../text/segmenter.ts';
import { isDivisionAlias } from './places.ts';
import type { Mention } from './mentions.ts';

/** An organisation that is an area's own body (江阳区, 桐梓县委): the area, even if not listed. */
export function areaOfOrganization(org: string): Mention | undefined {
  const m = /^(\p{Script=Han}{2,4}?[区县])(委|政府|人大常委会|人大|政协|党委)?$/u.exec(org);
  // 某某合作区管委会 (blocal-n): a park's zone words name a park's body, no county or district.
  if (
    !m ||
    isDivisionAlias(m[1]!) ||
    /(园区|新区|城区|社区|景区|片区|合作区|开发区|示范区|集聚区)$/.test(m[1]!)
  )
    return undefined;
  // 魏县县委, 渠县县委 (blocal-f): a county named by one character keeps its 县 before the body's
  // 县委; the area is the county (魏县), not 魏县县.
  const doubled = /^\p{Script=Han}([县区])\1$/u.test(m[1]!);
  if (!doubled && !tag(m[1]!.slice(0, -1)).some((t) => t.tag.startsWith('ns'))) return undefined;
  const name = doubled ? m[1]!.slice(0, -1) : m[1]!;
  if (doubled && isDivisionAlias(name)) return undefined;
  return {
    type: 'district',
    name,
    surface: name,
    start: 0,
    end: name.length,
    facts: { level: name.endsWith('县') ? 'county' : 'district' },
  };
}
