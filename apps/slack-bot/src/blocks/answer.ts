// A diagnosis as a Slack message: the page up front, the rest behind buttons when it is long.
import { type CatalogEntry, fixPageUrl, getEntry, type Severity } from '@smtpfix/core';
import { bounceGroups, bounceMessage } from './bounce.js';
import { type AnswerInput, encodeRef } from './ref.js';
import { type Block, button, context, cut, escapeMrkdwn, header, LIMITS, section, split } from './text.js';

/** Action ids of every button the bot sends. */
export const ACTIONS = {
  alternatives: 'smtpfix_alternatives',
  share: 'smtpfix_share',
  fullPage: 'smtpfix_full_page',
  openEntry: 'smtpfix_open_entry',
  homeLookup: 'smtpfix_home_lookup',
} as const;

/** A message body: blocks plus the plain `text` Slack shows in notifications. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Options for {@link answerMessage}. */
export interface AnswerOptions {
  /** Offer "Share in channel" (the slash command's ephemeral answer). @default false */
  share?: boolean;
  /** The (already masked) paste, quoted back when the reader cannot see it above. */
  quote?: string | null;
  /** A line added at the bottom, e.g. "Shared by @ana". */
  footer?: string | null;
  /** Characters the page's sections may use in all before the rest goes behind a button. @default 6000 */
  budget?: number;
  /**
   * Base URL of the smtpfix site (`SMTPFIX_SITE_URL`): the answer links to the page there.
   * @default null (no link)
   */
  siteUrl?: string | null;
  /**
   * Recipients the bounce reports beyond those core's reader returned (it reads the first 100),
   * counted so the answer says how many were left out. @default 0
   */
  unreadRecipients?: number;
}

const SEVERITY_ICON: Record<Severity, string> = {
  low: ':large_blue_circle:',
  medium: ':large_yellow_circle:',
  high: ':large_orange_circle:',
  critical: ':red_circle:',
};

/** `535 5.7.8`, or the stage for errors below SMTP. */
export function codeOf(e: CatalogEntry): string {
  return [e.replyCode, e.enhancedCode].filter((x) => x !== null).join(' ') || e.stage;
}

export const pct = (c: number) => `${Math.round(c * 100)}%`;

function retryText(e: CatalogEntry): string {
  if (e.retry.kind === 'backoff')
    return `yes, it is temporary: back off from ${Math.round(e.retry.initialDelayMs / 1000)} s up to ${Math.round(e.retry.maxDelayMs / 1000)} s`;
  return e.retry.kind === 'never' ? 'never; this message cannot succeed' : 'not until it is fixed';
}

/** The page's sections as mrkdwn, in reading order, each whole (not yet cut). */
export function pageSections(e: CatalogEntry): { title: string; body: string }[] {
  return [
    { title: "What's happening", body: escapeMrkdwn(e.whatsHappening) },
    { title: 'Common causes', body: e.causes.map((c) => `• ${escapeMrkdwn(c)}`).join('\n') },
    {
      title: 'How to fix it',
      body: e.fixes
        .map((f, i) => `${i + 1}. *${escapeMrkdwn(f.title)}.* ${escapeMrkdwn(f.detail)}`)
        .join('\n'),
    },
    { title: 'Stop it recurring', body: escapeMrkdwn(e.prevention) },
    { title: 'Retry', body: `${retryText(e)}. ${escapeMrkdwn(e.retry.note)}` },
  ];
}

function relatedText(e: CatalogEntry): string | null {
  if (!e.related.length) return null;
  const items = e.related.slice(0, 6).map((id) => {
    const r = getEntry(id);
    return r ? `\`${codeOf(r)}\` ${escapeMrkdwn(r.title)}` : `\`${id}\``;
  });
  return `*Related errors:* ${items.join(' · ')}`;
}

/** The plain-text fallback Slack shows in notifications and to screen readers. */
export function fallbackText(d: AnswerInput): string {
  if (!d.entry) return 'No known SMTP error matched. Paste the full reply, including its code.';
  return cut(
    `${codeOf(d.entry)} — ${d.entry.title} [${d.entry.severity}]: ${d.entry.summary} (${pct(d.confidence)} sure)`,
    LIMITS.fallbackText,
  );
}

/** Most recipients listed in one answer; the rest are counted. */
const MAX_RECIPIENT_LINES = 15;

