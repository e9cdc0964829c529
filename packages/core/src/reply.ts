import { getEntry } from './catalog.js';
import { CatalogError } from './errors.js';

/** A reply as a server sends it: the code, then lines that each start with the enhanced code. */
export interface SmtpReply {
  code: number;
  enhancedCode: string | null;
  lines: string[];
}

/**
 * The reply Gmail sends for a catalog page, for servers that imitate Gmail (`@smtpfix/gmail-sim`)
 * and for tests. The text is the page's `providerText`, followed by its help link as Gmail
 * appends it. Throws {@link CatalogError} for an unknown id or a page without a reply code.
 */
export function replyFor(id: string): SmtpReply {
  const entry = getEntry(id);
  if (!entry)
    throw new CatalogError(
      'UNKNOWN_ENTRY',
      `No catalog entry has the id "${id}". List them with \`smtpfix list\`.`,
    );
  if (entry.replyCode === null) {
    throw new CatalogError(
      'NO_REPLY_CODE',
      `The entry "${id}" is not an SMTP reply (stage ${entry.stage}), so it has no reply to send.`,
    );
  }
  const prefix = entry.enhancedCode ? `${entry.enhancedCode} ` : '';
  const lines = [`${prefix}${entry.providerText}`];
  if (entry.helpUrl?.startsWith('https://support.google.com/mail/?p='))
    lines.push(`${prefix}${entry.helpUrl}`);
  return { code: entry.replyCode, enhancedCode: entry.enhancedCode, lines };
}
