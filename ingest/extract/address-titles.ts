/**
 * Titles of address printed after a foreign name (某某将军称, 某某探长表示, 某某公爵的进攻): ranks,
 * officers of ships and police, nobility, learned and clerical titles. News prints them after the
 * name as Chinese does (某某教授); before a run of transliteration sounds they say it is a person.
 * General knowledge of news usage. Royal titles (王子, 王妃) are left out: fiction's characters
 * carry them inside the titles of works (《某某王子》).
 */
const ADDRESS_TITLES = [
  ...[
    '将军',
    '元帅',
    '上将',
    '中将',
    '少将',
    '准将',
    '上校',
    '中校',
    '少校',
    '上尉',
    '中尉',
    '少尉',
  ],
  ...['船长', '舰长', '机长', '警官', '警长', '探长', '公爵', '伯爵', '男爵', '勋爵', '爵士'],
  ...['博士', '教授', '医生', '律师', '法官', '牧师', '神父', '修女'],
];

/** 公爵府, 将军庙, 船长号: the title names a residence, a shrine or a ship, not the person. */
const ADDRESS_TITLE = new RegExp(`^(?:${ADDRESS_TITLES.join('|')})(?![府庙祠号墓街路桥])`);

/** Whether a title of address is printed at `at` (after a name ending there). */
export const addressTitleAt = (text: string, at: number): boolean =>
  ADDRESS_TITLE.test(text.slice(at, at + 3));
