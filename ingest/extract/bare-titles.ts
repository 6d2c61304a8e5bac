/**
 * A post's bare title printed right beside its holder (习近平主席, …、副部长郭某某): the story names
 * the office in full elsewhere (国家主席, 商务部副部长), and the bare form is how readers and
 * annotators quote the pair, so it is kept as an alias of that office (as 总书记 of 中共中央总书记).
 * Only the holder's first office with that role in the story takes it (国家主席, not also
 * 中央军委主席), and only where the title stands alone: 国家主席习近平 does not print 主席 bare.
 */
import type { EntityFact, RelationFact } from './facts.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { escapeRegExp } from './mentions.ts';

/** A role held in an organisation's internal organ (常委会秘书长, 党组书记): that organ, the role. */
const INTERNAL = new RegExp(`^(?:${gazetteer().orgInternal.map(escapeRegExp).join('|')})(.{2,})$`);

/** What may stand before a bare title that opens a name: a pause, a quote or the text's start. */
const OPENS = /[、，。；：:“”\s（(]/;

export function keepBareTitles(
  text: string,
  postOf: (name: string) => EntityFact | undefined,
  relations: readonly RelationFact[],
  /** Holder and role already given a bare title: a later call on more relations (the headline's)
   * reads only the new ones and leaves these as the first call did. */
  given = new Set<string>(),
): void {
  for (const r of relations) {
    if (r.type !== 'HOLDS') continue;
    const post = postOf(r.target.name);
    const role = post?.facts.role;
    if (!post || !role || role === post.name) continue;
    // 美国现任总统甲和前总统乙: a former office printed bare before the name (前总统) is that
    // office's form as readers quote it, after a pause or a 和 joining two holders.
    if (r.attributes?.former) {
      const former = formerBeside(text, r.source.name, role);
      if (former && !post.surfaces.includes(former)) post.surfaces.push(former);
      continue;
    }
    const key = `${r.source.name}\u0000${role}`;
    if (given.has(key)) continue;
    // 常委会秘书长: the role without the body's internal organ (秘书长某某 after a pause; pairs38).
    const own = INTERNAL.exec(role)?.[1];
    const bare =
      printedBeside(text, r.source.name, role) || electedBeside(text, r.source.name, role)
        ? role
        : own && printedBeside(text, r.source.name, own)
          ? own
          : gluedTail(text, r.source.name, post.name, role);
    if (!bare) continue;
    given.add(key);
    if (!post.surfaces.includes(bare)) post.surfaces.push(bare);
    const tenure = tenureBeside(text, r.source.name, role);
    if (tenure && !post.surfaces.includes(tenure)) post.surfaces.push(tenure);
  }
  for (const r of relations) {
    const post = r.type === 'HOLDS' ? postOf(r.target.name) : undefined;
    const role = post?.facts.role;
    if (!post || !role || r.attributes?.former) continue;
    for (const form of electForms(text, r.source.name, post.name, role))
      if (!post.surfaces.includes(form)) post.surfaces.push(form);
  }
}

/**
 * 某国当选总统某某, 愿同某某当选总统一道: the one elected and not yet sworn in, printed as a title
 * before the name or glued after it before 一道 (together with). The office is the same (as 新任's);
 * the form as printed is how readers quote the pair (pairs38: the golds keep 当选总统). Not
 * 祝贺某某当选总统。, where 当选 is the verb.
 */
function electForms(text: string, name: string, office: string, role: string): string[] {
  const forms: string[] = [];
  const elect = '当选' + role;
  const body = office.endsWith(role) ? office.slice(0, -role.length) : '';
  // 博拉·某某 … 同某某当选总统一道: a dotted name is quoted by its last part too (after · or -).
  for (const printed of new Set([name, name.split(/[·・\-－]/).at(-1)!])) {
    if (body && text.includes(body + elect + printed)) forms.push(body + elect);
    for (
      let at = text.indexOf(elect + printed);
      at >= 0;
      at = text.indexOf(elect + printed, at + 1)
    )
      if (at === 0 || OPENS.test(text[at - 1]!)) forms.push(elect);
    if (text.includes(printed + elect + '一道')) forms.push(elect);
  }
  return forms;
}

/** 前总统, 原主任: a former holder's bare title. */
const FORMER_BEFORE = ['前', '原'];
/** What may stand before a former's bare title: a pause, or a 和/与/及 joining a sitting holder. */
const FORMER_OPENS = /[、，。；：:“”\s（(和与及]/;

function formerBeside(text: string, name: string, role: string): string | undefined {
  for (const mark of FORMER_BEFORE) {
    const form = mark + role;
    for (let at = text.indexOf(form + name); at >= 0; at = text.indexOf(form + name, at + 1))
      if (at === 0 || FORMER_OPENS.test(text[at - 1]!)) return form;
  }
  return undefined;
}

/**
 * 祝贺某某当选总统。, 愿同某某就任总统后…: the election printed between the name and the bare
 * title, the title then ending its phrase (not 当选总统候选人, 连任总统府…).
 */
const ELECTED = ['当选', '连任', '就任'];
const AFTER_ELECTED = /^(?:$|[，。；！？、”）)\s]|一道|以来|之际|后)/u;
function electedBeside(text: string, name: string, role: string): boolean {
  for (const verb of ELECTED) {
    const form = name + verb + role;
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
      if (AFTER_ELECTED.test(text.slice(at + form.length, at + form.length + 2))) return true;
  }
  return false;
}

/**
 * 参选的现任总统某某, 新任总理某某: the tenure and the bare title printed together before the name,
 * after a pause or after 的 closing what the holder did (参选的): that form as printed, which readers
 * quote whole, or undefined.
 */
function tenureBeside(text: string, name: string, role: string): string | undefined {
  for (let at = text.indexOf(role + name); at >= 0; at = text.indexOf(role + name, at + 1)) {
    const tenure = TENURE_BEFORE.exec(text.slice(Math.max(0, at - 2), at))?.[0];
    if (tenure && (at === 2 || OPENS.test(text[at - 3] ?? '') || text[at - 3] === '的'))
      return tenure + role;
  }
  return undefined;
}

/**
 * 美国某州参议长某某 … 某某参议长: the role word is 议长, but the address glued after the name keeps
 * one or two characters more of the office (参议长, 众议长): that tail is the bare title printed.
 * Only glued after the name, never the whole office.
 */
function gluedTail(text: string, name: string, office: string, role: string): string | undefined {
  for (let n = role.length + 1; n <= role.length + 2 && n < office.length; n++) {
    const tail = office.slice(-n);
    if (text.includes(name + tail)) return tail;
  }
  return undefined;
}

/** 现任总统某某, 新任总理某某: the sitting or new holder, still the bare title beside the name
 * (after a pause: 某党政治局新任主席 is the full title). */
const TENURE_BEFORE = /(现任|新任)$/;
const tenureOpens = (text: string, at: number) =>
  TENURE_BEFORE.test(text.slice(Math.max(0, at - 2), at)) &&
  (at === 2 || OPENS.test(text[at - 3] ?? '') || text[at - 3] === '的');

/** 某某主席 anywhere, or 主席某某 after a pause or 现任 (not the end of 国家主席某某). */
export function printedBeside(text: string, name: string, role: string): boolean {
  if (text.includes(name + role)) return true;
  for (let at = text.indexOf(role + name); at >= 0; at = text.indexOf(role + name, at + 1))
    if (at === 0 || OPENS.test(text[at - 1]!) || tenureOpens(text, at)) return true;
  return false;
}
