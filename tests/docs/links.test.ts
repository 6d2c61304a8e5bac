/**
 * Issue 15: every relative link of the README and docs/ resolves inside the repository: the
 * file is there (not beside the repository, as ../shared/ once was), and a #heading names one
 * of the target's headings (GitHub's anchors).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../types/imports.ts';

/** The links of a Markdown text, code spans and fenced blocks left out: inline and reference. */
export function linksOf(markdown: string): string[] {
  const text = markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/`[^`\n]*`/g, '');
  const inline = [
    ...text.matchAll(/!?\[(?:[^\][]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g),
  ];
  const reference = [...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)];
  return [...inline, ...reference].map((m) => m[1]!);
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsIn(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  const text = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = anchorOf(m[1]!.replace(/`/g, ''));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

/** What is wrong with a link of `file` (repository-relative), or undefined when it resolves. */
export function brokenLink(file: string, link: string, root = ROOT): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link)) return undefined; // http:, mailto:: not a file
  const [path, anchor] = link.split('#', 2) as [string, string | undefined];
  const target = path ? resolve(root, dirname(file), decodeURIComponent(path)) : join(root, file);
  const inside = relative(root, target);
  if (inside.startsWith('..') || inside.split(sep)[0] === '..')
    return `${file}: ${link} is outside the repository`;
  if (!existsSync(target)) return `${file}: ${link} does not exist`;
  if (anchor && target.endsWith('.md') && statSync(target).isFile()) {
    if (!anchorsIn(readFileSync(target, 'utf8')).has(decodeURIComponent(anchor).toLowerCase()))
      return `${file}: ${link} names no heading of ${relative(root, target)}`;
  }
  return undefined;
}

const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('README and docs/ links', () => {
  it('reads links and anchors the way GitHub does (invented text)', () => {
    const md = [
      'See [the model](docs/schema.md#node-types), ![a picture](img/a.png "title").',
      '`[not a link](nowhere.md)`',
      '```',
      '[nor this](nowhere.md)',
      '```',
      '[ref]: ../outside.md',
      'Mail [us](mailto:x@example.org) or [read](https://example.org/a.md).',
    ].join('\n');
    expect(linksOf(md)).toEqual([
      'docs/schema.md#node-types',
      'img/a.png',
      'mailto:x@example.org',
      'https://example.org/a.md',
      '../outside.md',
    ]);
    expect(anchorOf('Node types (tupu)')).toBe('node-types-tupu');
    expect(anchorOf('`HOLDS`: 担任')).toBe('holds-担任');
    expect(brokenLink('README.md', '../shared/SCHEMA.md')).toMatch(/outside the repository/);
    expect(brokenLink('README.md', 'docs/nothing-here.md')).toMatch(/does not exist/);
    expect(brokenLink('README.md', 'docs/schema.md#no-such-heading')).toMatch(/names no heading/);
    expect(brokenLink('docs/cli.md', 'schema.md')).toBeUndefined();
  });

  it.each(DOCS)('every relative link of %s resolves inside the repository', (file) => {
    const links = linksOf(readFileSync(join(ROOT, file), 'utf8'));
    expect(links.flatMap((l) => brokenLink(file, l) ?? [])).toEqual([]);
  });
});
