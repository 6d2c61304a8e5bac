/** Hover tooltip: the node's name, type and how many relations it has, next to the pointer. */
import type { Explorer } from '../app/explorer.ts';
import { el } from './dom.ts';

export function mountTooltip(container: HTMLElement, explorer: Explorer): void {
  const tip = el('div', { class: 'tooltip', testid: 'tooltip', attrs: { role: 'tooltip' } });
  tip.hidden = true;
  container.append(tip);
  explorer.canvas.hover.add((key, at) => {
    if (!key || !at || !explorer.data.hasNode(key)) {
      tip.hidden = true;
      return;
    }
    const a = explorer.data.getNodeAttributes(key);
    const relations = explorer.data.degree(key);
    tip.replaceChildren(
      el('strong', { text: a.type === 'article' ? String(a.title ?? a.label) : a.label }),
      el('span', {
        class: 'muted',
        text: ` · ${explorer.t(`type.${a.type}`)} · ${explorer.t('tooltipDegree', { n: relations })}`,
      }),
      a.type === 'article' && a.date ? el('div', { class: 'muted', text: String(a.date) }) : '',
    );
    tip.style.left = `${at.x + 14}px`;
    tip.style.top = `${at.y + 10}px`;
    tip.hidden = false;
  });
}
