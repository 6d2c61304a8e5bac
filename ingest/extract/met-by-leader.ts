/**
 * 习近平主席同某某总理就…达成共识: a name after a leader's title and 同 or 与 is the leader's
 * counterpart (和 joins two leaders of a list as often: 某某总书记和某某总书记共识, left as it was). A title China shares (总理, 主席) glued after it is then the counterpart's own office,
 * not China's premiership or chair: where the story names no country for it, the extract gives no
 * office, and the corpus (resolve/bare-title-holds.ts) ties the bare title to the one office of
 * that role the person holds (某国总理) — a Chinese leader's too, should one be printed so.
 * 某某主席分别同甲总统、乙总理会晤 (issue 11, people60): every name of a list of counterparts
 * after 同 (each with its glued title, joined by 、 or 和) is a counterpart, not only the first;
 * 分别 (respectively) may stand between the title and 同.
 */
const HEAD = '(?:总书记|主席|委员长|总理|总统|首相|国王|议长)';
/** A counterpart of the list: a name (Han or dotted sounds, no pause) and its glued head's title. */
const ITEM = `[\\p{Script=Han}·・]{2,12}?${HEAD}[、和]`;
const LEADER_WITH = new RegExp(
  `(?:总书记|主席|委员长|总理|总统|首相)(?:分别)?(?:同|与)(?:${ITEM}){0,4}$`,
  'u',
);

export const metByLeader = (text: string, start: number): boolean =>
  LEADER_WITH.test(text.slice(Math.max(0, start - 64), start));
