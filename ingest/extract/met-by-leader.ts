/**
 * 习近平主席同某某总理就…达成共识: a name after a leader's title and 同 or 与 is the leader's
 * counterpart (和 joins two leaders of a list as often: 某某总书记和某某总书记共识, left as it was). A title China shares (总理, 主席) glued after it is then the counterpart's own office,
 * not China's premiership or chair: where the story names no country for it, the extract gives no
 * office, and the corpus (resolve/bare-title-holds.ts) ties the bare title to the one office of
 * that role the person holds (某国总理) — a Chinese leader's too, should one be printed so.
 */
const LEADER_WITH = /(?:总书记|主席|委员长|总理|总统|首相)(?:同|与)$/;

export const metByLeader = (text: string, start: number): boolean =>
  LEADER_WITH.test(text.slice(Math.max(0, start - 4), start));
