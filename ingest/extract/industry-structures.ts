/**
 * lstrat48 (issue 13): a city's industries counted into a structure — 构建“3+2”现代产业体系,
 * “1+N”产业集群 — name which sectors it grows, not a programme carried out (lstrat48-l junks it, as
 * prog46-l junks 六大产业链 and the national annotations a bare …体系: 一老一小服务体系, cctv25r).
 */
import type { Mention } from './mentions.ts';

const COUNTED_INDUSTRIES =
  /^[0-9一二三四五六七八九十两+＋N]+(?:现代化?|主导|特色|优势|新兴)?(?:产业|工业|制造业)(?:体系|集群|格局)$/u;

export function countedIndustries(m: Mention): boolean {
  return /[0-9+＋]/.test(m.name) && COUNTED_INDUSTRIES.test(m.name);
}
