/**
 * Industries, things21 (issue 13; invented sentences): qualities of a trade, clause pieces, modes
 * of finance, mineral products, a satellite system and the trades of a licence are no sector of
 * their own.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';
import { resolveSector } from './industries.ts';

const sectors = (text: string) => entityNames(text, 'industry');

describe('sectors, things21', () => {
  it('takes a quality of trades (低端, 落后) for no sector', () => {
    expect(sectors('推动传统产业升级，不能当成“低端产业”一关了之。')).toEqual([]);
    expect(sectors('东岭县加快淘汰落后产业。')).toEqual([]);
  });
  it('takes a clause piece holding 之 or closed by a verb of fostering for no sector', () => {
    expect(sectors('东岭以科研之力驱动产业升级。')).toEqual([]);
    expect(sectors('东岭市通过基金手段引育产业，新兴产业逐步壮大。')).toEqual([]);
  });
  it('takes idle space put to use for no sector (盘活现有闲置产业空间)', () => {
    expect(sectors('为帮助企业周转，盘活现有闲置产业空间30万平方米。')).toEqual([]);
  });
  it('reads modes of finance as the finance sector', () => {
    expect(sectors('东岭市大力发展绿色金融、普惠金融等产业。')).toEqual(['金融业']);
  });
  it('reads mineral products as the mining trade', () => {
    expect(sectors('双方合作涵盖能源、矿产开发、农业等多个领域。')).toContain('矿业');
  });
  it('takes a satellite system for no sector when no 产业 follows it', () => {
    expect(sectors('两国深化航天、北斗等领域合作。')).not.toContain('北斗');
    expect(sectors('东岭县大力发展北斗产业。')).toEqual(['北斗']);
  });
  it('cuts a firm and a place inside a base’s name before a known sector', () => {
    // As the list rule cuts it from 某车松原新能源产业基地等重大项目.
    expect(resolveSector('东车松原新能源').name).toBe('新能源');
  });
  it('cuts a policy verb glued before a known sector (落实汽车)', () => {
    expect(sectors('各地要落实汽车、家电等行业支持政策。')).toContain('汽车制造业');
    expect(sectors('各地要落实汽车、家电等行业支持政策。')).not.toContain('落实汽车');
  });
  it('takes fields of public spending for no sector', () => {
    expect(sectors('专项债券重点支持交通、社会事业等领域。')).not.toContain('社会事业');
  });
  it('cuts the statistical scope 规模以上 before a sector', () => {
    expect(sectors('今年上半年，规模以上汽车产业增加值增长5%。')).toEqual(['汽车制造业']);
  });
  it('takes a mode of trade for no sector (加工贸易)', () => {
    expect(sectors('东岭县建设加工贸易产业园，发展边境贸易产业。')).toEqual([]);
  });
  it('takes the trades a licence covers for no sectors (一业一证)', () => {
    expect(sectors('东岭市选取药店、便利店等30个行业推行“一业一证”改革。')).toEqual([]);
    expect(sectors('东岭市选取药店、便利店等30个行业开展促销。')).toContain('药店');
  });
});
