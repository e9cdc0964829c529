import { lookup as find, renderText } from '@smtpfix/core';
import { defineCommand } from 'citty';
import { CliError, EXIT } from '../errors.js';
import type { CliIo } from '../io.js';

export const lookup = defineCommand({
  meta: {
    name: 'lookup',
    description: 'Show the pages for a reply code and/or enhanced code: `smtpfix lookup 535 5.7.8`.',
  },
  args: {
    code: { type: 'positional', required: true, description: 'Reply code (454) or enhanced code (5.7.26)' },
    enhanced: { type: 'positional', required: false, description: 'Enhanced code, with a reply code' },
    json: { type: 'boolean', description: 'Print the pages as JSON' },
  },
  async run({ args, data }) {
    const io = data as CliIo;
    const code = String(args.code);
    if (!/^(\d{3}|[245]\.\d{1,3}\.\d{1,3})$/.test(code)) {
      throw new CliError(
        'USAGE',
        `"${code}" is not a reply code (like 454) or an enhanced code (like 5.7.26).`,
      );
    }
    const enhanced = args.enhanced === undefined ? undefined : String(args.enhanced);
    if (enhanced !== undefined && !/^[245]\.\d{1,3}\.\d{1,3}$/.test(enhanced)) {
      throw new CliError('USAGE', `"${enhanced}" is not an enhanced code (like 5.7.8).`);
    }
    const pages = find(code, enhanced);
    if (args.json) io.stdout(`${JSON.stringify(pages, null, 2)}\n`);
    else if (pages.length === 0)
      io.stdout(
        `No page for ${[code, enhanced].filter(Boolean).join(' ')}. Try \`smtpfix explain "<the whole reply>"\`.\n`,
      );
    else io.stdout(`${pages.map((p) => renderText(p)).join(`\n\n${'─'.repeat(80)}\n\n`)}\n`);
    return pages.length ? EXIT.ok : EXIT.noMatch;
  },
});
