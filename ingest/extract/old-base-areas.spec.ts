/** One old revolutionary base area's revitalization, named by its place (lstrat60-l, issue 13; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('the revitalization of an old base area by its place', () => {
  it('names the area’s revitalization with the county’s short name', () => {
    expect(programs('该市紧盯红安革命老区振兴、沿江生态廊道等政策机遇，谋划一批项目。')).toContain(
      '红安革命老区振兴',
    );
  });
  it('leaves the national policy where no place is named', () => {
    expect(programs('国家出台政策支持革命老区振兴发展。')).toEqual(['革命老区振兴发展']);
  });
});
