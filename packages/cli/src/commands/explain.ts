import { classify, type Diagnosis, fixPageUrl, renderDiagnosisText } from '@smtpfix/core';
import { defineCommand } from 'citty';
import { CliError, EXIT } from '../errors.js';
import { asText, MAX_EXPLAIN_BYTES } from '../input.js';
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
      description: 'The error text; read from stdin when omitted',
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
    const positional = args._.length ? args._.join(' ') : undefined;
    let text: string;
    if (positional !== undefined) text = positional;
    else {
      const buf = await io.readStdin();
      if (buf === null)
        throw new CliError(
          'USAGE',
          'Nothing to explain: pass the error as an argument, or pipe it: `pbpaste | smtpfix explain`.',
        );
      if (buf.length > MAX_EXPLAIN_BYTES) {
        throw new CliError(
          'INPUT',
          `The input is ${Math.round(buf.length / 1024)} KB; explain reads one error (up to 1 MB). For a log, use \`smtpfix scan <file>\`.`,
        );
      }
      text = asText(buf, 'The input');
    }
    if (!text.trim())
      throw new CliError(
        'INPUT',
        'The input is empty: paste the error message, including its reply code (e.g. 535-5.7.8 …).',
      );
    if (text.length > MAX_EXPLAIN_BYTES)
      throw new CliError('INPUT', 'The argument is over 1 MB; for a log, use `smtpfix scan <file>`.');

    const d = classify(text);
    const width = Number(args.width);
    if (!Number.isInteger(width) || width < 20)
      throw new CliError('USAGE', '--width takes a whole number of columns, 20 or more.');
    const url = pageUrl(d, siteUrl(args['site-url'] ?? io.env['SMTPFIX_SITE_URL']));
    io.stdout(
      args.json
        ? `${JSON.stringify({ ...diagnosisJson(d), ...(url ? { url } : {}) }, null, 2)}\n`
        : `${renderDiagnosisText(d, { width })}${url ? `\n\nOn the web: ${url}` : ''}\n`,
    );
    return d.entry ? EXIT.ok : EXIT.noMatch;
  },
});

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
