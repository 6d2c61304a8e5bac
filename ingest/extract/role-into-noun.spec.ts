import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a title whose last characters open a noun after it', () => {
  it('reads 主任务 as "main task", with no person after it', () => {
    expect(names('要把稳就业这项主任务抓实。')).toEqual([]);
  });
  it('keeps the title where the characters open a pronoun (主任|何某)', () => {
    expect(names('办公室主任何立峰调研。')).toEqual(['何立峰']);
  });
});

describe('a verb of going and a town after a title', () => {
  it('reads 到某某镇 after 书记 as going to a town, no name', () => {
    expect(names('王书记到莽河镇调研。')).toEqual([]);
  });
});
