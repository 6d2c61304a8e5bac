/**
 * Checks on the names findPeople has gathered, by their printed surroundings: a name cut out of a
 * longer foreign name (朔|列茨称, 卡列|日诺今天), a name with a function word glued to its end (某某作的
 * 报告, 某某在主席台), a foreign place or a body taken for a speaker (白宫称, 某军称), a place read
 * by sight (某某地区, 在某某以南), and the checks of ./titled-words.ts (words after a title, a rare
 * surname by sight: 商超, 古柏). Written by hand: general rules of news style, no names listed.
 */
import { townElsewhere } from './home-and-town-names.ts';
import { afterSolarTerm } from './role-name-frames.ts';
import { classicalClauseAt } from './classical-clauses.ts';
import { isForeignPlace } from './transliterations.ts';
import { type Found, withStoryNames } from './story-names.ts';
import { placeBySight } from './place-by-sight.ts';
import { listedWithName, termBySight, wordBySight } from './sight-terms.ts';
import { withSoundsRunOn } from './name-edges.ts';
import { sentMessage } from './owned-after-title.ts';
import { sideAfterPreposition, wholeCountry } from './country-given-names.ts';
import { inThingContext } from './thing-contexts.ts';
import { phraseNotName, withoutVerbEnd } from './phrase-names.ts';
import { beforeResidence } from './leader-titles.ts';
import { phraseRunItem } from './parallel-phrases.ts';
import { wordNotName } from './word-names.ts';
import { pieceNotName } from './phrase-pieces.ts';
import { wordCutAtEnd } from './word-cut-end.ts';
import { appointedAsEnd, plantBySight, runOn, setPhrasePiece } from './name-runs.ts';
import {
  countryPair,
  countrySide,
  pairWithChina,
  quotedSlogan,
  withoutWifeTitle,
} from './news-forms.ts';
import { wordAfterTitle } from './news-forms.ts';
import { saidInPlace } from './localizer-names.ts';
import { runsIntoNextName, soundsToDate } from './name-runs.ts';
import { setPhraseName } from './set-phrase-names.ts';
import { ownsFirmUnit } from './owned-units.ts';
import { beforeScore, beforeTogether, slavicEnding, slavicTail } from './name-tails.ts';
import { clauseWord, withoutClauseEnd } from './clause-words.ts';
import { rareShortName, titledWords } from './titled-words.ts';
import { sightPiece } from './sight-pieces.ts';
import { beforeZoneWord } from './zone-name-parts.ts';
import { BODY_AS_NAME } from './name-frame.ts';
import { besideThingWord, inListOfThings, sectorWord, substanceWord } from './things-lists.ts';
import { tibetanAfterName } from './tibetan-names.ts';
import { cutFourCharacterName } from './four-character-cuts.ts';
import {
  GROUP_TITLE,
  LISTED,
  PREPOSITION_FIRST,
  SIDE,
  TITLE_IN_NAME,
  coordinatedAdjective,
  countedGroup,
  cutAtEnd,
  cutAtStart,
  foreignish,
  inShortTitle,
  otherSide,
  sideBeforeTitle,
  titleOfNext,
  withoutGluedEnd,
} from './false-name-tests.ts';

/**
 * The findings with the checks above applied: cut and place names dropped, glued function words
 * cut off. `via` 'sight' covers every name found without a title, verb or caption beside it.
 */

