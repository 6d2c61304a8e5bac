/**
 * 瑶海报 … 一行来区调研，区委书记某某会见…对我区…: a district's or county's own paper speaks of
 * its home by the short form (瑶海, 沭阳: 在沭期间, 来沭阳考察) and writes its offices bare. The
 * gazetteer leaves county short forms out (涪城, 游仙 are too often words), so such a page named
 * no 区 or 县 and its bare titles stayed bare, one node shared by every county's pages. The
 * page's home is that county where the page speaks as a county's paper (我区, 区领导, 来区; 我县,
 * 县领导) and names no county of that level in full, and prints one county's short form as its
 * outlet (瑶海报, 沭阳融媒) or twice; a short form that is a common word (新华 of 新华社, 朝阳,
 * 和平) or held by several counties none of whose cities the page names says nothing.
 */
import { gazetteer, type DistrictEntry } from '../gazetteer/index.ts';
import { literalMatcher, type Mention } from './mentions.ts';
import { districtInfo } from './places.ts';
import { dictionaryFrequency } from '../text/segmenter.ts';
import { COUNTY_SHORT_WORD } from './frequency-thresholds.ts';

const g = gazetteer();

/** How a county's paper speaks of its county, per level word. */
const VOICE: Record<string, RegExp> = {
  区: /我区|本区|区领导|来区|区四套班子/,
  县: /我县|本县|县领导|来县|县四套班子/,
};
/** A short form opening a paper's or a station's name, near the top: the page's own outlet. */
const OUTLET = /^(?:报|日报|融媒|发布|新闻网|电视台|广播电视台|在线)/;

/** Per level word, the counties by their names without it (瑶海 → 瑶海区), rare words only. */
const byShort = new Map<string, Map<string, DistrictEntry[]>>([
  ['区', new Map()],
  ['县', new Map()],
]);
for (const d of g.districts) {
  if (!['district', 'county'].includes(d.level)) continue;
  const level = d.name.at(-1)!;
  const short = d.name.slice(0, -1);
  const forms = byShort.get(level);
  if (!forms || short.length < 2 || dictionaryFrequency(short) > COUNTY_SHORT_WORD) continue;
  forms.set(short, [...(forms.get(short) ?? []), d]);
}
const matchers = new Map(
  [...byShort].map(([level, forms]) => [level, literalMatcher(forms.keys())]),
);

/** The county a short form names on this page: the only one, or the only one whose city it names. */
function countyOf(entries: DistrictEntry[], text: string): DistrictEntry | undefined {
  if (entries.length === 1) return entries[0];
  const named = entries.filter((d) => {
    const city = d.parent && districtInfo(d.parent);
    return !!city && [city.name, ...city.aliases].some((n) => n.length >= 2 && text.includes(n));
  });
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The page's home county named by its short form, as a district mention at its first printing,
 * or none. `mentions` are the page's: a county of the level named in full is the story's already.
 */
export function shortFormHome(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const [level, forms] of byShort) {
    if (!VOICE[level]!.test(text)) continue;
    if (mentions.some((m) => m.type === 'district' && m.name.endsWith(level))) continue;
    const found = new Map<string, { start: number; count: number; outlet: boolean }>();
    const matcher = matchers.get(level)!;
    for (let i = 0; i < text.length; i++) {
      const short = matcher.at(text, i);
      if (!short) continue;
      const seen = found.get(short) ?? { start: i, count: 0, outlet: false };
      seen.count++;
      seen.outlet ||= i < 200 && OUTLET.test(text.slice(i + short.length));
      found.set(short, seen);
      i += short.length - 1;
    }
    const homes = [...found].filter(([, s]) => s.count >= 2 || s.outlet);
    if (homes.length !== 1) continue;
    const [short, seen] = homes[0]!;
    const county = countyOf(forms.get(short)!, text);
    if (!county) continue;
    const facts: Record<string, string> = { level: county.level };
    if (county.parent) facts.parent = county.parent;
    const end = seen.start + short.length;
    out.push({
      type: 'district',
      name: county.name,
      surface: short,
      start: seen.start,
      end,
      facts,
    });
  }
  return out;
}

/** The page's mentions with its home county named by its short form, in the order printed. */
export function withShortFormHome(text: string, mentions: Mention[]): Mention[] {
  const home = shortFormHome(text, mentions);
  return home.length ? [...mentions, ...home].sort((a, b) => a.start - b.start) : mentions;
}
