/**
 * One holder, one story, one office printed long and short: 应某国国民议会议长甲邀请…与国民议会议长
 * 甲举行会谈. The second title is the first one without its country (or its parliament: 某国国会
 * 下议院议长 and 下议院议长), so in that story the short post is the long one and its body the long
 * one's body (dups21: 国民议会议长 and 下议院议长 beside their countries' on the cctv23y annotation).
 * The evidence is the holder: the same person given both titles in the same article, or, where
 * the story prints only the short one, given the long one in another (麦卡锡 国会众议长 here,
 * 美国国会众议长 there; 常委会预算工作委员会主任 and 全国人大常委会…: cctv23a and cctv24n) when that
 * long one names a country or a national body, whose office one person holds at a time.
 */
import { countryAtStart, gazetteer } from '../gazetteer/index.ts';
import type { ArticleRecord } from '../records.ts';
import { holderOrdinalTitle } from './post-terms.ts';

/** China's national bodies: one holder of each office at a time (全国人大常委会某委员会主任).
 * Not posts.ts's nationalName, which is another fact: that maps every printed name of the alias
 * table's non-local bodies to its canonical one (全国人民代表大会 → 全国人大, 联大 → 联合国大会,
 * 中宣部), whoever they are; this is which openings of a long title make it China's one seat, read
 * as a prefix (国务院 is no group of that table, and 联合国大会 or 主席团 open no such title). */
const NATIONAL_BODY = /^(?:全国人大|全国政协|中共中央|国务院)/;

/** 第六任行政长官, 首任院长: a holder's ordinal and a title, no body printed. */
const ORDINAL_TITLE = holderOrdinalTitle(6);

export const STORY_POST_REASON =
  "the same holder's office printed whole (in the story or elsewhere)";

export interface StoryForms {
  /** `${article}\n${name}` -> the long name in that article. */
  post: Map<string, string>;
  organization: Map<string, string>;
}

/** Per post's name, its role and its body as the story's post nodes hold them. */
type PostParts = Map<string, { role: string; organization: string }>;

export function storyPostForms(articles: ArticleRecord[]): StoryForms {
  const post = new Map<string, string>();
  const organization = new Map<string, string>();
  const parts: PostParts = new Map();
  const bodyOf = new Map<string, string>();
  const heldIn = new Map<string, Map<string, Set<string>>>(); // article -> holder -> posts
  const heldAll = new Map<string, Set<string>>(); // holder -> posts, the whole corpus
  for (const a of articles) {
    for (const e of a.facts.entities)
      if (e.type === 'post' && e.facts.role && (e.facts.organization || ORDINAL_TITLE.test(e.name)))
        parts.set(e.name, { role: e.facts.role, organization: e.facts.organization ?? '' });
    const held = new Map<string, Set<string>>();
    for (const r of a.facts.relations) {
      if (r.type === 'POST_IN') bodyOf.set(r.source.name, r.target.name);
      if (r.type !== 'HOLDS' || r.source.type !== 'person') continue;
      held.set(r.source.name, (held.get(r.source.name) ?? new Set()).add(r.target.name));
      heldAll.set(r.source.name, (heldAll.get(r.source.name) ?? new Set()).add(r.target.name));
    }
    heldIn.set(a.key, held);
  }
  for (const [article, held] of heldIn)
    for (const [holder, titles] of held)
      for (const short of titles) {
        if (!parts.has(short)) continue;
        // The story's own long title first; else the one the holder is given elsewhere, where
        // it names a country or a national body (全国人大常委会…: one holder at a time).
        const inStory = [...titles].filter(
          (long) => printedWithout(long, short, parts) || areaPrinted(long, short, parts),
        );
        const longer = inStory.length
          ? inStory
          : [...heldAll.get(holder)!].filter((long) => printedWithout(long, short, parts));
        // Two longer offices (两国议长) leave the short one as printed: which is not said.
        if (longer.length === 1) printedShort(article, short, longer[0]!);
      }
  // 全国人大财经委提出…，财经委副主任委员某某: a national body printed whole, then short in the same
  // story, whoever holds the office: one body of that name in China.
  for (const a of articles) {
    const titles = a.facts.entities.filter((e) => e.type === 'post').map((e) => e.name);
    for (const short of titles) {
      if (post.has(`${a.key}\n${short}`)) continue;
      const longer = titles.filter((l) => NATIONAL_BODY.test(l) && printedWithout(l, short, parts));
      if (longer.length === 1) printedShort(a.key, short, longer[0]!);
    }
  }
  return { post, organization };

  function printedShort(article: string, short: string, long: string): void {
    const [from, to] = [bodyOf.get(short), bodyOf.get(long)];
    // A short title read in another body (国务委员长 in 国务院, China's) is not surely the
    // long one's: it would bring that body along.
    if (from && to && from !== to && !printedForms(to).some((f) => f.endsWith(from))) return;
    post.set(`${article}\n${short}`, long);
    if (from && to && from !== to) organization.set(`${article}\n${from}`, to);
  }
}

