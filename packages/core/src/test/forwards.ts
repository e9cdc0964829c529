// How people hand a bounce over: forwarded from a mail client, attached as an `.eml`, pasted into
// Slack, or re-encoded by their client. Each transform is a small pure function modelled on what the
// real client produces (forwarded-message layouts as in crisp-oss/email-forward-parser's fixtures:
// test/fixtures/gmail_en_body.txt, apple_mail_en_body.txt, outlook_2013_en_body.txt).
import { decodeBody, htmlToText, leafParts, mediaType, splitMessage } from '../mime.js';
import type { BounceSample } from './bounces.js';

/** A bounce as a mail client holds it: its header fields and the parts it shows or attaches. */
interface Held {
  from: string;
  to: string;
  subject: string;
  date: string;
  /** The text the client shows as the message's body. */
  shown: string;
  /** Parts the client keeps as attachments (a report part, the returned original), raw. */
  attachments: { headers: string; body: string }[];
  /** The whole message as received (headers and body), for a forward as attachment. */
  raw: string;
}

// Sample shapes that are a bounce message (or the notice of one). Log lines, single replies and
// apps' error objects are pasted, never forwarded: only the code-fence transform applies to them.
const NOT_MESSAGES = new Set(['postfix-log', 'reply-only', 'app-error', 'ses-json']);

/** Whether a sample is a bounce message (or its notice) a person could forward. */
export function isMessage(b: BounceSample): boolean {
  return !NOT_MESSAGES.has(b.shape);
}

/** Who sends a notice of this shape, and its usual subject, for a paste that kept no headers. */
function senderOf(shape: string, delayed: boolean): { from: string; subject: string } {
  if (/^gmail|^groups/.test(shape))
    return {
      from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      subject: `Delivery Status Notification (${delayed ? 'Delay' : 'Failure'})`,
    };
  if (shape === 'postfix')
    return {
      from: 'MAILER-DAEMON@mail.example.org (Mail Delivery System)',
      subject: delayed ? 'Delayed Mail (still being retried)' : 'Undelivered Mail Returned to Sender',
    };
  if (shape === 'exim')
    return {
      from: 'Mail Delivery System <Mailer-Daemon@mail.example.org>',
      subject: delayed
        ? 'Warning: message 1abcDE-0001Xy-2Z delayed 24 hours'
        : 'Mail delivery failed: returning message to sender',
    };
  if (shape === 'qmail') return { from: 'MAILER-DAEMON@mail.example.org', subject: 'failure notice' };
  if (shape === 'sendmail')
    return {
      from: 'Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>',
      subject: delayed
        ? 'Warning: could not send message for past 4 hours'
        : 'Returned mail: see transcript for details',
    };
  if (shape === 'exchange-ndr')
    return { from: 'Microsoft Outlook <postmaster@example.org>', subject: 'Undeliverable: Quarterly report' };
  return {
    from: 'Mail Delivery System <MAILER-DAEMON@mail.example.org>',
    subject: `Delivery Status Notification (${delayed ? 'Delay' : 'Failure'})`,
  };
}

const DATE = 'Mon, 4 Mar 2024 10:15:02 +0000';
const USER = 'Alice Example <alice@example.net>';

