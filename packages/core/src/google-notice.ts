/**
 * Google's own delivery notices in the sender's UI language, recognised by their structure and
 * Google's stable markers rather than by English words.
 *
 * Gmail writes its notice in the sender's language but keeps its layout: the `** heading **` line
 * at the top, Google's help link, the sender `mailer-daemon@googlemail.com` and, when there is one,
 * the RFC 3464 report part. Those are what this module reads.
 */

/** The `** heading **` line Google puts at the top of every notice, in every language. */
export const GOOGLE_HEADING_LINE = /^\*\* (.{2,80}) \*\*\s*$/m;

/** Google's notice sender, the one address that sends only Google's delivery notices. */
export const GOOGLE_NOTICE_SENDER = /mailer-daemon@googlemail\.com/i;

// Gmail's web view above a message, where a raw message has its header fields: the sender ("Mail
// Delivery Subsystem <mailer-daemon@googlemail.com>", the address bare, or after the name
// without brackets), the date line ("Sep 29, 2025, 6:17 PM (7 days ago)") and the recipients line
// ("to me"), a blank line sometimes between them.
const WEB_VIEW_HEADER =
  /^\s*(?=\S)((?:[^\n<>@:]{0,80}?[ \t]*<?)?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}>?(?:[ \t]+\([^)\n]{0,80}\))?)[ \t]*\n(?:[ \t]*\n)?[^\n]{1,80}\n(?:[ \t]*\n)?[ \t]*to [^\n]{1,80}\n/;

/**
 * The sender and the rest of a copy of Gmail's web view (see `WEB_VIEW_HEADER`), or `null` when
 * the text does not open with the view's sender, date and recipients lines.
 * @internal
 */
export function webViewHeader(text: string): { from: string; body: string } | null {
  // The view's lines open the copy: its first 2 KB hold them, however long the copy is.
  const m = WEB_VIEW_HEADER.exec(text.slice(0, 2048)) ?? GOOGLE_SENDER_LINE.exec(text.slice(0, 2048));
  return m ? { from: m[1]!.trim(), body: text.slice(m[0].length) } : null;
}

// A copy that kept only the view's sender line, when that sender is Google's notice sender: the
// one address that sends nothing but Google's notices names the copy's sender on its own.
// A flattened copy keeps it as the text's first words.
const GOOGLE_SENDER_LINE =
  /^\s*((?:[^\n<>@:]{0,80}?[ \t]*<)?mailer-daemon@googlemail\.com>?)(?:[ \t]*\n|[ \t]+)/i;

// The subject of Google's notice on a line of its own: words, then the outcome in parentheses.
const NOTICE_SUBJECT_LINE = /^[ \t]*[^\s()][^()\n]{4,70}\([^()\s][^()\n]{0,30}\)[ \t]*$/;

/**
 * A notice that opens with Google's `** heading **` line (before any other words) and carries a
 * delivery-status report: Google's layout, even when a copy has lost the help link and sender.
 */
export function googleLayout(notice: string): boolean {
  const m = GOOGLE_HEADING_LINE.exec(notice);
  if (!m) return false;
  // The heading opens the notice: only header fields or blank lines come before it, so a
  // `** note **` further down another MTA's notice is not taken for Google's. A paste may keep the
  // notice's subject above it as one line, in any language ending in Google's parenthesised
  // outcome: "Delivery Status Notification (Failure)", "Notificación de estado de la entrega (error)".
  const before = notice.slice(0, m.index);
  const words = before.split(/\r?\n/).filter((l) => l.trim() !== '' && !/^[\w-]+:/.test(l));
  if (words.length > 1 || (words.length === 1 && !NOTICE_SUBJECT_LINE.test(words[0]!))) return false;
  return /^(?:Final-Recipient|Status):/im.test(notice);
}

// Google's help pages name the notice: each page's answer id or `p=` topic, as Google links them
// in its notices whatever their language (answer ids from the catalog pages' own help links).
const HELP_LINK_PAGE: readonly [RegExp, string][] = [
  [/support\.google\.com\/mail\/answer\/69585\b/i, 'notice-message-blocked'],
  [/support\.google\.com\/a\/answer\/2520500\b/i, 'notice-remote-server-no-tls'],
  [/support\.google\.com\/a\/answer\/140034\b/i, 'notice-remote-server-misconfigured'],
];

// Fallback only, for a notice that carries neither a help link nor a reason (no reply, no report
// status): Google's localised headings, each as seen in a public copy of the notice
// (src/test/fixtures/localised-notices.json names the copies by their code-index ids).
const LOCALISED_HEADING_PAGE: readonly [string, string][] = [
  // it, code-index id 62883930974
  ['Indirizzo non trovato', 'notice-address-not-found'],
  ['Messaggio bloccato', 'notice-message-blocked'],
  // fr, code-index ids 70521315003 and 71436216456
  ['Adresse introuvable', 'notice-address-not-found'],
  // ja, code-index id 70107621290 (a flattened copy, heading first on the line)
  ['アドレス不明', 'notice-address-not-found'],
  // es, code-index id 71238829152
  ['No se ha encontrado la dirección', 'notice-address-not-found'],
];

// Gmail's own sentence under a localised heading, as public copies of the notice show it: it names
// the notice wherever a copy puts it (flattened, below a sender line, its heading lost).
const LOCALISED_SENTENCE_PAGE: readonly [string, string][] = [
  // ja, code-index id 70107621290
  ['アドレスが見つからなかったか、メールを受信できないアドレスであるため', 'notice-address-not-found'],
];

/**
 * The Google notice page a localised notice names by Google's help link or, failing that, by its
 * heading (as the `** heading **` line or the text's first words): `undefined` when neither names
 * one. Callers use it only for text already read as Google's notice. Answer 7720, the did-not-accept
 * page's link, names no page here: Gmail puts it in every delay notice as its generic "Learn more"
 * link, whatever the cause (LABELLING.md §8); that page is named by its own sentence.
 */
export function googleNoticePage(notice: string): string | undefined {
  for (const [link, id] of HELP_LINK_PAGE) if (link.test(notice)) return id;
  const heading = GOOGLE_HEADING_LINE.exec(notice)?.[1]?.trim();
  // Gmail's web view shows the heading below the error icon, whose alt text a copy keeps.
  // A copy that kept the view's sender line above the heading (also inside a forward) starts below it.
  const body = notice
    .replace(/^(?:[\w-]+:.*\r?\n)+\r?\n?/, '')
    .replace(GOOGLE_SENDER_LINE, '')
    .trimStart()
    .replace(/^(?:Error|Warning) Icon[ \t]*\r?\n\s*/, '');
  for (const [words, id] of LOCALISED_HEADING_PAGE)
    if (heading === words || body.startsWith(words)) return id;
  for (const [words, id] of LOCALISED_SENTENCE_PAGE) if (notice.includes(words)) return id;
  return undefined;
}
