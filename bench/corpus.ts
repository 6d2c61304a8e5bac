/**
 * A synthetic corpus for benchmarks: the seed pages repeated with people's names shuffled
 * (seeded), written as many files so size grows with the number of articles.
 */
import { mkdir, readdir, readFile, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ingestPaths } from '../ingest/index.ts';
import { seededRandom } from '../graph/random.ts';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰春梅海燕晶鹏辉宇航浩然思远志国建新文斌博';

export async function makeCorpus(
  dir: string,
  megabytes: number,
  seed = 42,
): Promise<{ files: number; bytes: number }> {
  const seeds = (await readdir('seeds')).filter((f) => f.endsWith('.txt')).sort();
  const pages = await Promise.all(seeds.map((f) => readFile(join('seeds', f), 'utf8')));
  const { graph } = await ingestPaths(['seeds']);
  const names = graph
    .filterNodes((_, a) => a.type === 'person')
    .map((k) => graph.getNodeAttribute(k, 'label'));
  const random = seededRandom(seed);
  const pick = (s: string) => s[Math.floor(random() * s.length)]!;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  let files = 0;
  while (bytes < megabytes * 1e6) {
    const page = pages[files % pages.length]!;
    const renamed = names.reduce(
      (text, name) =>
        text.split(name).join(pick(SURNAMES) + pick(GIVEN) + (random() < 0.6 ? pick(GIVEN) : '')),
      page,
    );
    const path = join(dir, `p${String(files).padStart(6, '0')}.txt`);
    await writeFile(path, renamed);
    bytes += Buffer.byteLength(renamed);
    files++;
  }
  return { files, bytes };
}
