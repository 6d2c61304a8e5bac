/**
 * Writes counties.json from the national division codes (GB/T 2260) as packaged in the
 * MIT-licensed @vant/area-data (not a dependency: `npm pack @vant/area-data@2.1.0`, unpack, and
 * pass the package folder). Run once when the divisions change:
 *   npx tsx ingest/gazetteer/build-counties.ts /tmp/area/package
 * Chongqing is left out (districts.json has it, with short forms), and so are Hong Kong, Macao
 * and Taiwan, development zones, two-character names and names that read as phrases.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

interface AreaList {
  province_list: Record<string, string>;
  city_list: Record<string, string>;
  county_list: Record<string, string>;
}

const SOURCE =
  'Prefecture-level units (with short forms) and county-level divisions (districts, counties, ' +
  'county-level cities, autonomous counties; full names only) of every province-level unit ' +
  'of mainland China except Chongqing (districts.json), after the national standard GB/T 2260 ' +
  'codes of the Ministry of Civil Affairs as packaged in the MIT-licensed @vant/area-data 2.1.0 ' +
  '(written by build-counties.ts). Left out: development and function zones, names of two ' +
  'characters (房县, 高县: they occur inside ordinary words), full names that read as phrases ' +
  '(新城区, 会同县, 市中区…) and short forms that are common words (来宾, 白银, 阿里). Also the ' +
  'national-level new areas of China (State Council approvals) and the Sichuan–Chongqing ' +
  'jointly run 川渝高竹新区. General knowledge; no article-specific data.';

/** Not administrative divisions: zones, parks, managed areas. */
const ZONE = /(开发区|管理区|示范区|高新区|新区|园区|工业区|实验区|合作区|保税区)$/;
/** Prefecture entries that only group directly administered counties. */
const GROUPING = /(直辖|行政单位)/;
/** Province codes left out: Chongqing (districts.json), Taiwan, Hong Kong, Macao. */
const LEFT_OUT = new Set(['50', '71', '81', '82']);

/**
 * Full names that read as phrases or words, or straddle common words, so that a match is more
 * often ordinary text than the place (中方, 会同, 大方, 长安; 城中区, 市中区: "the city centre").
 */
const PHRASES = new Set(
  (
    '公安县 天元区 永定区 中方县 会同县 三台县 朝天区 安居区 市中区 南部县 前锋区 理塘县 乡城县 ' +
    '得荣县 会理市 会东县 正安县 大方县 新城区 长安区 延长县 平利县 城中区 城东区 城西区 城北区 ' +
    '城南区 老城区 城区 和平区 解放区 红旗区 前进区 向阳区 东风区 平安区 新华区 胜利区 友好区 ' +
    '建华区 文化区 中心区 新市区 新兴区 永安市 合作市 开平市 开远市 安宁市 普兰县 大同区 ' +
    '阳明区 龙门县 海城市 新民市 兴城市 通化县 长乐区 上城区 下城区 城关区 郊区 矿区 东区 西区'
  ).split(' '),
);

/** Prefecture short forms that are common words (来宾 "guests", 白银 "silver", 阿里 Alibaba). */
const COMMON_SHORT = new Set(
  '来宾 白银 大同 朝阳 四平 北海 黄山 普洱 长治 日照 阿里 白山 黑河 兴安 吉林 海南'.split(' '),
);

const ETHNIC =
  /(藏族|羌族|彝族|布依族|苗族|侗族|土家族|傣族|景颇族|傈僳族|白族|哈尼族|壮族|回族|蒙古族|蒙古|哈萨克|柯尔克孜|朝鲜族|维吾尔|瑶族|黎族|畲族|仡佬族|水族)/;

/** [full name, short forms…] for a prefecture-level unit. */
function prefecture(name: string): string[] {
  if (name.endsWith('自治州')) {
    const stem = name.split(ETHNIC)[0]!;
    return [name, `${stem}州`];
  }
  const m = /^(.{2,}?)(市|地区|盟)$/.exec(name);
  const short = m?.[1];
  return short && !COMMON_SHORT.has(short) ? [name, short] : [name];
}

const keep = (name: string) => name.length > 2 && !ZONE.test(name) && !PHRASES.has(name);

function main(packageDir: string): void {
  const require = createRequire(import.meta.url);
  const { areaList } = require(join(packageDir, 'dist/index.cjs')) as { areaList: AreaList };
  const districts = JSON.parse(readFileSync(join(HERE, 'districts.json'), 'utf8')) as {
    cities: Record<string, string[]>;
  };
  const listedCities = new Set(Object.values(districts.cities).flat());
  const old = JSON.parse(readFileSync(join(HERE, 'counties.json'), 'utf8')) as {
    newAreas: Record<string, string[]>;
  };
  const prefectures: Record<string, string[][]> = {};
  const counties: Record<string, Record<string, string[]>> = {};
  for (const [code, province] of Object.entries(areaList.province_list)) {
    const p = code.slice(0, 2);
    if (LEFT_OUT.has(p)) continue;
    const cities = Object.entries(areaList.city_list).filter(([c]) => c.startsWith(p));
    for (const [cityCode, city] of cities) {
      const direct = GROUPING.test(city) || city === province;
      const parent = direct ? province : city;
      if (!direct && !listedCities.has(city) && !ZONE.test(city))
        (prefectures[province] ??= []).push(prefecture(city));
      const names = Object.entries(areaList.county_list)
        .filter(([c, n]) => c.startsWith(cityCode.slice(0, 4)) && keep(n))
        .map(([, n]) => n);
      if (names.length) ((counties[province] ??= {})[parent] ??= []).push(...names);
    }
  }
  const out = { source: SOURCE, prefectures, counties, newAreas: old.newAreas };
  writeFileSync(join(HERE, 'counties.json'), JSON.stringify(out, null, 1) + '\n');
  const n = Object.values(counties).reduce(
    (sum, c) => sum + Object.values(c).reduce((s, l) => s + l.length, 0),
    0,
  );
  console.log(`counties.json: ${Object.keys(counties).length} provinces, ${n} county-level names`);
}

main(process.argv[2] ?? '/tmp/area/package');
