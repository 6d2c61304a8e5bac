/**
 * Where the clause before a post title ends (posts.ts cuts 国家主席某某就地震向|某国总统 and
 * 某某20日在北京同|某国议会主席 at their last connective): not at a connective inside a word or a body's name.
 */
import { tokenBounds } from '../text/segmenter.ts';
import { CLAUSE_BEFORE, DATED_CLAUSE } from './post-clauses.ts';
import { keepFieldsBeforeAnd } from './shared-heads.ts';

/** The connective a clause before a title ends in (DATED_CLAUSE, CLAUSE_BEFORE). */
const CONNECTIVE_END =
  /(?:向|对|同|与|和|及|为|给|通过|欢迎|会见|会晤|召见|致信|致电|看望|接见|祝贺|陪同|应|代表|委派)$/;

/**
 * The clause before a title cut at its last connective (`clause`: DATED_CLAUSE or CLAUSE_BEFORE),
 * except where that connective is inside a word (反|对党: 某总理某某与反对党某党领导人) or inside
 * the body's name (会见欧盟外交与安全政策高级代表): a connective that is a word of its own, the
 * last one that leaves a country or place at the title's head if any, else the last.
 */
function cutClause(raw: string, clause: RegExp, headed: (rest: string) => boolean): string {
  const greedy = raw.replace(clause, '');
  if (greedy === raw) return raw;
  const { starts } = tokenBounds(raw);
  const cuts: number[] = [];
  for (let end = raw.length - greedy.length; end > 0;) {
    const conn = CONNECTIVE_END.exec(raw.slice(0, end))?.[0];
    if (!conn) break;
    if (starts.has(end - conn.length)) cuts.push(end);
    const m = clause.exec(raw.slice(0, end - conn.length));
    end = m ? m[0].length : 0;
  }
  if (cuts.length === 0) return greedy;
  const head = cuts.find((c) => headed(raw.slice(c)));
  return raw.slice(head ?? cuts[0]!);
}

/**
 * The clause a title chain's element carries before the title (a date, a meeting, a title and a
 * name before 和…), cut; a commission's first field before 和 stays (shared-heads.ts).
 */
export function cutTitleClause(raw: string, headed: (rest: string) => boolean): string {
  const cut = cutClause(cutClause(raw, DATED_CLAUSE, headed), CLAUSE_BEFORE, headed);
  return keepFieldsBeforeAnd(raw, cut);
}