/** The message a sample is, with the headers a paste left out put back as its sender writes them. */
export function held(b: BounceSample): Held {
  const text = b.text.replace(/\r\n?/g, '\n');
  const root = splitMessage(text);
  if (root.headers.size === 0) {
    const delayed =
      /\b(?:delay(?:ed)?|will (?:be )?retr|not (?:yet )?been delivered|still being retried|temporar)/i.test(
        text,
      );
    const { from, subject } = senderOf(b.shape, delayed);
    const headers = `From: ${from}\nTo: alice@example.net\nSubject: ${subject}\nDate: ${DATE}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n`;
    return {
      from,
      to: 'alice@example.net',
      subject,
      date: DATE,
      shown: text,
      attachments: [],
      raw: `${headers}\n${text}`,
    };
  }
  const texts: string[] = [];
  const htmls: string[] = [];
  const attachments: Held['attachments'] = [];
  if (!mediaType(root).startsWith('multipart/')) {
    const body = decodeBody(root);
    texts.push(mediaType(root) === 'text/html' ? htmlToText(body) : body);
  } else
    for (const part of leafParts(root)) {
      const type = mediaType(part);
      if (type === 'text/plain') texts.push(decodeBody(part));
      else if (type === 'text/html') htmls.push(htmlToText(decodeBody(part)));
      else attachments.push({ headers: headerBlock(part.headers), body: part.body });
    }
  return {
    from: root.headers.get('from') ?? 'Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>',
    to: root.headers.get('to') ?? 'alice@example.net',
    subject: root.headers.get('subject') ?? 'Undelivered Mail Returned to Sender',
    date: root.headers.get('date') ?? DATE,
    shown: (texts.length ? texts : htmls).join('\n'),
    attachments,
    raw: text,
  };
}

function headerBlock(headers: Map<string, string>): string {
  let out = '';
  for (const [name, value] of headers)
    out += `${name.replace(/(^|-)([a-z])/g, (m) => m.toUpperCase())}: ${value}\n`;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Encodings a client applies: base64, quoted-printable, charsets, RFC 2047 words.

declare const btoa: (data: string) => string;

const utf8Bytes = (s: string) => new TextEncoder().encode(s);

/** Reverse table of a single-byte charset (windows-1252, ISO-8859-1), built with TextDecoder. */
function singleByte(charset: string): Map<string, number> {
  const dec = new TextDecoder(charset);
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(Uint8Array.of(b));
    if (ch !== '\ufffd' && !map.has(ch)) map.set(ch, b);
  }
  return map;
}

let jisTable: Map<string, [number, number]> | null = null;
/** JIS X 0208 characters and their two bytes, read off TextDecoder's own ISO-2022-JP decoder. */
function jis(): Map<string, [number, number]> {
  if (jisTable) return jisTable;
  const dec = new TextDecoder('iso-2022-jp');
  jisTable = new Map();
  for (let a = 0x21; a <= 0x7e; a++)
    for (let c = 0x21; c <= 0x7e; c++) {
      const ch = dec.decode(Uint8Array.of(0x1b, 0x24, 0x42, a, c, 0x1b, 0x28, 0x42));
      if (ch.length === 1 && ch !== '\ufffd' && !jisTable.has(ch)) jisTable.set(ch, [a, c]);
    }
  return jisTable;
}

/** The bytes of `text` in `charset`, or `null` when a character has no place in it. */
export function encodeText(text: string, charset: string): Uint8Array | null {
  const cs = charset.toLowerCase();
  if (cs === 'utf-8') return utf8Bytes(text);
  if (cs === 'iso-2022-jp') {
    const table = jis();
    const out: number[] = [];
    let kanji = false;
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) {
        if (kanji) out.push(0x1b, 0x28, 0x42);
        kanji = false;
        out.push(code);
        continue;
      }
      const pair = table.get(ch);
      if (!pair) return null;
      if (!kanji) out.push(0x1b, 0x24, 0x42);
      kanji = true;
      out.push(pair[0], pair[1]);
    }
    if (kanji) out.push(0x1b, 0x28, 0x42);
    return Uint8Array.from(out);
  }
  const table = singleByte(cs);
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const b = ch.codePointAt(0)! < 0x80 ? ch.codePointAt(0)! : table.get(ch);
    if (b === undefined) return null;
    out[n++] = b;
  }
  return out.subarray(0, n);
}

const latin1 = (bytes: Uint8Array) => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
};

/** Base64 in lines of 76 (RFC 2045). */
export function base64(bytes: Uint8Array): string {
  return (btoa(latin1(bytes)).match(/.{1,76}/g) ?? []).join('\n');
}

