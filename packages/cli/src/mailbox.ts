// Reading mailboxes of bounces for `smtpfix scan`: an mbox file streamed in chunks, or a Maildir
// folder one file at a time. Messages are handed to core's scanner one by one, so memory stays at
// one chunk plus one message whatever the mailbox's size.

/** Whether a file's first bytes are an mbox's (`From sender date` on the first line). */
export function isMbox(head: Buffer): boolean {
  return head.subarray(0, 5).toString('latin1') === 'From ';
}

const SEP = Buffer.from('\nFrom ', 'latin1');

/** The last `n` bytes (or fewer) of `parts`. */
function lastBytes(parts: Buffer[], n: number): Buffer {
  const out: Buffer[] = [];
  let got = 0;
  for (let k = parts.length - 1; k >= 0 && got < n; k--) {
    const p = parts[k]!;
    const take = Math.min(n - got, p.length);
    out.unshift(p.subarray(p.length - take));
    got += take;
  }
  return Buffer.concat(out);
}

/** The bytes of `parts` in one Buffer (no copy for one part). */
function joined(parts: Buffer[]): Buffer {
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

/** Splits an mbox fed chunk by chunk; see {@link mboxMessages}. */
export interface MboxSplitter {
  /** The messages that end in this chunk (views, valid until the next call). */
  push(chunk: Buffer): Generator<Buffer>;
  /** The last message, once the input has ended (`null` when only blank lines are left). */
  end(): Buffer | null;
}

/**
 * The splitter behind {@link mboxMessages}, synchronous within a chunk: `scan` feeds it chunks and
 * gets messages without an await (a promise) per message.
 */
export function createMboxSplitter(): MboxSplitter {
  // The bytes of the message being read that came in earlier chunks (copies).
  let carry: Buffer[] = [];
  let carried = 0;
  return {
    *push(chunk) {
      let b = chunk;
      if (b.length === 0) return;
      let start = 0;
      // A separator's line break is never a message's first byte (nor the file's).
      let from = carried > 0 ? 0 : 1;
      if (carried > 0 && b.length < SEP.length) {
        // Too short to hold the rest of a separator (tiny chunks): read it with the carried bytes.
        b = Buffer.concat([...carry, b]);
        carry = [];
        carried = 0;
        from = 1;
      } else if (carried > 0) {
        // A separator across the seam starts in the last five carried bytes.
        const tail = lastBytes(carry, SEP.length - 1);
        const seam = Buffer.concat([tail, b.subarray(0, SEP.length - 1)]).indexOf(SEP);
        const nl = carried - tail.length + seam;
        if (seam !== -1 && seam < tail.length && nl >= 1) {
          const all = joined(carry);
          yield all.subarray(0, nl + 1);
          carry = nl + 1 < carried ? [all.subarray(nl + 1)] : [];
          carried -= nl + 1;
          from = SEP.length - (tail.length - seam);
        }
      }
      for (let at = b.indexOf(SEP, from); at !== -1; at = b.indexOf(SEP, start + 1)) {
        if (carried > 0) {
          carry.push(b.subarray(0, at + 1));
          yield Buffer.concat(carry);
          carry = [];
          carried = 0;
        } else if (at > start) yield b.subarray(start, at + 1);
        start = at + 1;
      }
      if (start < b.length) {
        // Copied: the reader may reuse this chunk's memory for the next one.
        carry.push(Buffer.from(b.subarray(start)));
        carried += b.length - start;
      }
    },
    end() {
      if (carried === 0) return null;
      const last = joined(carry);
      carry = [];
      carried = 0;
      return last.toString('latin1').trim() ? last : null;
    },
  };
}

/**
 * The messages of an mbox, in order, from its chunks, as bytes. Messages are separated by lines that
 * begin with `From ` (mboxo/mboxrd quote such lines inside bodies as `>From `). The separators are
 * found with `Buffer.indexOf` and each message is a view into its chunk, valid until the next
 * message is asked for (chunks may be reused): a message is copied only when it spans two chunks,
 * and nothing is decoded here (the scanner reads bytes as latin1: every marker the bounce reader
 * looks for is ASCII, and encoded parts are decoded from bytes).
 */
export async function* mboxMessages(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  const split = createMboxSplitter();
  for await (const chunk of chunks)
    yield* split.push(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk);
  const last = split.end();
  if (last) yield last;
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
