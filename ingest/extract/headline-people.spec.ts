/**
 * Headline parts extracted only where they can give something (issue 11, ninth speed round):
 * extracting a part is a whole story's rules, and a part gives a person or a pair only through
 * a post (a role word printed) held by a name it prints.
 */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';
import { withHeadlinePairs } from './headline-pairs.ts';
import { withHeadlinePeople } from './headline-people.ts';

const asking = () => {
  const asked: string[] = [];
  const extract = (t: string) => (asked.push(t), extractStory(t));
  return { asked, extract };
};

describe('a headline part printing no role word', () => {
  it('is not extracted for pairs, though it names the story’s person', () => {
    const facts = extractStory('市委书记周明远在会上讲话。他表示，要办好民生实事。');
    const { asked, extract } = asking();
    withHeadlinePairs(facts, '周明远出席秋季运动会 周明远会见某国总统萨莫', extract);
    expect(asked).toEqual(['周明远会见某国总统萨莫']);
  });
  it('is not extracted for people either', () => {
    // Not 致电萨莫，祝贺他就任…: the text reads that congratulated name itself since names40.
    const text = '国家主席赵宏致电萨莫，表示热烈祝贺。';
    const facts = extractStory(text);
    const { asked, extract } = asking();
    withHeadlinePeople(facts, '赵宏致电萨莫 某国举行大选', text, extract, () => text);
    expect(asked).toEqual([]);
  });
});

describe('a headline part with a role word', () => {
  it('is not extracted when it prints no new name the text prints', () => {
    const text = '国家主席赵宏在北京会见来访的客人。';
    const facts = extractStory(text);
    const { asked, extract } = asking();
    withHeadlinePeople(facts, '赵宏会见某国总统', text, extract, () => text);
    expect(asked).toEqual([]);
  });
  it('is extracted, and gives its person, when it prints one', () => {
    // Not 致电萨莫，祝贺他就任…: the text reads that congratulated name itself since names40.
    const text = '国家主席赵宏致电萨莫，表示热烈祝贺。';
    const facts = extractStory(text);
    const { asked, extract } = asking();
    const before = facts.entities.some((e) => e.name === '萨莫');
    withHeadlinePeople(facts, '赵宏向某国新任总统萨莫致贺电', text, extract, () => text);
    expect(asked).toEqual(['赵宏向某国新任总统萨莫致贺电']);
    expect([before, facts.entities.some((e) => e.type === 'person' && e.name === '萨莫')]).toEqual([
      false,
      true,
    ]);
  });
});
