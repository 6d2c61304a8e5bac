/**
 * A works named by two long goals joined by 和 (…技术改造升级和大规模设备更新工程): one name, not the
 * gazetteer's program inside its second part. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('works joined by 和 with a long first part', () => {
  it('reads the renewal works as one name, not 大规模设备更新 of the gazetteer', () => {
    expect(programs('今年深入实施北岭重大技术改造升级和大规模设备更新工程，推动转型。')).toEqual([
      '北岭重大技术改造升级和大规模设备更新工程',
    ]);
  });
  it('reads a first part longer than twelve characters after its verb', () => {
    expect(programs('要深入实施装备制造业重大技术改造升级和设备更新工程，推动转型。')).toEqual([
      '装备制造业重大技术改造升级和设备更新工程',
    ]);
  });
});
