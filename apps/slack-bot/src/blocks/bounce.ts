// A bounce whose recipients failed for different reasons: one section per distinct page, with the
// recipients it answers, each opening its full page. Sized for Slack whatever the notice holds.
import { ACTIONS, type AnswerOptions, codeOf, pct, type SlackMessage } from './answer.js';
import { type AnswerInput, encodeRef } from './ref.js';
import { type Block, button, context, cut, escapeMrkdwn, header, LIMITS, section } from './text.js';

type Recipient = NonNullable<AnswerInput['bounce']>['recipients'][number];

/** One distinct answer among a bounce's recipients, with every recipient it answers. */
export interface BounceGroup {
  /** The first recipient's answer (the page, confidence and reason shown for the group). */
  diagnosis: Recipient['diagnosis'];
  /** The group's recipients, in the notice's order (`null`: the notice did not name one). */
  recipients: (string | null)[];
  /** Status codes seen in the group (`5.1.1`), for a group no page matched. */
  statuses: string[];
}

/** Most answers shown one section each; the rest are counted. */
export const MAX_GROUPS = 12;
/** Most addresses listed under one answer; the rest are counted ("…and 37 more"). */
export const MAX_LISTED = 10;

/** The bounce's recipients grouped by page (recipients no page matched, by status), failed first. */
export function bounceGroups(d: AnswerInput): BounceGroup[] {
  const groups = new Map<string, BounceGroup>();
  for (const { recipient: r, diagnosis } of d.bounce?.recipients ?? []) {
    const key = diagnosis.entry?.id ?? `none:${r.status ?? ''}`;
    const g = groups.get(key) ?? { diagnosis, recipients: [], statuses: [] };
    g.recipients.push(r.recipient);
    if (r.status && !g.statuses.includes(r.status)) g.statuses.push(r.status);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** Addresses as inline code, at most {@link MAX_LISTED}, then how many more; within `room` characters. */
export function listRecipients(who: readonly (string | null)[], room: number): string {
  const names = who.map((w) => (w ? `\`${escapeMrkdwn(w)}\`` : '_not named_'));
  for (let n = Math.min(MAX_LISTED, names.length); n >= 1; n--) {
    const more = names.length - n;
    const text = `${names.slice(0, n).join(', ')}${more ? ` …and ${more} more` : ''}`;
    if (text.length <= room) return text;
  }
  return `${names.length} recipients`;
}

function groupSection(g: BounceGroup): Block {
  const e = g.diagnosis.entry;
  const n = g.recipients.length;
  const reason = g.diagnosis.reason ? ` · _${g.diagnosis.reason}_` : '';
  const head = e
    ? `*\`${codeOf(e)}\` ${escapeMrkdwn(e.title)}*${reason} · ${pct(g.diagnosis.confidence)} sure`
    : `*No page matched*${g.statuses.length ? ` (status ${g.statuses.join(', ')})` : ''}${reason}`;
  const fix = e?.fixes[0];
  const body = e
    ? `${escapeMrkdwn(e.summary)}${fix ? `\n*First fix:* ${escapeMrkdwn(fix.title)}. ${escapeMrkdwn(cut(fix.detail, 400))}` : ''}`
    : 'Paste the recipient’s full reply (its Diagnostic-Code) to get a page.';
  const top = cut(`${head}\n${body}`, LIMITS.sectionText - 200);
  const label = `*${n} recipient${n === 1 ? '' : 's'}:* `;
  const text = `${top}\n${label}${listRecipients(g.recipients, LIMITS.sectionText - top.length - label.length - 1)}`;
  const block: Block = section(text);
  if (e && block.type === 'section')
    block.accessory = button(
      'Full page',
      ACTIONS.fullPage,
      encodeRef({ entry: e, confidence: g.diagnosis.confidence, alternatives: [] }),
    );
  return block;
}

/** The plain-text fallback for a bounce with several answers. */
function fallback(groups: BounceGroup[], total: number): string {
  const parts = groups.map((g) =>
    g.diagnosis.entry
      ? `${codeOf(g.diagnosis.entry)} ${g.diagnosis.entry.title} (${g.recipients.length})`
      : `no page (${g.recipients.length})`,
  );
  return cut(
    `Bounce: ${total} recipients, ${groups.length} different answers: ${parts.join('; ')}`,
    LIMITS.fallbackText,
  );
}

/**
 * A bounce whose recipients got different pages: a header, one section per page (its code, title,
 * reason, summary, first fix and recipients, with a **Full page** button), the answers past
 * {@link MAX_GROUPS} counted, and recipients the notice reports beyond those read. At most
 * {@link MAX_GROUPS} + 6 blocks, each within Slack's 3000 characters.
 */
export function bounceMessage(d: AnswerInput, options: AnswerOptions = {}): SlackMessage {
  const b = d.bounce!;
  const groups = bounceGroups(d);
  const unread = Math.max(0, options.unreadRecipients ?? 0);
  const total = b.recipients.length + unread;
  const blocks: Block[] = [
    header(`Bounce: ${total} recipients, ${groups.length} different answers`),
    context(
      `Bounce (${escapeMrkdwn(b.format)}) reporting ${total} recipients · one answer per page below, failed recipients first`,
    ),
  ];
  for (const g of groups.slice(0, MAX_GROUPS)) blocks.push(groupSection(g));
  const rest = groups.slice(MAX_GROUPS);
  if (rest.length) {
    const n = rest.reduce((s, g) => s + g.recipients.length, 0);
    blocks.push(
      section(
        `…and ${rest.length} more answers for ${n} recipients. \`smtpfix explain bounce.eml\` prints every one.`,
      ),
    );
  }
  if (unread)
    blocks.push(
      context(
        `The notice reports ${unread} more recipients than the ${b.recipients.length} read here; answers above are for those ${b.recipients.length}.`,
      ),
    );
  blocks.push(context('*Full page* opens each page · pastes are masked before they are quoted'));
  return { text: fallback(groups, total), blocks: blocks.slice(0, LIMITS.messageBlocks) };
}
