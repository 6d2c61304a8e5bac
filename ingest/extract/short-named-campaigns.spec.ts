/**
 * National campaigns local news prints by their short names (programs-campaigns.txt, lstrat54,
 * issue 13; invented sentences): the three-year action of state-owned enterprise reform keeps its
 * years; the four ways down to the grass roots and 智改数转 are programmes.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('national campaigns by their short names', () => {
  it('keeps the years of the state-owned enterprise reform action', () => {
    expect(programs('东岭市召开国企改革三年行动推进会。')).toEqual(['国企改革三年行动']);
  });
  it('reads the four ways down to the grass roots', () => {
    expect(programs('县委传承发扬“四下基层”优良传统，解决群众急难愁盼。')).toEqual(['四下基层']);
  });
  it('reads 智改数转 of manufacturing', () => {
    expect(programs('东岭区加快推进制造业智改数转，推动企业上云。')).toEqual(['智改数转']);
  });
});
