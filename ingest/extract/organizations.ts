/** Organisations named in post titles: canonical name, kind from its ending, district from its start. */
import { resolveOrganization } from '../resolve/organizations.ts';
import { keptAnswer } from '../text/kept-answers.ts';
import { districtAtStart } from './places.ts';
import { areaOfOrganization } from './organization-areas.ts';

export interface OrganizationFacts {
  name: string;
  kind: string;
  /** Why the name differs from the text printed (role word cut, home area…). */
  reason?: string;
  district?: { name: string; surface: string; facts: Record<string, string> };
}

/** What an article tells about its organisations: its home area and its people's names. */
export interface OrganizationContext {
  home?: string;
  /** The city of a province's city's page, for its bare 市 bodies (../resolve/prefecture-home.ts). */
  city?: string;
  people?: ReadonlySet<string>;
}

const KINDS: [RegExp, string][] = [
  [/(公司|集团|企业|银行|股份)$/, 'company'],
  [/(大学|学院|学校|研究院|研究所|实验室|中心)$/, 'institute'],
  [/(日报|晚报|报社|电视台|新闻社|通讯社|融媒体中心|新闻工作者协会)$/, 'media'],
  [/(人大|人大常委会|政协|代表团|党的.*大|委员会)$/, 'congress'],
  [/(市委|区委|县委|省委|党委|党工委|党组|工委|纪委|宣传部|组织部|统战部)$/, 'party'],
  [/(政府|委|局|厅|部|办|署|管委会|中心)$/, 'government'],
];

/**
 * The organisation of a post title printed as `printed` with role `role`; undefined when the
 * text is not an organisation (a clause, a person's name, a bare 国家).
 */
export function organizationFacts(
  printed: string,
  role = '',
  context: OrganizationContext = {},
): OrganizationFacts | undefined {
  const { name, reason } = resolveOrganization(
    printed,
    role,
    context.home,
    context.people,
    context.city,
  );
  if (!name) return undefined;
  const { kind, district } = kindAndDistrict(name);
  return { name, kind, reason, district: district && { ...district } };
}

/**
 * Kind and district depend on the name alone, and a corpus names the same organisations over
 * and over (市委, 国务院): kept per name, bounded like the segmenter's caches.
 */
const CACHE_LIMIT = 50_000;
const byName = new Map<string, Pick<OrganizationFacts, 'kind' | 'district'>>();
function kindAndDistrict(name: string): Pick<OrganizationFacts, 'kind' | 'district'> {
  return keptAnswer(byName, name, CACHE_LIMIT, readKindAndDistrict);
}
function readKindAndDistrict(name: string): Pick<OrganizationFacts, 'kind' | 'district'> {
  const kind = KINDS.find(([re]) => re.test(name))?.[1] ?? 'other';
  const lead = districtAtStart(name) ?? areaOfOrganization(name);
  const district = lead
    ? { name: lead.name, surface: lead.surface, facts: lead.facts ?? {} }
    : undefined;
  return { kind, district };
}