/** Quoted-printable (RFC 2045): `=XX` for 8-bit bytes and `=`, soft breaks at 76. */
export function quotedPrintable(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (const line of latin1(bytes).split('\n')) {
    let enc = '';
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      const last = i === line.length - 1;
      enc +=
        c === 61 || c > 126 || (c < 32 && c !== 9) || (last && (c === 32 || c === 9))
          ? `=${c.toString(16).toUpperCase().padStart(2, '0')}`
          : line[i];
    }
    let rest = enc;
    while (rest.length > 76) {
      let cut = 75;
      // Never split an `=XX` escape.
      if (rest[cut - 1] === '=') cut -= 1;
      else if (rest[cut - 2] === '=') cut -= 2;
      lines.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    lines.push(rest);
  }
  return lines.join('\n');
}

/** An RFC 2047 encoded word (`=?charset?B?…?=` or `?Q?`), split into words of at most 75 characters. */
export function encodedWords(text: string, charset: string, kind: 'B' | 'Q'): string {
  const bytes = encodeText(text, charset) ?? utf8Bytes(text);
  const cs = encodeText(text, charset) ? charset : 'UTF-8';
  const words: string[] = [];
  const prefix = `=?${cs}?${kind}?`;
  if (kind === 'B') {
    // 45 bytes make 60 base64 characters: with the prefix and `?=`, under 75 (UTF-8 sequences kept whole).
    let i = 0;
    while (i < bytes.length) {
      let end = Math.min(bytes.length, i + 45);
      while (end < bytes.length && end > i + 1 && (bytes[end]! & 0xc0) === 0x80) end--;
      words.push(`${prefix}${btoa(latin1(bytes.subarray(i, end)))}?=`);
      i = end;
    }
  } else {
    let word = '';
    for (const b of bytes) {
      const ch =
        b === 32
          ? '_'
          : (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
            ? String.fromCharCode(b)
            : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      if (prefix.length + word.length + ch.length + 2 > 75) {
        words.push(`${prefix}${word}?=`);
        word = '';
      }
      word += ch;
    }
    if (word) words.push(`${prefix}${word}?=`);
  }
  // Folded: one word per line, continuation lines start with a space.
  return words.join('\n ');
}

/** A `Name <addr>` or `addr (Name)` with its display name RFC 2047-encoded. */
function encodeAddress(from: string, charset: string, kind: 'B' | 'Q'): string {
  const angle = /^\s*"?([^"<]*?)"?\s*(<[^>]+>)\s*$/.exec(from);
  if (angle?.[1]) return `${encodedWords(angle[1], charset, kind)} ${angle[2]}`;
  const paren = /^\s*(\S+@\S+)\s*\(([^)]+)\)\s*$/.exec(from);
  if (paren) return `${encodedWords(paren[2]!, charset, kind)} <${paren[1]}>`;
  return from;
}

// ---------------------------------------------------------------------------------------------
// Building messages.

let boundaryCount = 0;
const boundary = () => `000000000000${(++boundaryCount).toString(16).padStart(4, '0')}f2e9a0615c1b7`;

/** A text part in a charset, encoded the way the client does it (falls back to UTF-8 as clients do). */
function textPart(type: string, text: string, charset: string, cte: 'base64' | 'quoted-printable' | '7bit') {
  const bytes = encodeText(text, charset);
  const cs = bytes ? charset : 'UTF-8';
  const data = bytes ?? utf8Bytes(text);
  const body =
    cte === 'base64' ? base64(data) : cte === 'quoted-printable' ? quotedPrintable(data) : latin1(data);
  return { headers: `Content-Type: ${type}; charset="${cs}"\nContent-Transfer-Encoding: ${cte}\n`, body };
}

function multipart(subtype: string, parts: { headers: string; body: string }[], extra = ''): string {
  const b = boundary();
  let out = `Content-Type: multipart/${subtype}; boundary="${b}"${extra}\n\n`;
  for (const p of parts) out += `--${b}\n${p.headers}\n${p.body.replace(/\n*$/, '')}\n\n`;
  return `${out}--${b}--\n`;
}

