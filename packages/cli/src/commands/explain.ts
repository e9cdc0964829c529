import { classify, type Diagnosis, fixPageUrl, maskSecrets, renderDiagnosisText } from '@smtpfix/core';
import { defineCommand } from 'citty';
import { CliError, EXIT } from '../errors.js';
import {
  asText,
  looksLikeMessage,
  MAX_EXPLAIN_BYTES,
  MAX_EXPLAIN_MESSAGE_BYTES,
  readError,
} from '../input.js';
import type { CliIo } from '../io.js';
import { diagnosisJson } from '../json.js';

export const explain = defineCommand({
  meta: {
    name: 'explain',
    description: 'Explain a pasted SMTP, token or connection error (argument or stdin).',
  },
  args: {
    text: {
      type: 'positional',
      required: false,
      description: 'The error text, or a saved bounce (.eml) or text file; stdin when omitted or -',
    },
    json: { type: 'boolean', description: 'Print the Diagnosis as JSON' },
    width: { type: 'string', description: 'Wrap text at this many columns', default: '80' },
    'site-url': {
      type: 'string',
      description:
        'Base URL of the smtpfix site to link the page on (default: $SMTPFIX_SITE_URL; no link when unset)',
    },
  },
  async run({ args, data }) {
    const io = data as CliIo;
    const input = await readInput(io, args._);
    const width = Number(args.width);
    if (!Number.isInteger(width) || width < 20)
      throw new CliError('USAGE', '--width takes a whole number of columns, 20 or more.');
    // Masked before anything is classified or printed: a bounce can quote the sender's AUTH line.
    const d = classify(maskSecrets(input.text));
    const url = pageUrl(d, siteUrl(args['site-url'] ?? io.env['SMTPFIX_SITE_URL']));
    io.stdout(
      args.json
        ? `${JSON.stringify({ ...diagnosisJson(d), ...(url ? { url } : {}) }, null, 2)}\n`
        : `${renderDiagnosisText(d, { width })}${url ? `\n\nOn the web: ${url}` : ''}\n`,
    );
    if (!d.entry && input.file)
      io.stderr(
        `smtpfix: ${input.file} holds no bounce and no SMTP, token or connection error that smtpfix knows (exit ${EXIT.noMatch}).\n`,
      );
    return d.entry ? EXIT.ok : EXIT.noMatch;
  },
});

/** Paths `explain` reads as a file rather than as error text: one word with a path's shape. */
const PATH_LIKE = /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)|\.(?:eml|txt|msg|mbox|log)$/i;

/**
 * What to explain: `-` or nothing is stdin; one argument naming a file (a saved `.eml`, a text
 * file) is that file; anything else is the error text itself. A folder or an mbox of several
 * messages is `scan`'s work, and says so.
 */
async function readInput(io: CliIo, positional: string[]): Promise<{ text: string; file: string | null }> {
  const one = positional.length === 1 ? positional[0]! : null;
  if (positional.length === 0 || one === '-') {
    const buf = await io.readStdin();
    if (buf === null)
      throw new CliError(
        'USAGE',
        'Nothing to explain: pass the error as an argument, or pipe it: `pbpaste | smtpfix explain`.',
      );
    return { text: checked(buf, 'The input', 'stdin'), file: null };
  }
  if (one !== null && !/\s/.test(one)) {
    let info: { isDirectory: boolean; size: number } | null = null;
    try {
      info = io.stat ? await io.stat(one) : null;
    } catch (err) {
      if (PATH_LIKE.test(one)) throw readError(one, err);
    }
    if (info?.isDirectory)
      throw new CliError(
        'INPUT',
        `${one} is a folder. \`smtpfix scan ${one}\` counts the bounces of a Maildir (cur/ and new/); explain reads one message.`,
      );
    if (info || (!io.stat && PATH_LIKE.test(one))) {
      if (info && info.size > MAX_EXPLAIN_MESSAGE_BYTES) throw tooLarge(one);
      let buf: Buffer;
      try {
        buf = await io.readFile(one);
      } catch (err) {
        throw readError(one, err);
      }
      return { text: checked(buf, one, one), file: one };
    }
  }
  if (positional.length > 1 && positional.every((p) => PATH_LIKE.test(p)))
    throw new CliError(
      'USAGE',
      `explain reads one message; for several, put them in a folder and run \`smtpfix scan <folder>\`.`,
    );
  const text = positional.join(' ');
  if (!text.trim()) throw empty('The argument');
  if (text.length > MAX_EXPLAIN_BYTES)
    throw new CliError('INPUT', 'The argument is over 1 MB; for a log, use `smtpfix scan <file>`.');
  return { text, file: null };
}

const empty = (what: string) =>
  new CliError(
    'INPUT',
    `${what} is empty: paste the error message, including its reply code (e.g. 535-5.7.8 …), or a saved bounce (.eml).`,
  );
const tooLarge = (what: string) =>
  new CliError(
    'INPUT',
    `${what} is over ${MAX_EXPLAIN_MESSAGE_BYTES / 1048576} MB; explain reads one message. For a mailbox or a log, use \`smtpfix scan\`.`,
  );

/**
 * Input as text, refused when empty, binary, or too large: a pasted error up to 1 MB, a whole
 * message (a saved bounce with its returned attachments) up to 32 MB. An mbox of several messages
 * is sent to `scan`.
 */
function checked(buf: Buffer, what: string, name: string): string {
  if (buf.length === 0 || !buf.toString('latin1', 0, 4096).trim()) throw empty(what);
  const message = looksLikeMessage(buf.toString('latin1', 0, 64));
  if (buf.length > (message ? MAX_EXPLAIN_MESSAGE_BYTES : MAX_EXPLAIN_BYTES)) {
    if (message) throw tooLarge(what);
    throw new CliError(
      'INPUT',
      `${what} is ${Math.round(buf.length / 1024)} KB; explain reads one error (up to 1 MB). For a log, use \`smtpfix scan <file>\`.`,
    );
  }
  const text = asText(buf, what);
  if (text.startsWith('From ')) {
    const messages = text.match(/\nFrom /g)?.length ?? 0;
    if (messages > 0)
      throw new CliError(
        'INPUT',
        `${what} is an mbox of ${messages + 1} messages. \`smtpfix scan ${name === 'stdin' ? '-' : name}\` counts them by page and reason; explain reads one message.`,
      );
  }
  return text;
}

/** The site's base URL from `--site-url` or `SMTPFIX_SITE_URL`, checked; `null` when neither is set. */
function siteUrl(value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  try {
    const u = new URL(text);
    if (u.protocol === 'https:' || u.protocol === 'http:') return u.href;
  } catch {}
  throw new CliError(
    'USAGE',
    `The site URL must be an http(s) URL such as https://smtpfix.example/ (from --site-url or SMTPFIX_SITE_URL), not "${text}".`,
  );
}

/** The matched page's address on the site, when a site is configured and something matched. */
const pageUrl = (d: Diagnosis, base: string | null) => (base && d.entry ? fixPageUrl(base, d.entry) : null);
