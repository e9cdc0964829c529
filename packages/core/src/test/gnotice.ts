// How people hand over Google's own delivery notices (Gmail, Workspace, Google Groups). Each
// transform is a small pure function modelled on what Google writes and what a copy of it keeps:
// - the notice's text/plain part opens with a `** heading **` line, its text/html part shows the
//   same heading as a bold title, and Gmail's web view (what most people copy) shows the HTML part:
//   no header fields, no asterisks, the help link as a "Learn more" / "LEARN MORE" button whose URL
//   is not copied, runs of spaces as non-breaking spaces;
// - the remote server's reply is quoted under "The response from the remote server was:" (or "The
//   response was:", and before 2016 "The error that the other server returned was:"), each line as
//   the remote server sent it; a copy re-wraps it at its own width, joins it into one line, or
//   stops after its first line;
// - apps and editors (Slack, Word, GitHub's web editor on a phone) turn a contraction's apostrophe
//   into the typographic one (U+2019);
// - a mail client shows only the text part, while a message's source view shows the raw message
//   and the `message/delivery-status` part.
import { decodeBody, leafParts, mediaType, splitMessage } from '../mime.js';
import type { BounceSample } from './bounces.js';

/** A transform of a Google notice, or `null` when the sample has nothing it would change. */
export type NoticeTransform = (b: BounceSample) => string | null;

const nl = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * A result that differs from what a client shows of the sample, else `null`: a transform that
 * changes nothing there applied to nothing.
 */
const changed = (b: BounceSample, text: string) => (text === shownText(b) ? null : text);

/** A message's text part(s), without its header fields; the text itself when it has none. */
export function textPart(b: BounceSample): string {
  // A saved message may open with a blank line (a web page's copy): its headers follow it.
  const root = splitMessage(nl(b.text).replace(/^\s*\n/, ''));
  if (root.headers.size === 0) return nl(b.text);
  const parts = mediaType(root).startsWith('multipart/') ? leafParts(root) : [root];
  const plain = parts.filter((p) => mediaType(p) === 'text/plain').map((p) => decodeBody(p));
  return plain.length ? plain.join('\n') : nl(b.text);
}

/**
 * What a mail client shows of a message: its sender and subject above its text part (a copy of
 * the client's view keeps them), or the text itself when it has no header fields.
 */
export function shownText(b: BounceSample): string {
  const root = splitMessage(nl(b.text).replace(/^\s*\n/, ''));
  if (root.headers.size === 0) return nl(b.text);
  const head = ['from', 'subject']
    .filter((h) => root.headers.has(h))
    .map((h) => `${h[0]!.toUpperCase()}${h.slice(1)}: ${root.headers.get(h)}`);
  return `${head.join('\n')}\n\n${textPart(b)}`;
}

// The lines that open a quoted remote reply in Google's notices, old and new templates.
const REPLY_INTRO =
  /^([ \t>]*)(The response from the remote server was:|The response was:|The error that the other server returned was:)[ \t]*(.*)$/m;

/**
 * The quoted remote reply of a notice: where it begins and ends (the reply's lines run to the first
 * blank line or the returned original), or `null` when the notice quotes none.
 */
function replySpan(text: string): { start: number; end: number; lines: string[]; quote: string } | null {
  const m = REPLY_INTRO.exec(text);
  if (!m) return null;
  const quote = m[1]!;
  // The reply may follow on the intro's own line (a flattened copy) or on the next lines.
  let start = m.index + m[0].length - m[3]!.length;
  if (!m[3]!.trim()) {
    start = m.index + m[0].length + 1;
    // One blank line between the intro and the reply (Google's HTML part puts one there).
    const blank = /^[ \t>]*\n/.exec(text.slice(start));
    if (blank) start += blank[0].length;
  }
  if (start >= text.length) return null;
  const rest = text.slice(start);
  const stop = /\n[ \t>]*\n|\n[ \t>]*-{2,} ?Original message|\n[ \t>]*Final-Recipient:/i.exec(rest);
  const end = start + (stop ? stop.index : rest.length);
  const lines = text
    .slice(start, end)
    .split('\n')
    .map((l) => l.slice(quote.length).trim())
    .filter(Boolean);
  return lines.length ? { start, end, lines, quote } : null;
}

