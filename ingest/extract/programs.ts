/** Programs: named plans, actions, projects, policies, mechanisms and strategies, quoted or titled
 * (“满天星”行动, 《…规划》, “科学政务帮2.0”) or unquoted, ending in 计划/工程. */
import type { Mention } from './mentions.ts';
import { carriedOutPrograms } from './carried-out.ts';
import { chiefSystems } from './chief-systems.ts';
import { launchedPrograms } from './launched-names.ts';
import { designatedPilots } from './designated-pilots.ts';
import { pilotLaunches } from './pilot-launches.ts';
import { strategyForms } from './strategy-forms.ts';
import { spatialLayouts } from './spatial-layouts.ts';
import { foreignOwned, visionsAndCensuses } from './national-visions.ts';
import { named } from './named-programs.ts';
import { isEventOrIdiom } from './not-programs.ts';
import { describedKind, joinedFragment } from './program-starts.ts';
import { declaredShortNames, oneNodePerProgram } from './program-nodes.ts';
import { isSlogan, programLookalike } from './program-lookalikes.ts';
import { programFragment } from './program-fragments.ts';
import { programStance } from './program-stances.ts';
import { programKind } from './program-kinds.ts';
import { describedNotNamed } from './program-descriptions.ts';
import {
  afterLastVerb,
  cutInsideList,
  EDITIONS,
  endsName,
  joinedStart,
  listTail,
  OBJECT_VERB,
  programNameStart as nameStart,
  QUANTITY,
  withGuidingPhrase,
  withParallelTasks,
} from './program-extent.ts';
import {
  contrastedSlogans,
  meetingBodies,
  numberedPlans,
  oneNamePerQualifier,
  pilotOfPlan,
  oneNamePerQuote,
  outermost,
} from '../resolve/story-programs.ts';
import { program } from './program-mention.ts';
import { titled } from './titled-programs.ts';
import { quotedListHeads } from './quoted-list-heads.ts';
import { cleanUpCampaigns } from './clean-up-campaigns.ts';
import { periodOnlyActions } from './period-only-actions.ts';
import { listedProgrammes } from './listed-programmes.ts';
import { titleCreations } from './title-creations.ts';
import { bareQuoted, quoted } from './quoted-programs.ts';
import { themeYears } from './theme-years.ts';
import { countyCampaigns } from './county-campaigns.ts';
import { localPlans } from './local-plans.ts';

// pjunk59: a campaign named for its hundred days' push (某某百日攻坚, without 行动) is printed so too.
const UNQUOTED =
  /(行动计划|行动方案|发展规划|计划|工程|行动|示范项目|工厂项目|系统项目|中心项目|百日攻坚(?![行战]))/g;

const MEASURE = /[0-9.]+(?:米|公里|千米|亩|平方米|平方公里|公顷|吨)$/;

export function findPrograms(text: string): Mention[] {
  // An event's quoted name (“某某”纪念活动) does not make the bare quote a program.
  const slogans = new Set([...contrastedSlogans(text), ...meetingBodies(text)]);
  const notProgram = (m: Mention) =>
    isEventOrIdiom(m) ||
    isSlogan(m, slogans) ||
    programLookalike(text, m) ||
    programFragment(text, m) ||
    programStance(text, m) ||
    programKind(text, m) ||
    describedNotNamed(text, m);
  const fromQuotes = quoted(text).filter((m) => !notProgram(m));
  const all = oneNodePerProgram([
    ...named(text),
    ...titled(text),
    ...fromQuotes,
    ...bareQuoted(text, fromQuotes),
    ...unquoted(text),
    ...chiefSystems(text),
    ...carriedOutPrograms(text),
    ...launchedPrograms(text),
    ...designatedPilots(text),
    ...pilotLaunches(text),
    ...visionsAndCensuses(text),
    ...strategyForms(text),
    ...spatialLayouts(text),
    ...cleanUpCampaigns(text),
    ...listedProgrammes(text),
    ...titleCreations(text),
    ...themeYears(text),
    ...countyCampaigns(text),
    ...localPlans(text),
  ]);
  const found = periodOnlyActions(text, declaredShortNames(text, all)).filter(
    (m) => !notProgram(m),
  );
  const listed = quotedListHeads(text, found, notProgram);
  const one = oneNamePerQuote(oneNamePerQualifier(numberedPlans(outermost([...found, ...listed]))));
  return foreignOwned(text, pilotOfPlan(one));
}

