/**
 * A body or a place that launches, deploys, issues or approves a program, with the program's name
 * running to the end of the clause: 民政部部署开展慈善组织检查和执法专项行动, 上海启动稳岗留工送温暖
 * 和春季促进就业专项行动, 北京发布促进无人机创新发展行动方案, 国务院批复某地深化某某改革总体方案.
 * The news prints this as a headline item and as the first clause of its story. The clause says
 * who does what, so the name is all that follows the verb, verbs (促进, 推进, 组织) and 和 inside it
 * too: the other rules cut such a name at its last verb or at 和 (recall38, issue 13: five
 * strategy-days of the development annotations, cctv22x, 24y, 24z, 25q).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { programByForm, type Mention } from './mentions.ts';

/** Who launches: a body (民政部, 八部门, 国务院, 市场监管总局) or the country. */
const BODY = /(?:部|委|局|署|办|院|厅|部门|政府|总局|我国|全国|国家)$/;
/** …or a province or a city by its name (上海, 北京市). */
const places = new Set(
  gazetteer()
    .districts.filter((d) => d.level === 'province' || d.level === 'city')
    .flatMap((d) => [d.name, ...d.aliases]),
);
const LAUNCH = issuerClause({
  issuer: '[^，。；：、！？\\s“”《》（）*0-9]',
  manner: '(?:联合)?',
  verbs: '启动实施|部署开展|启动|印发|发布|出台|批复',
  name: '[^，。；：、！？\\s“”《》（）*]{6,30}?(?:专项行动|行动方案|实施方案|总体方案|行动|工程|计划|专项整治)',
});
/** A kind or a count of programs (一批, 新一轮, 系列, 多项), or a year's round: not one name. */
const KIND = /^(?:一批|新一轮|新一批|一系列|系列|多项|各项|相关|有关|年度|[0-9]{4}年)/;

export function launchedPrograms(text: string): Mention[] {
  if (!/启动|部署开展|印发|发布|出台|批复/.test(text)) return [];
  const out: Mention[] = [];
  for (const { name: printed, end } of issuedNames(text, LAUNCH)) {
    // 部署开展为期3个月的某某专项行动 (prog57): how long it runs is no part of the name.
    const name = printed.replace(/^为期[^，。；的]{1,8}的/, '');
    if (!KIND.test(name)) out.push(programEndingAt(name, end, name.slice(-2)));
  }
  return out;
}

/**
 * A clause that says who issues or launches what: the issuer (a run of 2 to 12 characters), words
 * of manner, a verb of issuing, 了, then the name up to the clause's end. The launched programs
 * here and the issued documents (issued-documents.ts) are read by this one shape; they differ in
 * its parts and in what they make of the name.
 */
export function issuerClause(part: {
  issuer: string;
  manner: string;
  verbs: string;
  name: string;
}): RegExp {
  return new RegExp(
    `(?<=^|[，。；：！？\\s）*])(${part.issuer}{2,12}?)${part.manner}(?:${part.verbs})了?(${part.name})(?=[，。；！？*]|$)`,
    'gmu',
  );
}

/** Each name of such a clause whose issuer is a body or a place (whoLaunches), and where it ends. */
export function* issuedNames(
  text: string,
  clause: RegExp,
): Generator<{ name: string; end: number }> {
  for (const m of text.matchAll(clause))
    if (whoLaunches(m[1]!)) yield { name: m[2]!, end: m.index + m[0].length };
}

/** A body (民政部, 八部门), the country or a province or a city by its name: who issues. */
function whoLaunches(who: string): boolean {
  return BODY.test(who) || places.has(who) || /^\p{Script=Han}{1,3}部门$/u.test(who);
}

/** The program mention of a name printed up to `end` (shared by the launched and designated readers). */
export function programEndingAt(name: string, end: number, kind: string): Mention {
  return programByForm(name, name, end - name.length, kind);
}
