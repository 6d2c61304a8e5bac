import { describe, expect, it } from 'vitest';
import { splitPage } from './index.ts';

describe('credits printed on a source line', () => {
  it('keeps 作者：/编辑： after 来源： in the story for the byline rules, the outlet as its source', () => {
    const page = [
      '某区召开工作会议',
      '3月2日，某区召开工作会议，部署全年工作任务。',
      '来源:某区融媒体中心 作者:庞立 编辑:桂晓',
    ].join('\n');
    const [story] = splitPage(page, false);
    expect(story!.text).toContain('作者:庞立 编辑:桂晓');
    expect(story!.text).not.toContain('来源');
    expect(story!.outlet).toBe('某区融媒体中心');
  });
});
