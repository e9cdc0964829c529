import { SenderError } from '../errors.js';

// `@googleapis/gmail` is an optional peer dependency: it weighs more than the rest of the sender
// (70 packages, 12 MB installed), and only `transport: 'gmail-api'` uses it. SMTP users never
// install or load it; API users install it beside the sender.

/** The package the Gmail API transport sends through. */
export const GMAIL_PEER = '@googleapis/gmail';

/** The range of {@link GMAIL_PEER} this sender is built and tested against. */
export const GMAIL_PEER_RANGE = '^18.0.0';

/** What the user runs to install the peer (npm first, pnpm second), for messages. */
export const GMAIL_PEER_INSTALL = `npm install ${GMAIL_PEER}@${GMAIL_PEER_RANGE} (or: pnpm add ${GMAIL_PEER}@${GMAIL_PEER_RANGE})`;

/** The typed error of a missing peer: code `MISSING_PEER`, with the command that installs it. */
export function missingPeer(cause?: unknown): SenderError {
  return new SenderError(
    'MISSING_PEER',
    `transport 'gmail-api' sends through ${GMAIL_PEER}, an optional peer dependency of @smtpfix/sender that is not installed. Install it beside @smtpfix/sender: ${GMAIL_PEER_INSTALL}. SMTP (the default transport) does not need it.`,
    cause === undefined ? {} : { cause },
  );
}

/** True when `err` says that `name` itself is not installed (not a module inside it: a broken install). */
function isMissing(err: unknown, name: string): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  return (
    (e?.code === 'ERR_MODULE_NOT_FOUND' || e?.code === 'MODULE_NOT_FOUND') &&
    typeof e.message === 'string' &&
    (e.message.includes(`'${name}'`) || e.message.includes(`"${name}"`))
  );
}

/**
 * Where Node's ESM loader finds `name` from this package: the resolution `import()` will use
 * (it ignores NODE_PATH, which `require.resolve` would honour and `import()` would not).
 */
const esmResolve = (name: string): string => import.meta.resolve(name);

/**
 * Checks, without loading it, that the peer can be found from this package, so that
 * `createSender({ transport: 'gmail-api' })` fails at once rather than on the first send.
 * `resolve` is the resolver to ask (Node's ESM resolution from this file, by default).
 * @throws {SenderError} `MISSING_PEER` when it is not installed.
 */
export function assertGmailPeer(resolve: (name: string) => string = esmResolve): void {
  try {
    resolve(GMAIL_PEER);
  } catch (err) {
    if (isMissing(err, GMAIL_PEER)) throw missingPeer(err);
    throw err;
  }
}

/** The peer's `gmail()` factory, the type the transport uses of it (no type of the peer leaks out). */
export type GmailFactory = typeof import('@googleapis/gmail').gmail;

let loading: Promise<GmailFactory> | undefined;

/**
 * Loads the peer once per process, on the first API send.
 * @throws {SenderError} `MISSING_PEER` when it is not installed.
 */
export function loadGmail(): Promise<GmailFactory> {
  // A literal specifier, so bundlers and `tsc` see the dependency.
  loading ??= import('@googleapis/gmail').then(
    (m) => m.gmail,
    (err: unknown) => {
      loading = undefined;
      throw isMissing(err, GMAIL_PEER) ? missingPeer(err) : err;
    },
  );
  return loading;
}
