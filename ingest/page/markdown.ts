/** Markdown to plain lines: keep headings (as "# "), drop markup, images, link targets. */
export interface FrontMatter {
  body: string;
  fields: Record<string, string>;
}

export function splitFrontMatter(text: string): FrontMatter {
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!m) return { body: text, fields: {} };
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv) fields[kv[1]!.toLowerCase()] = kv[2]!.replace(/^["']|["']$/g, '').trim();
  }
  return { body: text.slice(m[0].length), fields };
}

/** Characters any of the rules below needs (anywhere, or first on the line). */
const MARKUP = /[<[*_`]/;
const MARKUP_FIRST = /^[>\-+0-9]/;

export function stripMarkdownLine(line: string): string {
  // Most lines of a digest are plain prose: one scan instead of ten replacements (hot).
  if (!MARKUP.test(line) && !MARKUP_FIRST.test(line)) return line.trim();
  return line
    .replace(/<!--.*?-->/g, '') // comments are not shown: a scraper's markers (<!--repaste.body.begin-->)
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|[^*])\*([^*]+)\*/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^>\s?/, '')
    .replace(/^[-*+]\s+/, '')
    .replace(/^(\d+)\.\s+(?=\D)/, '$1. ')
    .replace(/^[-*_]{3,}$/, '')
    .trim();
}