export function withoutFalseNames<F extends Found>(text: string, found: F[]): F[] {
  // Cut names made whole and places read as names dropped, by the rest of the story.
  const findings = withStoryNames(text, found).flatMap((f) => withSoundsRunOn(text, f) ?? []);
  const named = new Set(findings.map((f) => f.name));
  // A run of names printed without separators (甲乙丙): a name may start where one ends.
  const ends = new Set(findings.filter((f) => !foreignish(f.name)).map((f) => f.end));
  // A side is no name (某某等代表非方发言: 代表 is no title of a next person there).
  const sides = (g: Found) => SIDE.test(g.name) || otherSide(text, g.name);
  const starts = new Set(findings.filter((g) => !sides(g)).map((g) => g.start));
  const byEnd = new Map<number, F[]>();
  for (const g of findings) {
    const list = byEnd.get(g.end);
    if (list) list.push(g);
    else byEnd.set(g.end, [g]);
  }
  const out: F[] = [];
  for (const found of findings) {
    // 主席夫人娜丽: 夫人 is the wife's title, not her name's first sounds (news-forms.ts).
    const f = withoutWifeTitle(found);
    if (!f) continue;
    if (f.via === 'caption' || f.via === 'roll-call') {
      out.push(f);
      continue;
    }
    const toDate = soundsToDate(text, f) ?? slavicEnding(text, f) ?? slavicTail(text, f);
    if (toDate) {
      out.push({ ...f, name: toDate, end: f.start + toDate.length });
      continue;
    }
    if (cutAtEnd(text, f) || sentMessage(text, f)) continue;
    // 安其居，乐其业; 居其位、谋其政: a classical clause and its twin (./classical-clauses.ts).
    if (f.name.length === 3 && f.name[1] === '其' && classicalClauseAt(text, f.start)) continue;
    // 国王甲-乙, 大使甲乙都、: a foreign name goes on after a hyphen or an adverb (people34).
    const run = runOn(text, f);
    if (run === null) continue;
    if (run) {
      out.push({ ...f, name: run, end: f.start + run.length });
      continue;
    }
    // 向某某同志的遗体鞠躬: a preposition before a name the story reads on its own.
    if (f.name.length === 3 && PREPOSITION_FIRST.test(f.name) && named.has(f.name.slice(1)))
      continue;
    if (f.via !== 'sight' && titledWords(text, f)) continue;
    // 广大党员干部闻汛而动: a title of the many (广大, 全体, 各级) names a group, no one after it.
    if (f.via === 'post' && GROUP_TITLE.test(text.slice(Math.max(0, f.start - 10), f.start)))
      continue;
    if (f.via === 'sight' && afterSolarTerm(text, f.start)) continue; // 三候，苦菜秀、…麦秋至
    if (SIDE.test(f.name) || TITLE_IN_NAME.test(f.name) || BODY_AS_NAME.test(f.name)) continue;
    if (wordCutAtEnd(text, f)) continue;
    // 某某代表乌干达政府: a country of the tables is never a person, whatever title precedes it.
    if (isForeignPlace(f.name) || sideBeforeTitle(text, f)) continue;
    if (beforeResidence(text, f.end)) continue; // 在某某总理官邸: the capital (leader-titles.ts)
    if (otherSide(text, f.name) || inShortTitle(text, f)) continue;
    if (sideAfterPreposition(text, f) || wholeCountry(f)) continue;
    if (inThingContext(text, f) || (f.via === 'speech' && saidInPlace(f))) continue;
    if (countedGroup(text, f.name)) continue;
    // 阿方表示, 斯匈总理会面, 总统任期, “万企兴万村”: forms of news writing (news-forms.ts).
    if (countrySide(text, f) || countryPair(text, f) || wordAfterTitle(text, f)) continue;
    if (pairWithChina(text, f)) continue; // 韩中建交以来: Korea and China
    if (quotedSlogan(text, f) || setPhraseName(text, f) || clauseWord(text, f)) continue;
    if (phraseNotName(text, f) || wordNotName(text, f) || pieceNotName(f)) continue;
    if (f.via !== 'post' && termBySight(text, f, listedWithName(text, f, starts, ends))) continue;
    if (f.via === 'sight' && titleOfNext(text, f, starts)) continue;
    if (f.via === 'sight') {
      // In a list of names a neighbour is a name too (甲、乙); 餐饮、康养 is a list of things.
      const listed =
        (LISTED.test(text[f.start - 1] ?? '') && starts.has(f.end + 1)) ||
        // 甲及前锋乙: the next item may carry its title before the name.
        (LISTED.test(text[f.end] ?? '') && [1, 2, 3, 4, 5].some((k) => starts.has(f.end + k))) ||
        (LISTED.test(text[f.start - 1] ?? '') && ends.has(f.start - 1)) ||
        tibetanAfterName(text, f, findings); // 甲、多吉某某、丹增某某 (tibetan-names.ts)
      // 甲、白玛某某、乙: set phrases stand beside no names (pairs38: a Tibetan name in a list).
      if ((!listed && setPhrasePiece(text, f)) || plantBySight(f, text)) continue;
      if ((foreignish(f.name) || !ends.has(f.start)) && cutAtStart(text, f)) continue;
      if (placeBySight(text, f) || wordBySight(text, f, starts, ends)) continue;
      if (townElsewhere(text, f.name)) continue; // 为张某农民…, the story's 张某镇 (blocal-l)
      if (inListOfThings(text, f.name, f.end) || substanceWord(text, f)) continue; // 金刚石、蓝宝石等材料
      if (besideThingWord(text, f.name, f.start, f.end)) continue; // 展览、沙龙等 (things-lists.ts)
      if (beforeZoneWord(text, f)) continue; // 环某某澳滨海旅游度假区 (zone-name-parts.ts)
      if (sectorWord(text, f)) continue; // 发展旅游业、康养业 (things-lists.ts)
      if (phraseRunItem(text, f, starts) || coordinatedAdjective(text, f)) continue;
      if (ownsFirmUnit(text, f)) continue; // 某鹏的研发中心: a firm's short name
      if (!listed && rareShortName(text, f)) continue;
      if (sightPiece(text, f)) continue; // 马克思|主义, 依|什杰, 、闻香识|药、 (sight-pieces.ts)
    }
    // Role tagging and lists read runs of names too: the same split as in findPeople's walk.
    // Only a finding ending at most 3 characters before this one can run into it.
    const before =
      f.via === 'sight' && f.name.length === 3
        ? [0, 1, 2, 3]
            .flatMap((k) => byEnd.get(f.start - k) ?? [])
            .find((g) => g !== f && runsIntoNextName(text, f, g))
        : undefined;
    const short = before
      ? f.name.slice(0, 2)
      : (withoutGluedEnd(text, f, named) ??
        withoutClauseEnd(text, f) ??
        beforeScore(text, f) ??
        beforeTogether(text, f) ??
        withoutVerbEnd(text, f, named) ??
        appointedAsEnd(text, f));
    if (!short && f.via === 'sight' && cutFourCharacterName(text, f)) {
      // “光储直柔”: the whole may be a quoted term.
      const whole = { ...f, name: text.slice(f.start - 1, f.end), start: f.start - 1 };
      if (!termBySight(text, whole)) out.push(whole);
      continue;
    }
    out.push(short ? { ...f, name: short, end: f.start + short.length } : f);
  }
  return out;
}
