import { describe, expect, it } from 'vitest';
import { refuseForeign } from './origin.ts';

const token = 'abc123';
const own = { host: '127.0.0.1:5173', 'x-tupu-token': token };

describe('web/server origin: refuseForeign', () => {
  it('answers the page it served', () => {
    expect(refuseForeign({ ...own, origin: 'http://127.0.0.1:5173' }, token)).toBe(null);
    expect(refuseForeign({ ...own, 'sec-fetch-site': 'same-origin' }, token)).toBe(null);
  });

  it('refuses another origin, a cross-site fetch, and a missing or wrong token', () => {
    expect(refuseForeign({ ...own, origin: 'http://127.0.0.1:8080' }, token)).toMatch(/foreign/);
    expect(refuseForeign({ ...own, origin: 'null' }, token)).toMatch(/foreign/);
    expect(refuseForeign({ ...own, 'sec-fetch-site': 'same-site' }, token)).toMatch(/cross-site/);
    expect(refuseForeign({ host: own.host }, token)).toMatch(/token/);
    expect(refuseForeign({ ...own, 'x-tupu-token': 'abc124' }, token)).toMatch(/token/);
    expect(refuseForeign({ 'x-tupu-token': token }, token)).toMatch(/Host/);
  });
});
