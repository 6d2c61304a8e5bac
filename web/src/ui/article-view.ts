/** Article reader: the article's text as text, with the entity's names highlighted (DOM nodes, never HTML). */
import type { Explorer } from '../app/explorer.ts';
import { evidenceParagraph, highlightSegments } from '../core/selection/details.ts';
import { locateSentence, paragraphAt, paragraphsOf } from '../core/selection/sentence.ts';
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

/** Text with the entity's names marked, as DOM nodes. */
function marked(text: string, terms: readonly string[]): Node[] {
  return highlightSegments(text, terms).map((seg) =>
    seg.mark ? el('mark', { text: seg.text }) : document.createTextNode(seg.text),
  );
}

/**
 * Open an article; with an evidence sentence, scroll to it and highlight it: exactly the
 * sentence at `offset` (recorded at ingest), else the first place it is printed whole, else
 * (spacing differs) the paragraph that holds it.
 */
export function openArticle(
  explorer: Explorer,
  article: string,
  entity: string | null,
  sentence?: string,
  offset?: number,
): void {
  document.querySelector('.article-view')?.remove();
  const attrs = explorer.data.hasNode(article) ? explorer.data.getNodeAttributes(article) : null;
  const text = typeof attrs?.text === 'string' ? attrs.text : '';
  const title = String(attrs?.title ?? attrs?.label ?? article);
  const body = el('div', { class: 'article-text', testid: 'article-text' });
  if (!text) body.append(el('p', { class: 'muted', text: sentence ?? '—' }));
  const paragraphs = paragraphsOf(text);
  const span = sentence ? locateSentence(text, sentence, offset) : null;
  const at = span
    ? paragraphAt(paragraphs, span)
    : sentence
      ? evidenceParagraph(
          paragraphs.map((p) => p.text),
          sentence,
        )
      : -1;
  const terms = termsFor(explorer, entity);
  paragraphs.forEach((paragraph, i) => {
    const p = el('p');
    if (i === at) p.classList.add('evidence-paragraph');
    if (i === at && span) {
      const from = span.start - paragraph.start;
      const to = Math.min(paragraph.text.length, span.end - paragraph.start);
      p.append(
        ...marked(paragraph.text.slice(0, from), terms),
        el('span', { class: 'evidence-sentence', testid: 'evidence-sentence' }, [
          ...marked(paragraph.text.slice(from, to), terms),
        ]),
        ...marked(paragraph.text.slice(to), terms),
      );
    } else p.append(...marked(paragraph.text, terms));
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
  body
    .querySelector('.evidence-sentence, .evidence-paragraph')
    ?.scrollIntoView({ block: 'center' });
}
