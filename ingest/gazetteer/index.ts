/**
 * Gazetteers: general knowledge kept as data files beside this module (each names its source).
 * Loaded once, lazily; nothing here is specific to any article.
 */
import { readFileSync } from 'node:fs';
import { wordIndex, type WordIndex } from '../text/word-index.ts';

const here = (name: string) => new URL(`./${name}`, import.meta.url);

function words(name: string): string[] {
  return readFileSync(here(name), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .flatMap((l) => l.split(/\s+/))
    .filter(Boolean);
}

/** The words of each block of a file, blocks set apart by comment lines. */
function blocks(name: string): string[][] {
  const out: string[][] = [[]];
  for (const l of readFileSync(here(name), 'utf8').split('\n')) {
    if (l.startsWith('#')) {
      if (out.at(-1)!.length > 0) out.push([]);
    } else out.at(-1)!.push(...l.split(/\s+/).filter(Boolean));
  }
  return out.filter((b) => b.length > 0);
}

/** One group of words per line (comments and blank lines skipped). */
function lines(name: string): string[][] {
  return readFileSync(here(name), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .map((l) => l.split(/\s+/).filter(Boolean))
    .filter((l) => l.length > 0);
}

function json<T>(name: string): T {
  return JSON.parse(readFileSync(here(name), 'utf8')) as T;
}

export interface DistrictEntry {
  name: string;
  level: 'province' | 'city' | 'district' | 'county' | 'autonomous-county' | 'new-area';
  parent?: string;
  aliases: string[];
  /** Matched only where a word starts (full county names: 海城市 is not in 沿海城市). */
  wordStart?: boolean;
}

interface DistrictsFile {
  provinces: string[][];
  cities: Record<string, string[]>;
  chongqing: Record<string, (string | string[])[]>;
  ambiguousShortForms: string[];
}

/** County-level divisions of the neighbouring provinces, and new areas elsewhere (counties.json). */
interface CountiesFile {
  prefectures: Record<string, string[][]>;
  counties: Record<string, Record<string, string[]>>;
  newAreas: Record<string, string[]>;
}

export interface Lexicon {
  speechVerbs: string[];
  /** Words that close a name right after it: the meeting verbs and the words of lexicon.json. */
  nameFollowers: string[];
  /**
   * What an official does at a meeting, printed right after the name (通报, 列席, 陪同, 主持…):
   * they close a name (nameFollowers reads them) and make a three-character name whole before
   * them (name-before-predicate.ts). One list for both, so a verb added there serves each rule.
   */
  meetingVerbs: string[];
  bylineRoles: Record<string, string>;
  /** Canonical byline roles credited only with a label (一审：甲, 作者：乙), not in running text. */
  labelledOnlyRoles: string[];
  parkSuffixes: string[];
  programSuffixes: string[];
  genericProgramNames: string[];
}

export interface Gazetteer {
  surnames: Set<string>;
  compoundSurnames: Set<string>;
  roles: Set<string>;
  /** Occupations (村民, 工作人员): they introduce a person but make no post (occupations.txt). */
  occupations: Set<string>;
  /** Roles and occupations together: every word a title or a job description ends in. */
  roleWords: Set<string>;
  /** Who one is to a place, a product or an event (村民, 网友, 游客): no job, so no position. */
  communityRoles: Set<string>;
  /** Words that make a longer title in front of a role word (营销总监, 客户经理, 常务副院长). */
  positionModifiers: string[];
  /** Countries and regions (countries.txt): never a person's name. */
  countries: Set<string>;
  /** The states and blocs of countries.txt (its first block), without the foreign cities. */
  states: Set<string>;
  /** One-character short forms of countries (country-short.txt): 俄 → 俄罗斯; null where ambiguous. */
  countryShort: Map<string, string | null>;
  orgInternal: string[];
  orgAliases: string[][];
  /** Every printed name of the alias table → its group's canonical name (the group's first). */
  orgCanonical: Map<string, string>;
  industries: string[];
  /** Named strategies and programs: canonical name first, then other printed names. */
  programs: string[][];
  /** Broad groupings of sectors (制造业, 现代服务业): never an industry themselves. */
  industryCategories: string[];
  /** Ways of developing and public fields (绿色低碳, 公共服务): no trade, never an industry node. */
  notTrades: Set<string>;
  districts: DistrictEntry[];
  ambiguousShortForms: Set<string>;
  lexicon: Lexicon;
  /** The lexicon's speech verbs as one index: the people rules and the person filter share it. */
  speechVerbIndex: WordIndex;
  /** Words that follow a person's name (speech verbs, 带领, 介绍…) as one index, shared by the rules. */
  nameFollowerIndex: WordIndex;
}

let cached: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  return (cached ??= load());
}

function load(): Gazetteer {
  const surnameWords = words('surnames.txt');
  const file = json<Lexicon>('lexicon.json');
  const lexicon = { ...file, nameFollowers: [...file.nameFollowers, ...file.meetingVerbs] };
  const districtsFile = json<DistrictsFile>('districts.json');
  const orgAliases = json<{ groups: string[][] }>('org-aliases.json').groups;
  const roles = new Set(words('roles.txt'));
  const occupations = new Set([...words('occupations.txt'), ...words('community-roles.txt')]);
  return {
    surnames: new Set(surnameWords.filter((s) => s.length === 1)),
    compoundSurnames: new Set(surnameWords.filter((s) => s.length === 2)),
    roles,
    occupations,
    roleWords: new Set([...roles, ...occupations]),
    communityRoles: new Set(words('community-roles.txt')),
    positionModifiers: words('position-modifiers.txt'),
    countries: new Set(words('countries.txt')),
    states: new Set(blocks('countries.txt')[0]),
    countryShort: new Map(
      lines('country-short.txt').map(([c, full]) => [c!, full === '-' ? null : full!]),
    ),
    orgInternal: words('org-internal.txt'),
    orgAliases,
    orgCanonical: new Map(orgAliases.flatMap((group) => group.map((n) => [n, group[0]!] as const))),
    industries: words('industries.txt'),
    programs: [
      ...lines('programs.txt'),
      ...lines('programs-policies.txt'),
      ...lines('programs-measures.txt'),
      ...lines('programs-local.txt'),
      ...lines('programs-campaigns.txt'),
    ],
    industryCategories: words('industry-categories.txt'),
    notTrades: new Set(words('not-trades.txt')),
    districts: withAutonomousShortForms([
      ...readDistricts(districtsFile),
      ...readCounties(json<CountiesFile>('counties.json')),
    ]),
    ambiguousShortForms: new Set(districtsFile.ambiguousShortForms),
    lexicon,
    speechVerbIndex: wordIndex(lexicon.speechVerbs),
    nameFollowerIndex: wordIndex([...lexicon.nameFollowers, ...lexicon.speechVerbs]),
  };
}

/** The 55 minority nationalities (State Ethnic Affairs Commission), longer names first (土家, 土). */
const PEOPLES =
  '土家|维吾尔|蒙古|布依|朝鲜|哈尼|哈萨克|傈僳|东乡|仡佬|拉祜|纳西|仫佬|锡伯|柯尔克孜|景颇|达斡尔|' +
  '撒拉|布朗|毛南|塔吉克|普米|阿昌|鄂温克|基诺|德昂|保安|俄罗斯|裕固|乌孜别克|门巴|鄂伦春|独龙|赫哲|' +
  '高山|珞巴|塔塔尔|壮|回|满|苗|彝|藏|侗|瑶|白|黎|傣|畲|佤|水|羌|土|怒|京';
const AUTONOMOUS = new RegExp(`^(\\p{Script=Han}{2,}?)(?:(?:${PEOPLES})族?)+自治([州县旗])$`, 'u');

/**
 * 湘西州 for 湘西土家族苗族自治州, 靖州县 for 靖州苗族侗族自治县, 莫力达瓦旗: an autonomous area is
 * printed by its place name and level word without its peoples, as GB/T 2260's short names of the
 * prefectures (counties.json: 黔南州, 凉山州, 伊犁州) all are. Not where the place name is another
 * area's name or short form (河南蒙古族自治县: 河南县域 is 河南省's; 本溪满族自治县 and 本溪市), nor
 * where that short form is printed for another area already.
 */
function withAutonomousShortForms(districts: DistrictEntry[]): DistrictEntry[] {
  const taken = new Set(districts.flatMap((d) => [d.name, ...d.aliases]));
  return districts.map((d) => {
    const m = AUTONOMOUS.exec(d.name);
    const short = m ? m[1]! + m[2]! : wingBannerShortForm(d.name);
    if (!short || d.aliases.includes(short) || taken.has(short) || (m && taken.has(m[1]!)))
      return d;
    return { ...d, aliases: [...d.aliases, short] };
  });
}

/**
 * 科左中旗 for 科尔沁左翼中旗, 察右后旗 for 察哈尔右翼后旗: Inner Mongolia's banners of a wing
 * (左翼/右翼, then 前/中/后) are printed by the first character of the old league's name, the
 * wing's side and the banner's place (the short names the region's own pages and GB/T 2260 use).
 * Without it a sumu's page naming its banner so named no banner, and its bare 旗 titles none.
 */
function wingBannerShortForm(name: string): string | undefined {
  const m = /^(\p{Script=Han})\p{Script=Han}+([左右])翼([前中后])旗$/u.exec(name);
  return m ? m[1]! + m[2]! + m[3]! + '旗' : undefined;
}

function shortForm(name: string): string[] {
  const m = /^(.{2,}?)(省|市|区|县)$/.exec(name);
  return m ? [m[1]!] : [];
}

function readDistricts(file: DistrictsFile): DistrictEntry[] {
  const out: DistrictEntry[] = [];
  for (const [name, ...aliases] of file.provinces)
    out.push({ name: name!, level: 'province', aliases });
  for (const [province, cities] of Object.entries(file.cities))
    for (const name of cities)
      out.push({ name, level: 'city', parent: province, aliases: shortForm(name) });
  for (const [level, entries] of Object.entries(file.chongqing)) {
    for (const entry of entries) {
      const [name, ...aliases] = typeof entry === 'string' ? [entry] : entry;
      const all = level === 'new-area' ? aliases : [...aliases, ...shortForm(name!)];
      out.push({
        name: name!,
        level: level as DistrictEntry['level'],
        parent: '重庆市',
        aliases: all,
      });
    }
  }
  return out;
}

function countyLevel(name: string): DistrictEntry['level'] {
  if (name.endsWith('自治县')) return 'autonomous-county';
  if (name.endsWith('县')) return 'county';
  return name.endsWith('市') ? 'city' : 'district';
}

/**
 * 禄丰县 for 禄丰市: most county-level cities were counties until made cities (撤县设市; the
 * gazetteer lists today's names), and older pages print the county; its name is the city's alias
 * unless a county of that name still exists (lthings56).
 */
let countyNames: Set<string> | undefined;
function formerCounty(name: string): string[] {
  if (!/^\p{Script=Han}{2,}市$/u.test(name)) return [];
  const county = name.replace(/市$/, '县');
  return countyNames?.has(county) ? [] : [county];
}

/**
 * Full names only: county short forms (涪城, 游仙) are too often ordinary words. A name held by
 * several counties (鼓楼区, 朝阳区) gets no parent: the text alone does not say which.
 */
function readCounties(file: CountiesFile): DistrictEntry[] {
  const out: DistrictEntry[] = [];
  for (const [province, list] of Object.entries(file.prefectures))
    for (const [name, ...aliases] of list)
      out.push({ name: name!, level: 'city', parent: province, aliases });
  const seen = new Map<string, number>();
  for (const cities of Object.values(file.counties))
    for (const names of Object.values(cities))
      for (const name of names) seen.set(name, (seen.get(name) ?? 0) + 1);
  countyNames = new Set(seen.keys());
  for (const cities of Object.values(file.counties))
    for (const [parent, names] of Object.entries(cities))
      for (const name of names) {
        if (seen.get(name) === 0) continue; // the first of a shared name stands for all
        const shared = seen.get(name)! > 1;
        seen.set(name, 0);
        const entry = {
          name,
          level: countyLevel(name),
          aliases: formerCounty(name),
          wordStart: true,
        };
        out.push(shared ? entry : { ...entry, parent });
      }
  for (const [parent, names] of Object.entries(file.newAreas))
    for (const name of names) out.push({ name, level: 'new-area', parent, aliases: [] });
  return out;
}

/** The longest country or region (2–6 characters) the string starts with, if any (美国国会 -> 美国). */
export function countryAtStart(s: string): string | undefined {
  const { countries } = gazetteer();
  for (let n = Math.min(6, s.length); n >= 2; n--)
    if (countries.has(s.slice(0, n))) return s.slice(0, n);
  return undefined;
}
