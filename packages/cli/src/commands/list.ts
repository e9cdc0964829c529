import { catalog } from '@smtpfix/core';
import { defineCommand } from 'citty';
import { EXIT } from '../errors.js';
import type { CliIo } from '../io.js';
import { entrySummary } from '../json.js';

export const list = defineCommand({
  meta: { name: 'list', description: 'List every page of the catalog.' },
  args: {
    json: { type: 'boolean', description: 'Print the list as JSON' },
    all: { type: 'boolean', description: 'Include the generic RFC 3463 pages' },
  },
  async run({ args, data }) {
    const io = data as CliIo;
    const pages = catalog.filter((e) => args.all || e.provider !== 'generic');
    if (args.json) io.stdout(`${JSON.stringify(pages.map(entrySummary), null, 2)}\n`);
    else {
      const width = Math.max(...pages.map((p) => p.id.length));
      io.stdout(
        `${pages.map((p) => `${p.id.padEnd(width)}  ${p.severity.padEnd(8)}  ${p.title}`).join('\n')}\n`,
      );
    }
    return EXIT.ok;
  },
});
