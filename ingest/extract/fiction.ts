/**
 * What a work of fiction tells (电视剧《某》讲述了某县县委书记某某…; 剧中，…): the people, posts and
 * bodies after the telling verb are its characters, not the news's (orgpost20, issue 13: a TV
 * drama's county party secretary had become a node). phrase-names.ts drops characters named by
 * sight; this covers the ones printed with a title. An actor or a director is printed before the
 * telling (该剧由某某执导), so only what follows the verb, up to the sentence's end, is dropped.
 */
const TELLING =
  /(?:剧中|(?:该|此|本)?(?:剧|电视剧|网剧|短剧|话剧|舞剧|歌剧|小说|影片|电影|动画片?|纪录片)(?:讲述|讲的是|描写|描绘|刻画|塑造)了?)/g;
const TELLS = ['剧中', '讲述', '讲的是', '描写', '描绘', '刻画', '塑造'];
const SENTENCE_END = /[。！？\n]/;

/** The spans of the story a work of fiction tells: [from the telling verb's end, sentence end). */
export function fictionSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  // Each telling prints 剧中 or one of its verbs: a text with none has none (speed54).
  if (!TELLS.some((w) => text.includes(w))) return spans;
  for (const m of text.matchAll(TELLING)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from).search(SENTENCE_END);
    spans.push([from, rest < 0 ? text.length : from + rest]);
  }
  return spans;
}

/** Whether `start` lies in one of `spans`. */
export const insideSpans = (spans: [number, number][], start: number): boolean =>
  spans.some(([a, b]) => start >= a && start < b);
