/**
 * Tiny DOM builder. Text goes in through textContent only: article text and evidence
 * come from scraped news and are never parsed as HTML.
 */
type Child = Node | string | null | undefined | false;

export interface ElOptions {
  class?: string;
  text?: string;
  testid?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (ev: HTMLElementEventMap[K]) => void }>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElOptions = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.class) node.className = options.class;
  if (options.text !== undefined) node.textContent = options.text;
  if (options.testid) node.dataset.testid = options.testid;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(options.on ?? {}))
    node.addEventListener(type, handler as EventListener);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

export function button(
  text: string,
  onClick: () => void,
  options: ElOptions = {},
): HTMLButtonElement {
  return el('button', {
    ...options,
    text,
    attrs: { type: 'button', ...options.attrs },
    on: { click: onClick },
  });
}

export function clear(node: Element): void {
  node.replaceChildren();
}

/** Save text as a file through a temporary link. */
export function downloadText(name: string, mime: string, content: string | Blob): void {
  const blob =
    content instanceof Blob ? content : new Blob([content], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = el('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}
