import { xmlChars } from '../graph/export/xml.ts';

/**
 * HTML/XML text escaping for the report (browser-safe). Characters XML cannot hold go through
 * graph/export's one rule (the Markdown report's SVG is XML); `'` as &#39; for HTML's sake.
 */
export function escapeHtml(value: unknown): string {
  return xmlChars(String(value ?? ''))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** An http(s) address fit for a link, or undefined (javascript:, data:, spaces, quotes). */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^https?:\/\/[^\s<>"'`]+$/i.test(value)) return undefined;
  try {
    return new URL(value).href;
  } catch {
    return undefined;
  }
}
