/**
 * Gazetteers: general knowledge kept as data files beside this module (each names its source).
 * Loaded once, lazily; nothing here is specific to any article.
 */
import { readFileSync } from 'node:fs';

const here = (name: string) => new URL(`./${name}`, import.meta.url);

function words(name: string): string[] {
  return readFileSync(here(name), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .flatMap((l) => l.split(/\s+/))
    .filter(Boolean);
}

function json<T>(name: string): T {
  return JSON.parse(readFileSync(here(name), 'utf8')) as T;
}

export interface DistrictEntry {
  name: string;
  level: 'province' | 'city' | 'district' | 'county' | 'autonomous-county' | 'new-area';
  parent?: string;
  aliases: string[];
}

interface DistrictsFile {
  provinces: string[][];
  cities: Record<string, string[]>;
  chongqing: Record<string, (string | string[])[]>;
  ambiguousShortForms: string[];
}

export interface Lexicon {
  speechVerbs: string[];
  nameFollowers: string[];
  bylineRoles: Record<string, string>;
  parkSuffixes: string[];
  programSuffixes: string[];
  genericProgramNames: string[];
}

export interface Gazetteer {
  surnames: Set<string>;
  compoundSurnames: Set<string>;
  roles: Set<string>;
  orgInternal: string[];
  orgAliases: string[][];
  industries: string[];
  /** Broad groupings of sectors (制造业, 现代服务业): never an industry themselves. */
  industryCategories: string[];
  districts: DistrictEntry[];
  ambiguousShortForms: Set<string>;
  lexicon: Lexicon;
}

let cached: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  return (cached ??= load());
}

function load(): Gazetteer {
  const surnameWords = words('surnames.txt');
  const districtsFile = json<DistrictsFile>('districts.json');
  return {
    surnames: new Set(surnameWords.filter((s) => s.length === 1)),
    compoundSurnames: new Set(surnameWords.filter((s) => s.length === 2)),
    roles: new Set(words('roles.txt')),
    orgInternal: words('org-internal.txt'),
    orgAliases: json<{ groups: string[][] }>('org-aliases.json').groups,
    industries: words('industries.txt'),
    industryCategories: words('industry-categories.txt'),
    districts: readDistricts(districtsFile),
    ambiguousShortForms: new Set(districtsFile.ambiguousShortForms),
    lexicon: json<Lexicon>('lexicon.json'),
  };
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