function unquoted(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(UNQUOTED)) {
    const end = m.index + m[0].length;
    if (/[”"》]/.test(text[m.index - 1] ?? '')) continue;
    if (!endsName(text.slice(end, end + 12), m[1]!)) continue;
    // lstrat58: 完成总投资计划的80%: a share of a planned sum done, no program.
    if (/^的?[0-9.]+\s*[%％]/.test(text.slice(end, end + 10))) continue;
    let start = withGuidingPhrase(text, nameStart(text, m.index, m[1] === '发展规划' ? 20 : 16));
    if (text[start - 1] === '等') continue; // "A、B等重大研发计划": the category of a list
    if (joinedFragment(text, start)) {
      start = joinedStart(text, start) ?? -1;
      if (start < 0) continue;
    }
    // “某号”2.0版示范工程: the words after a quoted name describe it (the quote rules read it).
    if (/[”"’」]/.test(text[start - 1] ?? '')) continue;
    // 在…大局下行动, 在实践中行动, 在…战线上行动: 行动 is the verb of the clause.
    if (m[1] === '行动' && /[下中上]$/.test(text.slice(0, m.index))) continue;
    // 允许某国在某国境内自由行动 (cctv37a): after an adverb of manner 行动 is the verb, to act.
    if (
      m[1] === '行动' &&
      /(自由|随意|擅自|单独|独自|迅速|立即|果断)$/.test(text.slice(0, m.index))
    )
      continue;
    // 实施4期国家人权行动计划: a count of editions or rounds before the name is how often, not which.
    const name = afterLastVerb(text.slice(start, end)).replace(EDITIONS, '');
    // 购买某国战机计划, 强制迁移某地民众计划: a plan to do something to an object, no program;
    // 访问某国期间计划…: a clause of time.
    if (OBJECT_VERB.test(text.slice(0, end - name.length)) || /期间|之际/.test(name)) continue;
    // 采取更多升级行动: a quantity before the name makes it a kind of action (更 may be cut off).
    const head = end - name.length;
    if (QUANTITY.test(text.slice(0, head)) || QUANTITY.test(text.slice(0, head + 1))) continue;
    // lstrat61: 某大道绿化7.5米改造提升工程: a measure before the name says how large the works on a
    // thing described are; what follows is their kind, no name.
    if (MEASURE.test(text.slice(0, head))) continue;
    if (describedKind(text.slice(Math.max(0, head - 24), head), name)) continue;
    if (cutInsideList(text, head)) continue;
    // 作为某省重大文化惠民工程，新馆…: what a thing counts as (a major works of a kind), no name.
    if (text.slice(head - 2, head) === '作为' && /重大|重点/.test(name)) continue;
    // 某通道是又一超级工程: 又一 counts one more of a kind, no name.
    if (name.startsWith('一') && text[head - 1] === '又') continue;
    // 原计划, 该工程, 此项目, 的工程, 等工程, 比计划: a pointer, a particle, 等 or 比 before the
    // program word leaves a kind of program or a clause, no name.
    if (name.length - m[0].length < 3 || /(原|该|此|的|等|比)$/.test(name.slice(0, -m[0].length)))
      continue;
    const whole = withParallelTasks(text, head, name);
    if (whole === name && listTail(text.slice(Math.max(0, head - 16), head))) continue;
    const p = program(whole, whole, end - whole.length, m[1]!);
    if (p) out.push(p);
  }
  return out;
}
