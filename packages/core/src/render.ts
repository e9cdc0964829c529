import type { Diagnosis } from './classify.js';
import type { CatalogEntry } from './types.js';

const codeOf = (e: CatalogEntry) => [e.replyCode, e.enhancedCode].filter((x) => x !== null).join(' ');

const retryLine = (e: CatalogEntry) =>
  e.retry.kind === 'backoff'
    ? `Retry: yes, temporary. Back off from ${Math.round(e.retry.initialDelayMs / 1000)} s up to ${Math.round(e.retry.maxDelayMs / 1000)} s. ${e.retry.note}`
    : e.retry.kind === 'never'
      ? `Retry: never; this message cannot succeed. ${e.retry.note}`
      : `Retry: not until it is fixed. ${e.retry.note}`;

/** `2026-12-03` → `2026-12`: a page is checked by the month, not the day, in what a reader sees. */
const checkedMonth = (e: CatalogEntry) => (e.checked ? `checked ${e.checked.slice(0, 7)}` : undefined);

/** `https://support.google.com/a/answer/166852` → `support.google.com/a/answer/166852`, for link text. */
const shortUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/**
 * The foot of a page, "Sources: a, b, checked 2026-12": where its facts come from and how fresh
 * they are, so a reader can check them. `undefined` when the page has neither.
 */
function sourcesFoot(e: CatalogEntry, link: (url: string) => string): string | undefined {
  const checked = checkedMonth(e);
  if (e.sources.length === 0) return checked && `Facts ${checked}`;
  return `Sources: ${[...e.sources.map(link), ...(checked ? [checked] : [])].join(', ')}`;
}

/** Wraps prose at `width` columns for terminals. */
function wrap(text: string, width: number, indent = ''): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width - indent.length) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out.join('\n');
}

/** A fix page as plain text for a terminal (wrapped at `width` columns, default 80). */
export function renderText(entry: CatalogEntry, options: { width?: number } = {}): string {
  const w = options.width ?? 80;
  const parts = [
    `${codeOf(entry) || entry.stage} — ${entry.title}  [${entry.severity}]`,
    '',
    wrap(entry.summary, w),
    '',
    'What you see',
    ...entry.whatYouSee.map((l) => `  ${l}`),
    '',
    "What's actually happening",
    wrap(entry.whatsHappening, w, '  '),
    '',
    'Common causes',
    ...entry.causes.map((c) => wrap(c, w - 2, '    ').replace(/^ {4}/, '  • ')),
    '',
    'How to fix it',
    ...entry.fixes.map((f, i) => `  ${i + 1}. ${f.title}\n${wrap(f.detail, w, '     ')}`),
    '',
    'Stop it recurring',
    wrap(entry.prevention, w, '  '),
    '',
    wrap(retryLine(entry), w),
  ];
  if (entry.related.length) parts.push('', `Related: ${entry.related.join(', ')}`);
  if (entry.helpUrl) parts.push(`Google's help: ${entry.helpUrl}`);
  const foot = sourcesFoot(entry, (u) => u);
  if (foot) parts.push('', wrap(foot, w));
  return parts.join('\n');
}

/** A fix page as Markdown (GitHub, chat tools, docs). */
export function renderMarkdown(entry: CatalogEntry): string {
  const parts = [
    `## ${codeOf(entry) ? `\`${codeOf(entry)}\` ` : ''}${entry.title}`,
    '',
    `**Severity:** ${entry.severity} · **Stage:** ${entry.stage} · **Retry:** ${entry.retry.kind}`,
    '',
    entry.summary,
    '',
    '### What you see',
    '',
    '```',
    ...entry.whatYouSee,
    '```',
    '',
    "### What's actually happening",
    '',
    entry.whatsHappening,
    '',
    '### Common causes',
    '',
    ...entry.causes.map((c) => `- ${c}`),
    '',
    '### How to fix it',
    '',
    ...entry.fixes.map((f, i) => `${i + 1}. **${f.title}.** ${f.detail}`),
    '',
    '### Stop it recurring',
    '',
    entry.prevention,
  ];
  if (entry.related.length) parts.push('', `**Related:** ${entry.related.map((r) => `\`${r}\``).join(', ')}`);
  if (entry.helpUrl) parts.push('', `[Google's help page](${entry.helpUrl})`);
  const foot = sourcesFoot(entry, (u) => `[${shortUrl(u)}](${u})`);
  if (foot) parts.push('', `_${foot}_`);
  return parts.join('\n');
}

