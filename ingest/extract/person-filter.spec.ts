import { describe, expect, it } from 'vitest';
import { runExtractors } from './registry.ts';
import { filterWeights, keepLikelyPeople, MIN_STORY, trainPerceptron } from './person-filter.ts';
import { COMMON_PAIRS } from './name-stats.ts';
import { isCommonWord } from '../text/segmenter.ts';

/** The people of an invented story, with and without the filter. */
const people = (text: string, filter = true) =>
  [...new Set(runExtractors(text, [], undefined, filter).people.map((p) => p.name))].sort();

// Invented stories of broadcast length (the filter leaves one-sentence inputs alone).
const TAIL =
  '各地通信企业正在加紧建设，确保按期完成任务，为数字经济发展提供坚实支撑。专家认为，这将带动相关产业链加快升级。' +
  '工业和信息化部有关负责人赵立新表示，将继续扩大网络覆盖，提升用户体验。明年试点将扩大到更多地区，惠及更多用户。' +
  '据介绍，试点城市的家庭和企业用户将率先体验更快的网络服务，相关标准也将同步制定。';
/** 万兆光|网: the rules read a name by sight inside a longer word. */
const TRIAL = '我国正在开展万兆光网技术试点，' + TAIL;
const DOCTRINE =
  '会议强调，要坚持以马克思列宁主义、毛泽东思想、邓小平理论为指导，深入学习贯彻党的创新理论。省委书记赵立新' +
  '主持会议并讲话。他指出，要把学习成果转化为推动高质量发展的实际行动，扎实做好各项工作，确保各项任务落到实处。' +
  '会议还研究部署了下一阶段重点工作，要求各级党组织切实担负起主体责任，把各项任务抓实抓细抓到位。';

describe('person precision filter (person-filter.ts)', () => {
  it('refuses a name read by sight inside a longer word, keeps the official who speaks', () => {
    expect(people(TRIAL, false)).toContain('万兆光');
    expect(people(TRIAL)).toEqual(['赵立新']);
  });
  it('refuses names printed inside the name of a doctrine, keeps the secretary', () => {
    expect(people(DOCTRINE, false).length).toBeGreaterThan(1);
    expect(people(DOCTRINE)).toEqual(['赵立新']);
  });
  it('leaves one-sentence inputs alone: the weights are learnt on whole stories', () => {
    const short = TRIAL.slice(0, TRIAL.indexOf('将继续'));
    expect(short.length).toBeLessThan(MIN_STORY);
    const found = runExtractors(short, [], undefined, false).people;
    expect(keepLikelyPeople(short, found)).toEqual(found);
  });
  it('a name is kept or dropped everywhere: its best place speaks for it', () => {
    const found = runExtractors(TRIAL, [], undefined, false).people;
    const kept = keepLikelyPeople(TRIAL, found).filter((p) => p.name === '赵立新');
    expect(kept.length).toBe(found.filter((p) => p.name === '赵立新').length);
  });
});

describe('person-filter.json', () => {
  const model = filterWeights();
  it('says what it was trained on and holds a threshold and finite weights', () => {
    expect(model.trainedOn).toMatch(/people-gold/);
    expect(Number.isFinite(model.threshold)).toBe(true);
    const values = Object.values(model.weights);
    expect(values.length).toBeGreaterThan(50);
    expect(values.every(Number.isFinite)).toBe(true);
  });
  it('holds features, not names: every word in a feature is an ordinary word', () => {
    for (const feature of Object.keys(model.weights)) {
      expect(feature).toMatch(/^[a-z0-9-]+(=[^|]*)?(\|[a-z0-9-]+=[^|]*)?$/);
      const [kind, value = ''] = feature.split(/[=|]/);
      if (kind === 'prev-word' || kind === 'next-word')
        expect(value === '?' || isCommonWord(value), feature).toBe(true);
      if (kind === 'prev2' || kind === 'next2') expect(COMMON_PAIRS.has(value), feature).toBe(true);
      // A context character is one character (or a class: ^, $, digit, latin, space, other).
      if (kind === 'prev' || kind === 'next')
        expect(value.length === 1 || /^[a-z^$]+$/.test(value)).toBe(true);
    }
  });
});

describe('trainPerceptron', () => {
  it('separates a separable set and gives the same weights for the same examples', () => {
    const examples = [
      { features: ['bias', 'title-before'], label: 1 as const },
      { features: ['bias', 'speech-after'], label: 1 as const },
      { features: ['bias', 'inside-word'], label: -1 as const },
      { features: ['bias', 'inside-word', 'speech-after'], label: -1 as const },
    ];
    const w = trainPerceptron(examples, 10);
    expect(trainPerceptron(examples, 10)).toEqual(w);
    const score = (f: string[]) => f.reduce((s, x) => s + (w[x] ?? 0), 0);
    for (const e of examples) expect(Math.sign(score(e.features))).toBe(e.label);
  });
});
