// The paste box: masks secrets, classifies with core's own classify() and shows the answer, all in
// the browser. The paste is never sent anywhere and only ever reaches the page as text nodes.
import { type CatalogEntry, classify, fixPagePath, isGenericCodePage, maskSecrets } from '@smtpfix/core';

/** Characters of a paste that are read (the bot reads the same; an error is near the start). */
const MAX_PASTE = 20_000;
/** Characters of the masked paste quoted back. */
const MAX_QUOTE = 2_000;

const codeOf = (e: CatalogEntry) => [e.replyCode, e.enhancedCode].filter((x) => x !== null).join(' ');
const pct = (c: number) => `${Math.round(c * 100)}%`;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function link(root: string, e: CatalogEntry): HTMLAnchorElement {
  const a = el('a');
  a.href = root + fixPagePath(e);
  const code = codeOf(e);
  // Generic pages' titles already start with their code ("5.7.8 Authentication credentials invalid").
  if (code && !e.title.startsWith(code)) a.append(el('span', code, 'code'), ' ');
  a.append(e.title);
  return a;
}

/** Reads the form's textarea and writes the answer into #paste-answer. */
export function answer(form: HTMLFormElement): void {
  const started = performance.now();
  const out = document.getElementById('paste-answer')!;
  const root = form.dataset['root'] ?? './';
  const raw = (form.querySelector('textarea')?.value ?? '').slice(0, MAX_PASTE);
  out.replaceChildren();
  if (!raw.trim()) {
    out.append(el('p', 'Paste an error first: the reply lines, the exception or the log line.'));
    return;
  }
  const masked = maskSecrets(raw);
  const d = classify(masked);
  const box = el('div', undefined, 'answer');
  if (d.entry) {
    const head = el('p', undefined, 'match');
    head.append(link(root, d.entry), ' ', el('span', `${pct(d.confidence)} sure`, 'confidence'));
    box.append(head, el('p', d.entry.summary));
    if (isGenericCodePage(d.entry))
      box.append(
        el('p', 'This is the general meaning of the code: no Gmail page matched the words.', 'hint'),
      );
  } else {
    const code = [d.reply.replyCode, d.reply.enhancedCode].filter(Boolean).join(' ');
    box.append(
      el(
        'p',
        code
          ? `No page matches this ${code} reply well enough. Paste the whole reply, including the text after the code.`
          : 'No SMTP, token or connection error found in this text. Paste the full error, including the reply code (e.g. 535-5.7.8 …).',
      ),
    );
  }
  if (d.alternatives.length) {
    box.append(el('p', d.entry ? 'Not this one? It may also be:' : 'It may be:'));
    const list = el('ul', undefined, 'alternatives');
    for (const a of d.alternatives) {
      const li = el('li');
      li.append(link(root, a.entry), ' ', el('span', pct(a.confidence), 'confidence'));
      list.append(li);
    }
    box.append(list);
  }
  const quote = el('details');
  quote.append(el('summary', 'What was read (secrets masked)'), el('pre', masked.slice(0, MAX_QUOTE)));
  box.append(quote);
  out.append(box);
  // Times for the browser tests and the curious (no paste in them): classify and render, and the
  // whole wait since submit, which on first use includes loading this script.
  const now = performance.now();
  out.dataset['ms'] = (now - started).toFixed(1);
  out.dataset['totalMs'] = (now - Number(form.dataset['asked'] ?? started)).toFixed(1);
}
