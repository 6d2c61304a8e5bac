/**
 * Program-shaped names that independent annotators of issue 13 judge junk on fresh news, where no
 * earlier rule was tuned (prog39): a working method or a one-per-unit slogan, an 'X强国' goal
 * named as a works and a platform described by what it does. A quoted practice set up as a
 * mechanism (“服务管家”机制) is left: the specs keep “某某”推进机制 and “某某”长效机制. Gazetteer
 * names are never refused here (isEventOrIdiom checks them first): the layouts (五位一体总体布局)
 * and 依法治军战略 are kept by most annotations and stay.
 */
import type { Mention } from './mentions.ts';

/**
 * “五先工作法”, 某某工作法: a way of doing the work (junk in cctv24z); “一业一方案”, 一园一策: one plan
 * per unit, many plans and none named (a reform of that shape, “一业一证”改革, ends with 改革).
 */
const METHOD = /工作法$|^一\p{Script=Han}{1,2}一(策|方案|案|档)$/u;
/**
 * 品牌强国工程, 质量强国行动: an 'X强国' goal is junk in every annotation (cctv23y); named as a works or
 * an action it is still the goal (网络强国战略, 人才强国战略 are printed as strategies and stay).
 */
const POWER_GOAL = /强国(工程|行动)$/;
/**
 * “秦岭创”创新驱动平台, 共享农机具平台: a platform is a facility or a website, junk in every annotation
 * that meets one (cctv25w, cctv22u, cctv25q); a coined name quoted whole before 平台 (“某某通”平台) is
 * the one kind the seeds' golds keep, so only a platform described beyond its quote, or printed
 * without one, is refused. A title in 《》 may name a platform's rules and is left alone.
 */
const COINED_PLATFORM = /^[“"‘「][^”"’」]+[”"’」]平台$/;

export function doctrineOrMethod(m: Mention): boolean {
  if (METHOD.test(m.name) || POWER_GOAL.test(m.name)) return true;
  return /平台$/.test(m.name) && !m.surface.startsWith('《') && !COINED_PLATFORM.test(m.surface);
}