/** The header a person reads first: which page, how sure, why, whether the server was Gmail's. */
function diagnosisHeader(d: Diagnosis): string {
  if (!d.entry) {
    const code = [d.reply.replyCode, d.reply.enhancedCode].filter(Boolean).join(' ');
    return code
      ? `No page matches this ${code} reply well enough. Paste the whole reply, including the text after the code.`
      : 'No SMTP, token or connection error found in this text. Paste the full error message, including the reply code (e.g. 535-5.7.8 …).';
  }
  const sure = `${Math.round(d.confidence * 100)}% sure`;
  const other = d.entry.id.startsWith('generic-')
    ? ' (generic meaning of the code; no provider page matched)'
    : '';
  const reason = d.reason ? `, reason: ${d.reason}` : '';
  const line = `Match: ${d.entry.id} (${sure}${reason})${other}`;
  return d.originNote ? `${line}\n${d.originNote}` : line;
}

/** One line per recipient of a bounce: address, action, status, page and reason. */
function recipientLines(d: Diagnosis): string[] {
  if (!d.bounce) return [];
  const rs = d.bounce.recipients;
  const lines = [
    `Bounce (${d.bounce.format}) reporting ${rs.length} recipient${rs.length === 1 ? '' : 's'}:`,
  ];
  for (const { recipient: r, diagnosis: x } of rs) {
    const who = r.recipient ?? '(recipient not named)';
    const what = [r.action, r.status].filter(Boolean).join(' ');
    lines.push(
      `  - ${who}${what ? ` (${what})` : ''}: ${x.entry?.id ?? 'no page'}${x.reason ? ` [${x.reason}]` : ''}`,
    );
  }
  return lines;
}

/**
 * The pages to show for a bounce: one per distinct answer among its recipients (failed first),
 * with the recipients it answers. A single answer shows as an ordinary diagnosis.
 */
function bounceAnswers(d: Diagnosis): { who: string; diagnosis: Diagnosis }[] {
  const out: { who: string[]; diagnosis: Diagnosis }[] = [];
  for (const { recipient: r, diagnosis: x } of d.bounce?.recipients ?? []) {
    if (!x.entry) continue;
    const same = out.find((o) => o.diagnosis.entry?.id === x.entry?.id);
    if (same) same.who.push(r.recipient ?? '(not named)');
    else out.push({ who: [r.recipient ?? '(not named)'], diagnosis: x });
  }
  return out.map((o) => ({ who: o.who.join(', '), diagnosis: o.diagnosis }));
}

const textHeader = (d: Diagnosis, width: number) =>
  diagnosisHeader(d)
    .split('\n')
    .map((l) => wrap(l, width))
    .join('\n');

const markdownHeader = (d: Diagnosis) =>
  diagnosisHeader(d)
    .split('\n')
    .map((l) => `_${l}_`)
    .join('\n\n');

/** A diagnosis as plain text: the header, the page, and the alternatives; a bounce, per recipient. */
export function renderDiagnosisText(d: Diagnosis, options: { width?: number } = {}): string {
  const width = options.width ?? 80;
  const answers = bounceAnswers(d);
  if (answers.length > 1) {
    // Recipients of one bounce failed for different reasons: one answer each.
    const parts = recipientLines(d);
    for (const a of answers)
      parts.push(
        '',
        `== ${a.who} ==`,
        textHeader(a.diagnosis, width),
        '',
        renderText(a.diagnosis.entry!, options),
      );
    return parts.join('\n');
  }
  const parts = [textHeader(d, width)];
  if (d.bounce && d.bounce.recipients.length > 1) parts.push('', ...recipientLines(d));
  if (d.entry) parts.push('', renderText(d.entry, options));
  if (d.alternatives.length) {
    parts.push('', d.entry ? 'Not this one? It may also be:' : 'It may be:');
    for (const a of d.alternatives)
      parts.push(`  - ${a.entry.id} — ${a.entry.title} (${Math.round(a.confidence * 100)}%)`);
  }
  return parts.join('\n');
}

/** A diagnosis as Markdown: the header, the page, and the alternatives; a bounce, per recipient. */
export function renderDiagnosisMarkdown(d: Diagnosis): string {
  const answers = bounceAnswers(d);
  if (answers.length > 1) {
    const parts = recipientLines(d).map((l, i) => (i === 0 ? `**${l}**` : l.replace(/^ {2}/, '')));
    for (const a of answers)
      parts.push('', `### ${a.who}`, markdownHeader(a.diagnosis), '', renderMarkdown(a.diagnosis.entry!));
    return parts.join('\n');
  }
  const parts = [markdownHeader(d)];
  if (d.entry) parts.push('', renderMarkdown(d.entry));
  if (d.alternatives.length) {
    parts.push('', d.entry ? '**Not this one?** It may also be:' : '**It may be:**', '');
    for (const a of d.alternatives)
      parts.push(`- \`${a.entry.id}\` — ${a.entry.title} (${Math.round(a.confidence * 100)}%)`);
  }
  return parts.join('\n');
}