/**
 * For a whole bounce: one line per recipient with its own page and reason, so a notice that
 * reports several failures answers each (the page below is the first failed recipient's).
 */
function recipientsBlock(d: AnswerInput, unread: number): Block | null {
  const rs = d.bounce?.recipients ?? [];
  if (!rs.length) return null;
  const line = ({ recipient: r, diagnosis: x }: (typeof rs)[number]) => {
    const who = r.recipient ? `\`${escapeMrkdwn(r.recipient)}\`` : '_recipient not named_';
    const what = [r.action, r.status].filter(Boolean).join(' ');
    const page = x.entry ? `\`${codeOf(x.entry)}\` ${escapeMrkdwn(x.entry.title)}` : 'no page matched';
    return `• ${who}${what ? ` (${what})` : ''}: ${page}${x.reason ? ` · _${x.reason}_` : ''}`;
  };
  const lines = rs.slice(0, MAX_RECIPIENT_LINES).map(line);
  const more = Math.max(0, rs.length - MAX_RECIPIENT_LINES) + unread;
  if (more) lines.push(`…and ${more} more`);
  const head =
    rs.length + unread === 1
      ? `*Bounce (${d.bounce!.format})* for one recipient:`
      : `*Bounce (${d.bounce!.format}) reporting ${rs.length + unread} recipients*${
          bounceGroups(d).length > 1 ? '; the page below is for the first failed one' : ', all with this page'
        }:`;
  return section(cut(`${head}\n${lines.join('\n')}`, LIMITS.sectionText));
}

function quoteBlock(quote: string): Block {
  const line = cut(quote.replace(/\s+/g, ' ').trim(), 300);
  return context(`You asked about: \`${escapeMrkdwn(line).replace(/`/g, "'")}\``);
}

/**
 * A Slack message for a diagnosis: code, title and severity up front, the summary, what is
 * happening, causes, numbered fixes, prevention, retry advice, related errors and confidence,
 * with "Not this one?" when there are alternatives. Sections are cut cleanly at sentence or word
 * boundaries to stay within `budget`, and then "Show the full page" opens the rest. Always within
 * 50 blocks and 3000 characters per section.
 */
