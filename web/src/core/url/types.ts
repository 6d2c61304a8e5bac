/** URL parameter names of the view state (short, stable: links are shared). */
export const URL_KEYS = {
  selected: 'sel',
  picked: 'pick',
  focus: 'focus',
  depth: 'depth',
  skipHubs: 'nohubs',
  expanded: 'exp',
  collapsed: 'col',
  hiddenNodeTypes: 'hideN',
  hiddenNodes: 'hid',
  hiddenEdgeTypes: 'hideE',
  articles: 'art',
  dateFrom: 'from',
  dateTo: 'to',
  keepUndated: 'undated',
  path: 'path',
  pathViaArticles: 'pathart',
  showArticles: 'arts',
  colorMode: 'color',
  sizeMode: 'size',
  pinyin: 'py',
  lang: 'lang',
} as const;

/** Separator for lists of keys: a character not expected in node keys. */
export const LIST_SEPARATOR = '|';
