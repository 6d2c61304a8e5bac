/** One search box: suggestions grouped by type; choosing one centres and selects the node. Keyboard driven. */
import type { Explorer } from '../app/explorer.ts';
import { groupHitsByType, searchNodes, type SearchHit } from '../core/search/index.ts';
import { TYPE_COLORS } from '../core/appearance/index.ts';
import { clear, el } from './dom.ts';

export function mountSearchBox(root: HTMLElement, explorer: Explorer): void {
  const input = el('input', {
    class: 'search-input',
    testid: 'search',
    attrs: {
      type: 'search',
      autocomplete: 'off',
      role: 'combobox',
      'aria-expanded': 'false',
      'aria-controls': 'search-results',
    },
  });
  const list = el('div', {
    class: 'search-results',
    attrs: { id: 'search-results', role: 'listbox' },
  });
  root.append(input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let closing: ReturnType<typeof setTimeout> | undefined;
  const keepOpen = () => clearTimeout(closing);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.label;
    close();
    explorer.select(hit.key, true);
  };
  const close = () => {
    clear(list);
    hits = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
  };
  const renderList = () => {
    clear(list);
    if (!input.value.trim()) return close();
    const groups = groupHitsByType(searchNodes(explorer.facts.searchIndex, input.value, 60));
    hits = groups.flatMap((g) => g.hits);
    if (!hits.length)
      list.append(el('div', { class: 'search-empty', text: explorer.t('noResults') }));
    let index = 0;
    for (const group of groups) {
      list.append(el('div', { class: 'search-group', text: explorer.t(`type.${group.type}`) }));
      for (const hit of group.hits) list.append(resultRow(hit, index++));
    }
    input.setAttribute('aria-expanded', 'true');
  };
  const resultRow = (hit: SearchHit, index: number) => {
    const pinyin = explorer.data.hasNode(hit.key)
      ? String(explorer.data.getNodeAttribute(hit.key, 'pinyin') ?? '')
      : '';
    return el(
      'div',
      {
        class: `search-result${index === active ? ' active' : ''}`,
        testid: 'search-result',
        attrs: {
          role: 'option',
          id: `search-opt-${index}`,
          'aria-selected': index === active,
          'data-key': hit.key,
        },
        on: {
          mousedown: (e) => {
            e.preventDefault();
            choose(hit);
          },
        },
      },
      [
        el('span', { class: 'swatch', attrs: { style: `background:${TYPE_COLORS[hit.type]}` } }),
        el('span', { class: 'result-label', text: hit.label }),
        hit.matchedText ? el('span', { class: 'result-alt', text: hit.matchedText }) : null,
        pinyin ? el('span', { class: 'result-pinyin', text: pinyin }) : null,
      ],
    );
  };
  const move = (delta: number) => {
    if (!hits.length) return;
    active = (active + delta + hits.length) % hits.length;
    renderList();
    input.setAttribute('aria-activedescendant', `search-opt-${active}`);
    list.querySelector('.active')?.scrollIntoView({ block: 'nearest' });
  };

  input.addEventListener('input', () => {
    keepOpen();
    active = -1;
    renderList();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(-1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits[Math.max(0, active)]);
    } else if (e.key === 'Escape') {
      close();
      input.blur();
    }
  });
  // The list closes a moment after the box loses focus; typing again (or focusing again) within
  // that moment keeps the new list: a close left over from the last blur must not empty it.
  input.addEventListener('blur', () => {
    keepOpen();
    closing = setTimeout(close, 150);
  });
  input.addEventListener('focus', keepOpen);
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const typing =
      target &&
      (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
    if (e.key === '/' && !typing) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
  const relabel = () => {
    input.placeholder = explorer.t('search');
    input.setAttribute('aria-label', explorer.t('search'));
  };
  relabel();
  explorer.subscribe(relabel);
}
