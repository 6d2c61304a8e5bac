/**
 * A pilot a place is designated for: 作为长江流域某某转产转业工作试点, 获得国家某某循环利用试点的
 * 城市, 列入全国乡村“某某”建设试点县, 公布了两批国家某某试点名单. The verb of designation (作为,
 * 列入, 入选, 获得…) says a named pilot follows; the other pilot rules want a verb of carrying it
 * out (开展, 推进) and miss these (recall38, issue 13: five strategy-days of cctv22u, 24y, 24z).
 * A batch (首批, 第二批, 两批) counts the designations, so it is no part of the name, nor is the
 * 国家/全国 that qualifies the batch (国家首批某某试点县: the pilot is 某某试点). Not 入选 or 获批 (a
 * place chosen for a kind of pilots, named-programs.spec; the seeds' gold lists no 获批某某试点城市).
 */
import { canonicalName } from '../text/normalize.ts';
import type { Mention } from './mentions.ts';
import { programEndingAt } from './launched-names.ts';

const BATCH = '(?:首批|第[一二三四五六七八九十0-9]+批|[两三四五六七八九十0-9]+批)';
const DESIGNATED = new RegExp(
  `(?:作为|列入|列为|获得|成为|确定为|公布了?)(?:(?:全国|国家)?${BATCH})?` +
    '([^，。；：、《》\\s的在等]{4,24}?试点)(?=城市|县|区|镇|乡|街道|地区|单位|企业|名单|省份|的|[，。；、]|$)',
  'gu',
);
/**
 * recall42: 首批国家某某试点确定, 第二批某某试点名单公布: a headline (or a clause) that opens with a
 * batch of a pilot and says it is fixed designates that pilot too (the batch and 国家 are no part of
 * its name, as above).
 */
const BATCH_FIXED = new RegExp(
  `(?<=^|[，。；：！？\\s])${BATCH}(?:全国|国家)?([^，。；：、《》\\s的在等]{4,24}?试点)(?:名单)?(?:正式)?(?:确定|公布|出炉)(?=[，。；！？]|$)`,
  'gmu',
);
/** Words of a kind of pilot, no name of one (综合试点, 改革试点, 国家级试点). */
const GENERIC = /^(?:全国|国家|国家级|省级|综合|改革|创新|示范|相关|各类|一批|新一批)*试点$/;

export function designatedPilots(text: string): Mention[] {
  if (!text.includes('试点')) return [];
  const out: Mention[] = [];
  for (const m of [...text.matchAll(DESIGNATED), ...text.matchAll(BATCH_FIXED)]) {
    const name = m[1]!;
    if (GENERIC.test(canonicalName(name))) continue;
    out.push(programEndingAt(name, m.index + m[0].indexOf(name) + name.length, '试点'));
  }
  return out;
}