export function answerMessage(d: AnswerInput, options: AnswerOptions = {}): SlackMessage {
  // Recipients that failed for different reasons each get their page (the share button and quote
  // belong to the slash command's single answers).
  if (d.bounce && !options.share && bounceGroups(d).length > 1) return bounceMessage(d, options);
  const blocks: Block[] = [];
  const ref = encodeRef(d);
  const actions = [];
  if (options.quote) blocks.push(quoteBlock(options.quote));

  if (!d.entry) {
    const code = [d.reply?.replyCode, d.reply?.enhancedCode].filter(Boolean).join(' ');
    blocks.push(
      section(
        code
          ? `I don't have a page that matches this \`${code}\` reply well enough.`
          : "I couldn't find an SMTP, OAuth token or connection error in that text.",
      ),
      section(
        '*To get an answer, paste the whole error*, including the reply code and the text after it, e.g.\n' +
          '```535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8 https://support.google.com/mail/?p=BadCredentials - gsmtp```\n' +
          'A nodemailer error works too (its `code`, `response`, `responseCode` and `command`). Passwords and tokens in a paste are masked before I quote anything.',
      ),
    );
    if (d.alternatives.length) {
      blocks.push(
        section(
          `*It may be one of these:*\n${d.alternatives
            .map((a) => `• \`${codeOf(a.entry)}\` ${escapeMrkdwn(a.entry.title)} (${pct(a.confidence)})`)
            .join('\n')}`,
        ),
      );
      actions.push(button('Show these pages', ACTIONS.alternatives, ref));
    }
  } else {
    const e = d.entry;
    blocks.push(
      header(`${codeOf(e)} · ${e.title}`),
      context(
        `${SEVERITY_ICON[e.severity]} *${e.severity}* severity · stage *${e.stage}* · ${pct(d.confidence)} sure${
          d.bounce && d.reason ? ` · reason *${d.reason}*` : ''
        }${e.provider === 'generic' ? ' · generic meaning of the code' : ''}`,
      ),
      section(`*${escapeMrkdwn(e.summary)}*`),
    );
    // Whose server replied, in the reader's words, before the fixes: it changes where to fix it.
    if (d.originNote) blocks.push(section(`:information_source: ${escapeMrkdwn(d.originNote)}`));
    const recipients = recipientsBlock(d, Math.max(0, options.unreadRecipients ?? 0));
    if (recipients) blocks.push(recipients);
    let budget = options.budget ?? 6000;
    let truncated = false;
    for (const s of pageSections(e)) {
      const full = `*${s.title}*\n${s.body}`;
      if (budget < 200) {
        truncated = true;
        break;
      }
      const room = Math.min(LIMITS.sectionText, budget);
      if (full.length > room) truncated = true;
      const text = cut(full, room);
      budget -= text.length;
      blocks.push(section(text));
    }
    const related = relatedText(e);
    if (related) blocks.push(section(related));
    blocks.push(
      context(
        `Page \`${e.id}\` · ${pct(d.confidence)} sure${
          options.siteUrl ? ` · <${fixPageUrl(options.siteUrl, e)}|Read it on the web>` : ''
        }${e.helpUrl ? ` · <${e.helpUrl}|Google's help page>` : ''}${
          e.checked ? ` · checked ${e.checked.slice(0, 7)}` : ''
        } · pastes are masked before they are quoted`,
      ),
    );
    if (d.alternatives.length) actions.push(button('Not this one?', ACTIONS.alternatives, ref));
    if (truncated) actions.push(button('Show the full page', ACTIONS.fullPage, ref));
  }
  if (options.share && d.entry) {
    const share = button('Share in channel', ACTIONS.share, ref);
    share.style = 'primary';
    actions.unshift(share);
  }
  if (actions.length) blocks.push({ type: 'actions', elements: actions.slice(0, 25) });
  if (options.footer) blocks.push(context(options.footer));
  return { text: fallbackText(d), blocks: fitBlocks(blocks, LIMITS.messageBlocks) };
}

/**
 * Keeps at most `max` blocks: drops sections from the middle (never the header, the first
 * sections or the closing context and buttons).
 */
export function fitBlocks(blocks: Block[], max: number): Block[] {
  if (blocks.length <= max) return blocks;
  const tail = blocks.slice(-3);
  return [...blocks.slice(0, max - tail.length), ...tail];
}

/**
 * The foot of the full page, as the core renderers print it: "Sources: a, b, checked 2026-12",
 * each source a link, so a reader can check the facts. Cut to one context element.
 */
function sourcesFoot(e: CatalogEntry): string | undefined {
  const checked = e.checked ? `checked ${e.checked.slice(0, 7)}` : undefined;
  if (e.sources.length === 0) return checked && `Facts ${checked}`;
  const links = e.sources.map((u) => `<${u}|${u.replace(/^https?:\/\//, '').replace(/\/$/, '')}>`);
  const tail = checked ? `, ${checked}` : '';
  let text = `Sources: ${links.join(', ')}${tail}`;
  // Drop whole links from the end rather than cut one in half, so every link still works.
  while (text.length > LIMITS.contextText && links.length > 1) {
    links.pop();
    text = `Sources: ${links.join(', ')}, …${tail}`;
  }
  return text;
}

/** Every section of a page, split (never cut) to fit Slack's limits, for the full-page modal. */
export function fullPageBlocks(d: AnswerInput): Block[] {
  const e = d.entry;
  if (!e) return answerMessage(d).blocks;
  const blocks: Block[] = [
    header(`${codeOf(e)} · ${e.title}`),
    context(
      `${SEVERITY_ICON[e.severity]} *${e.severity}* severity · stage *${e.stage}* · ${pct(d.confidence)} sure`,
    ),
    ...split(`*${escapeMrkdwn(e.summary)}*`, LIMITS.sectionText).map(section),
    { type: 'divider' },
  ];
  for (const s of pageSections(e))
    blocks.push(...split(`*${s.title}*\n${s.body}`, LIMITS.sectionText).map(section));
  const related = relatedText(e);
  if (related) blocks.push(section(related));
  if (e.helpUrl) blocks.push(context(`<${e.helpUrl}|Google's help page> · page \`${e.id}\``));
  const foot = sourcesFoot(e);
  if (foot) blocks.push(context(foot));
  return fitBlocks(blocks, LIMITS.viewBlocks);
}
