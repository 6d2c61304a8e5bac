import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../../tests/kit/fixtures.ts';
import { evidenceParagraph, highlightSegments, nodeDetails, pathDetails } from './details.ts';
import { kShortestPaths } from '../../../../graph/subgraph/paths.ts';

const g = loadFixture();

describe('node details', () => {
  it('groups relations by type with evidence and article titles', () => {
    const d = nodeDetails(g, 'person:于会文')!;
    expect(d).toMatchObject({ type: 'person', label: '于会文', pinyin: 'yu hui wen' });
    expect(d.articles[0]?.title).toBe('融入新发展格局，推动高质量发展之路越走越宽广');
    const holds = d.groups.find((grp) => grp.type === 'HOLDS' && grp.direction === 'out')!;
    const post = holds.relations.find((r) => r.other === 'post:渝北区委书记')!;
    expect(post.evidence[0]?.sentence).toContain('渝北区委书记于会文');
    expect(post.evidence[0]?.articleTitle).toBe('融入新发展格局，推动高质量发展之路越走越宽广');
    expect(post.extra).toMatchObject({ asOf: '2023-01-18' });
    expect(d.groups.at(-1)?.type).toBe('MENTIONS');
  });
  it('names another person of the same name kept apart by resolution', () => {
    const h = g.copy();
    h.addNode('person:王某刚', {
      type: 'person',
      label: '王某刚',
      namesakeOf: ['person:王某刚#2'],
    });
    h.addNode('person:王某刚#2', {
      type: 'person',
      label: '王某刚',
      namesakeOf: ['person:王某刚'],
    });
    expect(nodeDetails(h, 'person:王某刚')!.namesakes).toEqual([
      { key: 'person:王某刚#2', label: '王某刚' },
    ]);
    expect(nodeDetails(g, 'person:于会文')!.namesakes).toEqual([]);
  });
  it('returns null for unknown nodes', () => {
    expect(nodeDetails(g, 'nope')).toBeNull();
  });
  it('lists path hops with evidence', () => {
    const path = kShortestPaths(g, 'person:于会文', 'person:吴道藩', { k: 1 })[0]!;
    const hops = pathDetails(g, path);
    expect(hops).toHaveLength(2);
    expect(hops[1]?.relations[0]).toMatchObject({
      type: 'HOLDS',
      direction: 'in',
      other: 'person:吴道藩',
    });
    expect(hops[1]?.relations[0]?.evidence[0]?.sentence).toContain('吴道藩');
  });
});

describe('highlight', () => {
  it('marks every occurrence, longest term first', () => {
    const segs = highlightSegments('渝北区委书记于会文说，于会文认为', [
      '于会文',
      '于会',
      '渝北区委书记',
    ]);
    expect(segs).toEqual([
      { text: '渝北区委书记', mark: true },
      { text: '于会文', mark: true },
      { text: '说，', mark: false },
      { text: '于会文', mark: true },
      { text: '认为', mark: false },
    ]);
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', mark: false }]);
  });
});

describe('evidence paragraph', () => {
  it('finds the paragraph with the whole sentence, not the first with its opening', () => {
    // Invented digest: two items open with the same twelve characters.
    const paragraphs = [
      '北湾区召开区委常委会会议，研究部署防汛工作。',
      '北湾区召开区委常委会会议，研究部署低空经济发展。会议强调要抓项目。',
    ];
    expect(evidenceParagraph(paragraphs, '北湾区召开区委常委会会议，研究部署低空经济发展。')).toBe(
      1,
    );
    expect(evidenceParagraph(paragraphs, '北湾区召开区委常委会会议，研究 部署防汛工作。')).toBe(0);
    expect(evidenceParagraph(paragraphs, '南河区')).toBe(-1);
  });
});