/**
 * Whether `long` is `short` with a country (and its bodies) before it: the same role, the short
 * body the end of the long one, and the short body named by no country of its own (a second
 * country's ministry is another office).
 */
function printedWithout(long: string, short: string, parts: PostParts): boolean {
  const [l, s] = [parts.get(long), parts.get(short)];
  // A title without a body (总统) has nothing to print whole.
  if (!l || !s) return false;
  // 第六任行政长官 of the holder of 某特别行政区行政长官: the holder's ordinal, the office printed
  // whole in the story or elsewhere (dups35: a second node on the cctv24z annotation). Not an
  // elect's title (候任), which is no office held yet.
  if (ORDINAL_TITLE.test(short) && !s.organization)
    return long !== short && l.role === s.role && !/候任|前任/.test(l.organization);
  // 特区行政长官 after 在香港特区…: the special region printed short, the office the region's.
  if (s.organization === '特区' && SPECIAL_REGION.test(l.organization) && long !== short)
    return l.role === s.role;
  return (
    long !== short &&
    l.role === s.role &&
    s.organization.length >= 2 &&
    printedForms(l.organization).some(
      (f) => f.endsWith(s.organization) && printedBefore(f.slice(0, -s.organization.length)),
    ) &&
    countryAtStart(s.organization) === undefined
  );
}

/**
 * Whether `long` is `short` with the higher areas of its place before it, in one story for one
 * holder: 通城县北河镇党委书记 and 北河镇党委书记 (local news names the county once), one office.
 * The short body opens with a named place of its own (北河镇), so 县委书记 is no such short form.
 */
function areaPrinted(long: string, short: string, parts: PostParts): boolean {
  const [l, s] = [parts.get(long), parts.get(short)];
  if (!l || !s || long === short || l.role !== s.role) return false;
  if (!l.organization.endsWith(s.organization) || !NAMED_PLACE.test(s.organization)) return false;
  return HIGHER_AREAS.test(l.organization.slice(0, -s.organization.length));
}
/** A body opening with a place's own name: 北河镇党委, 江口县政府, 东城街道办事处. */
const NAMED_PLACE = /^\p{Script=Han}{2,6}?(?:镇|乡|街道|县|区|市)/u;
/** The provinces, cities and counties printed before a lower place: 湖北省通城县, 某市某区. */
const HIGHER_AREAS =
  /^(?:\p{Script=Han}{2,7}?(?:省|自治区))?(?:\p{Script=Han}{1,7}?(?:市|州|盟))?(?:\p{Script=Han}{1,7}?(?:县|区|旗))?$/u;

let aliasGroups: Map<string, string[]> | undefined;
/**
 * A body's name and the forms the alias table prints it by: the long title names its body by the
 * canonical name (全国人大财政经济委员会) while the short one keeps the printed short form (财经委,
 * the end of 全国人大财经委): dups26, a second node once the table named the committees whole.
 */
function printedForms(body: string): string[] {
  aliasGroups ??= new Map(gazetteer().orgAliases.flatMap((group) => group.map((n) => [n, group])));
  return aliasGroups.get(body) ?? [body];
}

/**
 * What the long title prints before the short one: a country alone or with its parliament
 * (塞内加尔, 马来西亚国会, 尼泊尔联邦议会) or a party's standing (加拿大反对党), or a national body
 * (全国人大). Anything longer is a
 * clause the title parser left (某国各界人士高度评价中国 + 国家主席: no office of that country).
 */
function printedBefore(prefix: string): boolean {
  if (NATIONAL_BODY.test(prefix) && NATIONAL_BODY.exec(prefix)![0] === prefix) return true;
  const country = countryAtStart(prefix);
  return country !== undefined && PARLIAMENT.test(prefix.slice(country.length));
}
/** China's two special administrative regions, printed whole (香港特别行政区) or short (香港特区). */
const SPECIAL_REGION = /^(?:香港|澳门)(?:特别行政区|特区)$/;
/** What may stand between the country and the short title's body: its parliament or government,
 * or the party's place in it (加拿大反对党新民主党领袖 and 新民主党领袖: one leader; dups26, two
 * nodes on the cctv24z annotation). */
const PARLIAMENT = /^(?:|国会|议会|联邦议会|国民议会|政府|(?:最大|主要)?(?:反对党|在野党|执政党))$/;
