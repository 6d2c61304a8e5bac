/**
 * The explorer's API answers its own page only. A request to /api/cypher must carry the token
 * that the server wrote into the page it served (a custom header, which a page on another
 * origin cannot send without a CORS preflight this server never grants), and, where the browser
 * says where it comes from (Origin, Sec-Fetch-Site), it must come from this very origin.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const TOKEN_HEADER = 'x-tupu-token';
export const TOKEN_META = 'tupu-token';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Why the request is refused (one line), or null when it comes from the explorer's own page. */
export function refuseForeign(headers: IncomingHttpHeaders, token: string): string | null {
  const host = headers.host;
  if (!host) return 'no Host header';
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://${host}` && origin !== `https://${host}`)
    return `foreign origin ${origin}`;
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return `cross-site request (${site})`;
  const given = headers[TOKEN_HEADER];
  if (typeof given !== 'string' || !sameText(given, token))
    return 'missing or wrong page token (reload the explorer)';
  return null;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The page's <head> gets the token as a meta tag, read by the Cypher box. */
export function tokenTag(token: string): { tag: 'meta'; attrs: Record<string, string> } {
  return { tag: 'meta', attrs: { name: TOKEN_META, content: token } };
}
