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
  it('keeps a bracketed editor and credits before the page time, the outlet without its bracket', () => {
    const page = ['某县召开工作会议', '3月2日，某县召开工作会议。', '来源:某县网(责任编辑:庞立)'];
    const [story] = splitPage(page.join('\n'), false);
    expect(story!.text).toContain('责任编辑:庞立');
    expect(story!.outlet).toBe('某县网');
    const timed = [...page.slice(0, 2), '来源:某网 作者:庞立 编辑:桂晓 2017-03-29 09:28:22'];
    const [other] = splitPage(timed.join('\n'), false);
    expect(other!.text).toContain('作者:庞立 编辑:桂晓');
    expect(other!.outlet).toBe('某网');
  });
});
