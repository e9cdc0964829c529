// Reading mailboxes of bounces for `smtpfix scan`: an mbox file streamed in chunks, or a Maildir
// folder one file at a time. Messages are handed to core's scanner one by one, so memory stays at
// one chunk plus one message whatever the mailbox's size.

/** Whether a file's first bytes are an mbox's (`From sender date` on the first line). */
export function isMbox(head: Buffer): boolean {
  return head.subarray(0, 5).toString('latin1') === 'From ';
}

/**
 * The messages of an mbox, in order, from its chunks. Messages are separated by lines that begin
 * with `From ` (mboxo/mboxrd quote such lines inside bodies as `>From `). Read as bytes (latin1):
 * every marker the bounce reader looks for is ASCII, and encoded parts are decoded from bytes.
 */
export async function* mboxMessages(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  let pending = '';
  // Where to look for the next separator: a long message is not searched again chunk after chunk.
  let from = 1;
  for await (const chunk of chunks) {
    pending += typeof chunk === 'string' ? chunk : chunk.toString('latin1');
    let start = 0;
    // Every `\nFrom ` in the buffer closes a message; what follows the last may still be growing.
    for (let at = pending.indexOf('\nFrom ', from); at !== -1; at = pending.indexOf('\nFrom ', start + 1)) {
      if (at > start) yield pending.slice(start, at + 1);
      start = at + 1;
    }
    pending = pending.slice(start);
    from = Math.max(1, pending.length - 6);
  }
  if (pending.trim()) yield pending;
}

/** The message files of a Maildir: `cur` and `new`, or the folder itself when it has neither. */
export async function maildirFiles(
  dir: string,
  readDir: (path: string) => Promise<string[]>,
): Promise<string[]> {
  const join = (a: string, b: string) => `${a.replace(/\/+$/, '')}/${b}`;
  const files: string[] = [];
  let maildir = false;
  for (const sub of ['cur', 'new']) {
    try {
      const names = await readDir(join(dir, sub));
      maildir = true;
      for (const n of names.sort()) if (!n.startsWith('.')) files.push(join(join(dir, sub), n));
    } catch {
      // Not there: a folder of .eml files instead.
    }
  }
  if (!maildir) for (const n of (await readDir(dir)).sort()) if (!n.startsWith('.')) files.push(join(dir, n));
  return files;
}