/** A part from a raw part header block (`Content-Type: multipart/…` with a body). */
function asPart(whole: string): { headers: string; body: string } {
  const cut = whole.indexOf('\n\n');
  return { headers: `${whole.slice(0, cut)}\n`, body: whole.slice(cut + 2) };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function userHeaders(subject: string): string {
  return `From: ${USER}\nTo: Support <help@example.com>\nSubject: ${subject}\nDate: Tue, 5 Mar 2024 09:01:44 +0100\nMessage-ID: <CAF1x2y3z4@mail.gmail.com>\nMIME-Version: 1.0\n`;
}

/**
 * Gmail's web UI, Forward: the user's line, `---------- Forwarded message ---------` and the
 * original's From/Date/Subject/To (only the sender's label is localised: `Von:`, `De :`), as text/plain and text/html in UTF-8 (quoted-printable); the
 * original's attachments (report part, returned message) are forwarded as attachments.
 */
export function gmailForward(b: BounceSample, fromLabel = 'From:'): string {
  const h = held(b);
  const block = `---------- Forwarded message ---------\n${fromLabel} ${h.from}\nDate: ${h.date}\nSubject: ${h.subject}\nTo: ${h.to}\n\n\n`;
  const plain = `Can you look at this bounce?\n\n${block}${h.shown}`;
  const html = `<div dir="ltr">Can you look at this bounce?<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">${escapeHtml(h.from)}</strong><br>Date: ${h.date}<br>Subject: ${escapeHtml(h.subject)}<br>To: ${escapeHtml(h.to)}<br></div><br><br>${escapeHtml(h.shown).replace(/\n/g, '<br>\n')}</div></div>`;
  const alternative = multipart('alternative', [
    textPart('text/plain', plain, 'UTF-8', 'quoted-printable'),
    textPart('text/html', html, 'UTF-8', 'quoted-printable'),
  ]);
  const subject = `Fwd: ${h.subject}`;
  if (!h.attachments.length) return userHeaders(subject) + alternative;
  return userHeaders(subject) + multipart('mixed', [asPart(alternative), ...h.attachments]);
}

/**
 * Outlook (desktop and web), Forward: a `________________________________` rule, then
 * From/Sent/To/Subject (or in French De/Envoyé/À/Objet); plain text in windows-1252, quoted-printable, CRLF line ends.
 */
export function outlookForward(b: BounceSample, french = false): string {
  const h = held(b);
  const block = french
    ? `De : ${h.from}\nEnvoyé : lundi 4 mars 2024 10:15\nÀ : ${h.to}\nObjet : ${h.subject}`
    : `From: ${h.from}\nSent: Monday, March 4, 2024 10:15 AM\nTo: ${h.to}\nSubject: ${h.subject}`;
  const plain = `Please see below.\n\n________________________________\n${block}\n\n${h.shown}`;
  const part = textPart('text/plain', plain, 'windows-1252', 'quoted-printable');
  const headers = `From: ${USER}\nTo: Support <help@example.com>\nSubject: FW: ${h.subject}\nDate: Mon, 4 Mar 2024 11:02:10 +0000\nThread-Topic: ${h.subject}\nMIME-Version: 1.0\n`;
  const msg = h.attachments.length
    ? headers + multipart('mixed', [part, ...h.attachments])
    : `${headers}${part.headers}\n${part.body}\n`;
  return msg.replace(/\n/g, '\r\n');
}

/**
 * Outlook on the web / mobile sending HTML only: the forwarded block after an `<hr>`, its field
 * names in bold, the text in `<div>`s with `&nbsp;` and numeric entities.
 */
export function outlookHtmlForward(b: BounceSample): string {
  const h = held(b);
  const esc = (t: string) => escapeHtml(t).replace(/'/g, '&#39;').replace(/ {2}/g, ' &nbsp;');
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div>Please see below.</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> ${esc(h.from)}<br><b>Sent:</b> Monday, March 4, 2024 10:15 AM<br><b>To:</b> ${esc(h.to)}<br><b>Subject:</b> ${esc(h.subject)}</font><div>&nbsp;</div></div><div>${h.shown
    .split('\n')
    .map((l) => `<div>${l ? esc(l) : '<br>'}</div>`)
    .join('\n')}</div></body></html>`;
  const part = textPart('text/html', html, 'UTF-8', 'quoted-printable');
  const headers = `From: ${USER}\nTo: Support <help@example.com>\nSubject: FW: ${h.subject}\nDate: Mon, 4 Mar 2024 11:02:10 +0000\nMIME-Version: 1.0\n`;
  return h.attachments.length
    ? headers + multipart('mixed', [part, ...h.attachments])
    : `${headers}${part.headers}\n${part.body}\n`;
}

/**
 * Apple Mail, Forward: `Begin forwarded message:` and From/Subject/Date/To, the forwarded text
 * quoted with `> ` in the plain part (as Apple Mail writes it) and in a blockquote in the HTML part.
 */
export function appleForward(b: BounceSample): string {
  const h = held(b);
  const block = `Begin forwarded message:\n\nFrom: ${h.from}\nSubject: ${h.subject}\nDate: 4 March 2024 at 10:15:02 GMT\nTo: ${h.to}\n\n${h.shown}`;
  const plain = `Any idea what this means?\n\n${block
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n')}`;
  const html = `<html><body>Any idea what this means?<br><div><br><blockquote type="cite"><div>Begin forwarded message:</div><br><div><b>From: </b>${escapeHtml(h.from)}<br><b>Subject: </b>${escapeHtml(h.subject)}<br><b>Date: </b>4 March 2024 at 10:15:02 GMT<br><b>To: </b>${escapeHtml(h.to)}<br></div><br><div>${escapeHtml(h.shown).replace(/\n/g, '<br>\n')}</div></blockquote></div></body></html>`;
  const alternative = multipart('alternative', [
    textPart('text/plain', plain, 'us-ascii', 'quoted-printable'),
    textPart('text/html', html, 'us-ascii', 'quoted-printable'),
  ]);
  const subject = `Fwd: ${h.subject}`;
  if (!h.attachments.length) return userHeaders(subject) + alternative;
  return userHeaders(subject) + multipart('mixed', [asPart(alternative), ...h.attachments]);
}

/**
 * RFC 3676 `format=flowed` as Thunderbird writes it: lines wrapped before 72 columns at a space
 * (the space kept at the end of the line: a soft break), and a line that starts with a space, `>`
 * or `From ` stuffed with one space.
 */
export function flowed(text: string, width = 72): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let rest = / $/.test(line) ? line.replace(/ +$/, '') : line;
    const stuff = (l: string) => (/^(?: |>|From )/.test(l) ? ` ${l}` : l);
    while (rest.length > width) {
      const cut = rest.lastIndexOf(' ', width - 1);
      if (cut <= 0) break;
      out.push(stuff(rest.slice(0, cut + 1)));
      rest = rest.slice(cut + 1);
    }
    out.push(stuff(rest));
  }
  return out.join('\n');
}

/**
 * Thunderbird, Forward inline: `-------- Forwarded Message --------` and Subject/Date/From/To with a
 * tab after each colon; plain text in UTF-8, `format=flowed`, wrapped at 72 columns.
 */
export function thunderbirdForward(b: BounceSample): string {
  const h = held(b);
  const plain = `FYI, this bounced.\n\n-------- Forwarded Message --------\nSubject: \t${h.subject}\nDate: \t${h.date}\nFrom: \t${h.from}\nTo: \t${h.to}\n\n\n\n${h.shown}`;
  const part = {
    headers: 'Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 8bit\n',
    body: flowed(plain),
  };
  const headers = userHeaders(`Fwd: ${h.subject}`).replace(
    'MIME-Version: 1.0\n',
    'MIME-Version: 1.0\nUser-Agent: Mozilla Thunderbird\n',
  );
  return h.attachments.length
    ? headers + multipart('mixed', [part, ...h.attachments])
    : `${headers}${part.headers}\n${part.body}\n`;
}

/**
 * Yahoo Mail, Forward: the marker and From/To/Sent/Subject run together on one line, the text
 * after it from the next line, its first line after a space (crisp-oss/email-forward-parser's
 * yahoo_en_body.txt).
 */
export function yahooForward(b: BounceSample): string {
  const h = held(b);
  const plain = `See below\n\n   ----- Forwarded Message ----- From: ${h.from}To: ${h.to}Sent: Monday, March 4, 2024, 10:15:02 AM GMT+1Subject: ${h.subject}\n ${h.shown}`;
  const part = textPart('text/plain', plain, 'UTF-8', 'quoted-printable');
  const headers = userHeaders(`Fw: ${h.subject}`);
  return h.attachments.length
    ? headers + multipart('mixed', [part, ...h.attachments])
    : `${headers}${part.headers}\n${part.body}\n`;
}

/**
 * A forward of a forward: a colleague's Outlook forward of the bounce, forwarded again from Gmail
 * (two header blocks above the notice, the colleague's outermost).
 */
export function forwardedTwice(b: BounceSample): string {
  const h = held(b);
  const colleague = `Can you check this one?\n\n________________________________\nFrom: ${h.from}\nSent: Monday, March 4, 2024 10:15 AM\nTo: ${h.to}\nSubject: ${h.subject}\n\n${h.shown}`;
  const plain = `Forwarding what Bob got.\n\n---------- Forwarded message ---------\nFrom: Bob Example <bob@example.net>\nDate: Mon, Mar 4, 2024 at 11:02 AM\nSubject: FW: ${h.subject}\nTo: ${USER}\n\n\n${colleague}`;
  const part = textPart('text/plain', plain, 'UTF-8', 'quoted-printable');
  const headers = userHeaders(`Fwd: FW: ${h.subject}`);
  return h.attachments.length
    ? headers + multipart('mixed', [part, ...h.attachments])
    : `${headers}${part.headers}\n${part.body}\n`;
}

/**
 * Gmail, Reply: the person's line, Gmail's attribution line ("On …, Name <addr> wrote:") and the
 * bounce quoted line by line with `> `.
 */
export function gmailReply(b: BounceSample): string {
  const h = held(b);
  const quoted = h.shown
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
  const plain = `Why did this bounce?\n\nOn Mon, Mar 4, 2024 at 10:15 AM ${h.from} wrote:\n\n${quoted}`;
  const part = textPart('text/plain', plain, 'UTF-8', 'quoted-printable');
  const headers = userHeaders(`Re: ${h.subject}`);
  return h.attachments.length
    ? headers + multipart('mixed', [part, ...h.attachments])
    : `${headers}${part.headers}\n${part.body}\n`;
}

/** Thunderbird / Outlook "Forward as Attachment": the whole bounce as a `message/rfc822` part. */
export function emlAttachment(b: BounceSample): string {
  const h = held(b);
  const note = textPart('text/plain', 'The bounce is attached.\n', 'UTF-8', '7bit');
  const file = `${h.subject.replace(/[^\w ().-]/g, '_')}.eml`;
  return (
    userHeaders(`Fwd: ${h.subject}`) +
    multipart('mixed', [
      note,
      {
        headers: `Content-Type: message/rfc822; name="${file}"\nContent-Disposition: attachment; filename="${file}"\n`,
        body: h.raw,
      },
    ])
  );
}

/**
 * A paste into Slack inside a code block: Slack sends the fences against the text. A text that has a
 * fence of its own cannot be put in one (`null`).
 */
export function slackFence(b: BounceSample): string | null {
  if (b.text.includes('```')) return null;
  return `got this bounce when sending, any idea?\n\`\`\`${b.text.replace(/\r\n?/g, '\n').trim()}\`\`\``;
}

/** The message with its headers and text parts as a client re-encodes them. */
function reencoded(b: BounceSample, charset: string, cte: 'base64' | 'quoted-printable' | '7bit'): string {
  const h = held(b);
  const part = textPart('text/plain', h.shown, charset, cte);
  const root = splitMessage(h.raw);
  // The notice's own header fields (everything but its MIME ones), as received.
  let headers = '';
  for (const [name, value] of root.headers)
    if (!/^content-|^mime-version$/.test(name)) headers += headerBlock(new Map([[name, value]]));
  headers += 'MIME-Version: 1.0\n';
  if (!h.attachments.length) return `${headers}${part.headers}\n${part.body}\n`;
  const report = /report-type="?([\w-]+)/i.exec(root.headers.get('content-type') ?? '')?.[1];
  return (
    headers +
    multipart(report ? 'report' : 'mixed', [part, ...h.attachments], report ? `; report-type=${report}` : '')
  );
}

/** Text parts re-encoded as base64 UTF-8 (Gmail's and many clients' choice for non-ASCII mail). */
export const base64Utf8 = (b: BounceSample) => reencoded(b, 'UTF-8', 'base64');
/** Text parts as quoted-printable windows-1252 (Outlook's Western European default). */
export const qpWindows1252 = (b: BounceSample) => reencoded(b, 'windows-1252', 'quoted-printable');
/** Text parts as base64 ISO-8859-1. */
export const base64Latin1 = (b: BounceSample) => reencoded(b, 'ISO-8859-1', 'base64');
/** Text parts as 7-bit ISO-2022-JP (Japanese mail's usual form), where the text fits it. */
export const iso2022jp = (b: BounceSample) =>
  encodeText(held(b).shown, 'ISO-2022-JP') ? reencoded(b, 'ISO-2022-JP', '7bit') : null;

/**
 * Subject and From's display name as RFC 2047 encoded words: B in UTF-8 for the Subject (Google's
 * localised notices), Q in ISO-8859-1 for the name; folded one word per line.
 */
export const encodedHeaders = (b: BounceSample) => withEncodedHeaders(held(b).raw);

function withEncodedHeaders(raw: string): string {
  const root = splitMessage(raw);
  let headers = '';
  for (const [name, value] of root.headers) {
    if (name === 'subject') headers += `Subject: ${encodedWords(value, 'UTF-8', 'B')}\n`;
    else if (name === 'from') headers += `From: ${encodeAddress(value, 'ISO-8859-1', 'Q')}\n`;
    else headers += headerBlock(new Map([[name, value]]));
  }
  return `${headers}\n${root.body}`;
}

/** Encoded headers and a base64 UTF-8 body together, as Google's localised notices arrive. */
export const localised = (b: BounceSample) => withEncodedHeaders(base64Utf8(b));

/** CRLF line ends, as on the wire and in a saved `.eml`. */
export const crlf = (b: BounceSample) => held(b).raw.replace(/\n/g, '\r\n');

/**
 * Every transform by name, and whether it applies to samples that are no bounce message. `null`:
 * the transform does not apply to that sample (text ISO-2022-JP cannot hold).
 */
export const forwards: Record<string, { apply: (b: BounceSample) => string | null; allShapes: boolean }> = {
  'gmail-forward': { apply: gmailForward, allShapes: false },
  'gmail-forward-fr': { apply: (b) => gmailForward(b, 'De :'), allShapes: false },
  'outlook-forward': { apply: outlookForward, allShapes: false },
  'outlook-forward-fr': { apply: (b) => outlookForward(b, true), allShapes: false },
  'outlook-html-forward': { apply: outlookHtmlForward, allShapes: false },
  'apple-forward': { apply: appleForward, allShapes: false },
  'thunderbird-forward': { apply: thunderbirdForward, allShapes: false },
  'yahoo-forward': { apply: yahooForward, allShapes: false },
  'forwarded-twice': { apply: forwardedTwice, allShapes: false },
  'gmail-reply': { apply: gmailReply, allShapes: false },
  'eml-attachment': { apply: emlAttachment, allShapes: false },
  'slack-fence': { apply: slackFence, allShapes: true },
  'base64-utf8': { apply: base64Utf8, allShapes: false },
  'qp-windows-1252': { apply: qpWindows1252, allShapes: false },
  'base64-iso-8859-1': { apply: base64Latin1, allShapes: false },
  'iso-2022-jp': { apply: iso2022jp, allShapes: false },
  'encoded-headers': { apply: encodedHeaders, allShapes: false },
  'encoded-headers-base64': { apply: localised, allShapes: false },
  crlf: { apply: crlf, allShapes: false },
};
