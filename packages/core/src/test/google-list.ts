import { readFileSync } from 'node:fs';
import type { GoogleListRow } from '../rules.js';

/** Rows of a Google-list fixture: reply code, enhanced code, covering page id, text; `#` lines are comments. */
export const readGoogleList = (name: string): GoogleListRow[] =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [code, enhanced, id, text] = l.split('\t') as [string, string, string, string];
      return { replyCode: Number(code), enhancedCode: enhanced, id, text };
    });