/** Words of a reply re-wrapped to `width` columns, each line under the notice's quote marks. */
function wrap(words: string[], width: number, quote: string): string {
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      out.push(quote + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(quote + line);
  return out.join('\n');
}

/** The reply's words, a multi-line reply's code prefixes (`550-5.1.1`) kept as a copy keeps them. */
const replyWords = (lines: string[]) => lines.join(' ').split(/\s+/).filter(Boolean);

const withReply = (b: BounceSample, fn: (lines: string[], quote: string) => string) => {
  const text = shownText(b);
  const span = replySpan(text);
  if (!span) return null;
  return changed(b, text.slice(0, span.start) + fn(span.lines, span.quote) + text.slice(span.end));
};

/** The ways a Google notice is handed over, each with the minimum number of dev samples it must apply to. */
export const noticeVariants: Record<string, { apply: NoticeTransform; min: number }> = {
  // A mail client's view, or a paste of it: the text part without header fields or the returned
  // report part.
  'text part only': {
    apply: (b) => {
      const root = splitMessage(nl(b.text).replace(/^\s*\n/, ''));
      if (root.headers.size === 0) return null;
      return textPart(b);
    },
    min: 3,
  },
  // Gmail's web view shows the heading as a title: the asterisks are not copied.
  'heading without asterisks': {
    apply: (b) => changed(b, shownText(b).replace(/^([ \t>]*)\*\* (.{2,80}) \*\*[ \t]*$/gm, '$1$2')),
    min: 1,
  },
  // A contraction's apostrophe typed or auto-corrected as U+2019 ("wasn’t", "We’re", "couldn’t").
  'typographic apostrophes': {
    apply: (b) => changed(b, shownText(b).replace(/([A-Za-z])'([A-Za-z])/g, '$1\u2019$2')),
    min: 10,
  },
  // The web view renders indentation and runs of spaces as non-breaking spaces, which a copy keeps.
  'non-breaking spaces': {
    apply: (b) =>
      changed(
        b,
        shownText(b)
          .replace(/^[ \t]+/gm, (s) => '\u00a0'.repeat(s.length))
          .replace(/ {2,}/g, (s) => ` ${'\u00a0'.repeat(s.length - 1)}`),
      ),
    min: 10,
  },
  // The help link shown as the button's text: "Learn more at <url>" / "Learn more here: <url>" as
  // "LEARN MORE" (the URL is the button's target, not copied).
  'help link as button text': {
    apply: (b) => {
      // Only the notice's own link: a link inside the quoted reply is the reply's text, copied as it is.
      const text = shownText(b);
      const cut = REPLY_INTRO.exec(text)?.index ?? text.length;
      const own = text
        .slice(0, cut)
        .replace(
          /Learn more(?: at| here:)?[ \t]*\n?[ \t]*https?:\/\/(?:support|mail)\.google\.com\/\S*/gi,
          'LEARN MORE',
        );
      return changed(b, own + text.slice(cut));
    },
    min: 2,
  },
  // The quoted reply joined into one line (a chat message, an issue form's single-line field).
  'reply joined into one line': {
    apply: (b) => withReply(b, (lines, quote) => quote + replyWords(lines).join(' ')),
    min: 3,
  },
  // The quoted reply re-wrapped by a mail client or an editor at a narrower width.
  'reply re-wrapped at 50 columns': {
    apply: (b) => withReply(b, (lines, quote) => wrap(replyWords(lines), 50, quote)),
    min: 10,
  },
  'reply re-wrapped at 72 columns': {
    apply: (b) => withReply(b, (lines, quote) => wrap(replyWords(lines), 72, quote)),
    min: 10,
  },
  // The quoted reply joined onto its intro's line ("The response was: 550 5.1.1 …").
  'reply on the intro line': {
    apply: (b) => {
      const text = shownText(b);
      const m = REPLY_INTRO.exec(text);
      const span = replySpan(text);
      if (!m || !span || m[3]!.trim()) return null;
      return changed(
        b,
        `${text.slice(0, m.index)}${m[1]}${m[2]} ${replyWords(span.lines).join(' ')}${text.slice(span.end)}`,
      );
    },
    min: 10,
  },
  // The same reply under the intro another year's template writes: 2012–2016 "The error that the
  // other server returned was:", 2016–2019 "The response from the remote server was:", since then
  // "The response was:".
  'reply intro of another template': {
    apply: (b) => {
      const text = shownText(b);
      const m = REPLY_INTRO.exec(text);
      if (!m) return null;
      const other =
        m[2] === 'The response was:' ? 'The error that the other server returned was:' : 'The response was:';
      return changed(
        b,
        text.slice(0, m.index) + m[1] + other + text.slice(m.index + m[1]!.length + m[2]!.length),
      );
    },
    min: 10,
  },
  // The quoted reply cut after its first line (a screenshot's or a preview's worth).
  'reply cut after its first line': {
    apply: (b) => withReply(b, (lines, quote) => quote + lines[0]!),
    min: 2,
  },
  // The whole notice flattened into one paragraph (an issue form's single-line field, a chat
  // message, a mobile client's quote): every line break a space.
  'notice flattened into one line': {
    apply: (b) =>
      changed(
        b,
        shownText(b)
          .replace(/[ \t]*\n[ \t\n]*/g, ' ')
          .trim(),
      ),
    min: 20,
  },
  // Copied from Gmail's web view as a whole: the sender line, the date and "to me" instead of
  // header fields, the error icon's alt text above the heading.
  "web view's sender lines": {
    apply: (b) => {
      const text = textPart(b).replace(/^([ \t>]*)\*\* (.{2,80}) \*\*[ \t]*$/m, '$1Error Icon\n$1$2');
      return changed(
        b,
        `Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSep 29, 2025, 6:17 PM (7 days ago)\nto me\n\n${text}`,
      );
    },
    min: 30,
  },
  // Pasted into a Markdown editor that links what it recognises: addresses as mailto links, host
  // names as web links (GitHub's and Slack's rich editors do); an address in angle brackets (the
  // sender line "Name <address>") stays as it is, as in such a copy.
  'addresses and hosts as Markdown links': {
    apply: (b) =>
      changed(
        b,
        shownText(b)
          .replace(/(?<![\w.@/[<-])([\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?![\w@\]>-])/g, '[$1](mailto:$1)')
          .replace(
            /(?<![\w.@/[(:-])((?:[a-z0-9-]+\.)+(?:com|net|org|io|tech|by)\.?)(?=[\s.,;)\]]|$)(?![\w\]])/gi,
            (host) =>
              `[${host.replace(/\.$/, '')}](http://${host.replace(/\.$/, '')}/)${host.endsWith('.') ? '.' : ''}`,
          ),
      ),
    min: 20,
  },
  // A web page's copy whose address protection hides every address ("[email protected]").
  'addresses hidden by a web page': {
    apply: (b) =>
      changed(
        b,
        shownText(b).replace(/(?<![\w.@/-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w@-])/g, '[email protected]'),
      ),
    min: 20,
  },
  // The web view's button pasted into a Markdown editor: "[LEARN MORE](<url>)", the URL kept.
  'help link as a Markdown button': {
    apply: (b) => {
      const text = shownText(b);
      const cut = REPLY_INTRO.exec(text)?.index ?? text.length;
      const own = text
        .slice(0, cut)
        .replace(
          /Learn more(?: at| here:)?[ \t]*\n?[ \t]*(https?:\/\/(?:support|mail)\.google\.com\/\S*)/gi,
          '[LEARN MORE]($1)',
        );
      return changed(b, own + text.slice(cut));
    },
    min: 2,
  },
  // The subject line copied above a paste that has no header fields (the web view shows it as the
  // conversation's title): "Delivery Status Notification (Failure)", "(Delay)" for a delay.
  'subject line above the notice': {
    apply: (b) => {
      const text = shownText(b);
      if (splitMessage(text).headers.size > 0 || /Delivery Status Notification/i.test(text)) return null;
      const delayed = /has been delayed|temporary (?:failure|problem)|will retry|will be retried/i.test(text);
      return changed(b, `Delivery Status Notification (${delayed ? 'Delay' : 'Failure'})\n\n${text}`);
    },
    min: 20,
  },
  // The 2007–2013 template opened with a line of its own above "Delivery to the following
  // recipient …", and a delay with Google's warning lines.
  'old template preamble': {
    apply: (b) => {
      const text = shownText(b);
      const m = /^[ \t>]*Delivery to the following recipients? (failed permanently|has been delayed)/m.exec(
        text,
      );
      if (!m || /automatically generated Delivery Status Notification/i.test(text)) return null;
      const warning =
        m[1] === 'has been delayed'
          ? 'THIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n'
          : '';
      return changed(
        b,
        `${text.slice(0, m.index)}This is an automatically generated Delivery Status Notification\n\n${warning}${text.slice(m.index)}`,
      );
    },
    min: 10,
  },
  // HTML collapses leading white space: the web view shows the indented recipient flush left.
  'indentation lost': {
    apply: (b) => changed(b, shownText(b).replace(/^[ \t]+/gm, '')),
    min: 10,
  },
  // A copy between editors drops the blank lines between paragraphs, or doubles every line break
  // (each line a paragraph of its own).
  'blank lines lost': {
    apply: (b) => changed(b, shownText(b).replace(/\n[ \t]*(?:\n[ \t]*)+/g, '\n')),
    min: 20,
  },
  'line breaks doubled': {
    apply: (b) => changed(b, shownText(b).replace(/\n/g, '\n\n')),
    min: 20,
  },
  // An editor's smart quotes around quoted words: 'mx' as ‘mx’, "x" as “x”.
  'typographic quotes': {
    apply: (b) =>
      changed(
        b,
        shownText(b)
          .replace(/(^|[\s(:])'([^'\n]{1,60})'(?=[\s.,;:)]|$)/gm, '$1\u2018$2\u2019')
          .replace(/(^|[\s(:])"([^"\n]{1,120})"(?=[\s.,;:)]|$)/gm, '$1\u201c$2\u201d'),
      ),
    min: 3,
  },
  // Google Groups' refusal as a Workspace domain's group sends it (signed by the domain's admins,
  // with the domain's help link) and as a consumer group does (signed "Google Groups").
  'groups notice of the other kind of group': {
    apply: (b) => {
      const text = shownText(b);
      if (!/group you tried to contact/.test(text)) return null;
      const workspace = /\badmins\s*$/m.test(text);
      return changed(
        b,
        workspace
          ? text
              .replace(/^([ \t>]*)\S+ admins[ \t]*$/m, '$1Google Groups')
              .replace(
                /https?:\/\/\S*(?:topic=25838|page=groups\.cs)\S*/,
                'https://groups.google.com/support/',
              )
          : text
              .replace(/^([ \t>]*)Google Groups[ \t]*$/m, '$1example.org admins')
              .replace(
                /https?:\/\/groups\.google\.com\/support\/?/,
                'http://support.google.com/a/example.org/bin/topic.py?topic=25838',
              ),
      );
    },
    min: 3,
  },
  // A Markdown editor's list: Google Groups' " * " bullets as "- ".
  'groups bullets as dashes': {
    apply: (b) => changed(b, shownText(b).replace(/^([ \t>]*)\* /gm, '$1- ')),
    min: 3,
  },
  // Pasted into a GitHub issue with the quoted reply, or the failed address, put in a code block.
  'reply in a code block': {
    apply: (b) =>
      withReply(
        b,
        (lines, quote) => `${quote}\`\`\`\n${lines.map((l) => quote + l).join('\n')}\n${quote}\`\`\``,
      ),
    min: 10,
  },
  'failed address in a code block': {
    apply: (b) => {
      const text = shownText(b);
      const m =
        /(recipients? (?:failed permanently|has been delayed):[ \t]*\n(?:[ \t>]*\n)?)([ \t>]*)(\S+@\S+)[ \t]*\n/.exec(
          text,
        );
      if (!m) return null;
      return changed(
        b,
        `${text.slice(0, m.index)}${m[1]}${m[2]}\`\`\`\n${m[2]} ${m[3]}\n${m[2]}\`\`\`\n${text.slice(m.index + m[0].length)}`,
      );
    },
    min: 5,
  },
};

/** Variants applied one after another, each to the previous one's result (a step that changes nothing is skipped). */
function composed(...names: string[]): NoticeTransform {
  return (b) => {
    let text: string | null = null;
    for (const name of names) {
      const step = noticeVariants[name]!.apply(text === null ? b : { ...b, text });
      if (step !== null) text = step;
    }
    return text;
  };
}

// Real copies change several things at once: Gmail's web view copied whole, and the same pasted
// into a GitHub issue.
noticeVariants['web view copied whole'] = {
  apply: composed(
    "web view's sender lines",
    'help link as button text',
    'typographic apostrophes',
    'indentation lost',
    'non-breaking spaces',
    'blank lines lost',
  ),
  min: 40,
};
noticeVariants['web view pasted into an issue'] = {
  apply: composed(
    "web view's sender lines",
    'help link as a Markdown button',
    'typographic apostrophes',
    'addresses and hosts as Markdown links',
    'reply in a code block',
  ),
  min: 40,
};
