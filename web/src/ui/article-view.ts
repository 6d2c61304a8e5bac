/** Article reader: the article's text as text, with the entity's names highlighted (DOM nodes, never HTML). */
import type { Explorer } from '../app/explorer.ts';
import { evidenceParagraph, highlightSegments } from '../core/selection/details.ts';
import { button, el } from './dom.ts';

/** The story's address as a link target: http(s) only, never javascript: or data:. */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^https?:\/\/[^\s<>"'`]+$/i.test(value)) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function termsFor(explorer: Explorer, entity: string | null): string[] {
  if (!entity || !explorer.data.hasNode(entity)) return [];
  const a = explorer.data.getNodeAttributes(entity);
  return [a.label, ...(a.aliases ?? [])].filter(
    (t): t is string => typeof t === 'string' && t.length > 0,
  );
}

export function openArticle(
  explorer: Explorer,
  article: string,
  entity: string | null,
  sentence?: string,
): void {
  document.querySelector('.article-view')?.remove();
  const attrs = explorer.data.hasNode(article) ? explorer.data.getNodeAttributes(article) : null;
  const text = typeof attrs?.text === 'string' ? attrs.text : '';
  const title = String(attrs?.title ?? attrs?.label ?? article);
  const body = el('div', { class: 'article-text', testid: 'article-text' });
  if (!text) body.append(el('p', { class: 'muted', text: sentence ?? '—' }));
  const paragraphs = text.split(/\n+/).filter((p) => p.trim());
  // The paragraph with the whole sentence (a prefix matched several paragraphs of digests).
  const at = sentence ? evidenceParagraph(paragraphs, sentence) : -1;
  paragraphs.forEach((paragraph, i) => {
    const p = el('p');
    for (const seg of highlightSegments(paragraph, termsFor(explorer, entity)))
      p.append(seg.mark ? el('mark', { text: seg.text }) : document.createTextNode(seg.text));
    if (i === at) p.classList.add('evidence-paragraph');
    body.append(p);
  });
  const close = () => {
    dialog.remove();
    document.removeEventListener('keydown', onKey);
  };
  const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
  const meta = [attrs?.date, attrs?.outlet, attrs?.file]
    .filter((v) => typeof v === 'string' && v)
    .join(' · ');
  const url = httpUrl(attrs?.url);
  const dialog = el(
    'div',
    { class: 'article-view', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-label': title } },
    [
      el('div', { class: 'article-box' }, [
        el('header', {}, [
          el('h2', { text: title }),
          button(explorer.t('close'), close, { class: 'close' }),
        ]),
        meta ? el('div', { class: 'muted', testid: 'article-meta', text: meta }) : '',
        url
          ? el('div', { class: 'muted' }, [
              el('a', {
                text: url,
                testid: 'article-url',
                attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' },
              }),
            ])
          : '',
        body,
      ]),
    ],
  );
  dialog.addEventListener('click', (e) => e.target === dialog && close());
  document.addEventListener('keydown', onKey);
  document.body.append(dialog);
  (dialog.querySelector('button.close') as HTMLButtonElement | null)?.focus();
  body.querySelector('.evidence-paragraph')?.scrollIntoView({ block: 'center' });
}
