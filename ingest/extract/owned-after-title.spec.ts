import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('what a titled name owns (owned-after-title.ts)', () => {
  it('reads no name after 的 of a name and its address title (某某主席的贺信)', () => {
    expect(names('周立科主席的贺信在各界引发热烈反响。')).toEqual(['周立科']);
    expect(names('卡拉耶诺夫总统的贺信在各界引发热烈反响。')).toEqual(['卡拉耶诺夫']);
  });
  it('keeps a name after 的 of a title no name holds (作为队长的某某)', () => {
    expect(names('作为队长的周立科表示感谢。')).toEqual(['周立科']);
  });
  it('reads no name in a message sent (向某峰会致贺信指出)', () => {
    expect(names('总书记向首届某某峰会致贺信指出，要推动合作。')).toEqual([]);
    expect(names('我们致周立科表示感谢。')).toContain('周立科');
  });
});

describe('a message the story has sent (owned-after-title.ts)', () => {
  it('reads no speaker 贺信 once the letter was sent (发来贺信。贺信说，)', () => {
    expect(names('大会召开之际，国务院发来贺信。\n贺信说，希望再接再厉。')).toEqual([]);
  });
});
