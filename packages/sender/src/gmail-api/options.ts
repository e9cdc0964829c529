/** Options of the Gmail API transport (`transport: 'gmail-api'`). Every field has a default. */
export interface GmailApiOptions {
  /**
   * The API's root URL; requests go to `{rootUrl}gmail/v1/users/{userId}/messages/send` and, for
   * large messages, `{rootUrl}upload/gmail/v1/users/{userId}/messages/send`.
   * @default 'https://gmail.googleapis.com/'
   */
  rootUrl: string;
  /** The `userId` of the requests: `'me'` is the token's user. @default 'me' */
  userId: string;
  /**
   * Quota units this account may spend per minute (Google's per-user limit; its quota page says
   * 6,000 per minute per user per project, older versions 15,000). Every sender of the account in
   * the process shares one budget.
   * @default 6000
   */
  unitsPerMinute: number;
  /** Units one `users.messages.send` costs (Google's per-method table). @default 100 */
  sendCost: number;
  /**
   * Units that may be spent at once after a quiet spell (the bucket's size). The refill rate is
   * `(unitsPerMinute - burstUnits) / minute`, so no rolling minute ever exceeds `unitsPerMinute`.
   * @default unitsPerMinute / 6
   */
  burstUnits: number;
  /**
   * Messages larger than this (bytes, as built) go through the upload endpoint instead of a JSON
   * body with `raw`. base64url makes a message a third larger, and Gmail refuses a JSON body over
   * 1,048,576 bytes ("Request payload size exceeds the limit: 1048576 bytes.", page
   * `api-request-payload-too-large`): 700,000 bytes encode to about 933,000, under it with room.
   * @default 700_000
   */
  uploadAboveBytes: number;
  /** The largest message the API takes (35 MB); larger ones fail with `INVALID_MESSAGE` before any request. @default 36_700_160 */
  maxMessageBytes: number;
  /** Time limit of one request. @default 60_000 */
  timeoutMs: number;
}

/** Google's Gmail API root URL. */
export const GMAIL_API_ROOT_URL = 'https://gmail.googleapis.com/';

/** Defaults of {@link GmailApiOptions} (`burstUnits` follows `unitsPerMinute` unless given). */
export const defaultGmailApiOptions: Readonly<GmailApiOptions> = Object.freeze({
  rootUrl: GMAIL_API_ROOT_URL,
  userId: 'me',
  unitsPerMinute: 6000,
  sendCost: 100,
  burstUnits: 1000,
  uploadAboveBytes: 700_000,
  maxMessageBytes: 36_700_160,
  timeoutMs: 60_000,
});

/** Fills in and checks `gmailApi`; what is wrong is pushed to `issues`. Never mutates `given`. */
export function resolveGmailApiOptions(
  issues: string[],
  given: Partial<GmailApiOptions> | undefined,
): Readonly<GmailApiOptions> {
  if (given !== undefined && (given === null || typeof given !== 'object')) {
    issues.push('gmailApi must be an object such as { rootUrl }');
    given = {};
  }
  // Unknown keys are reported by the options' key check (option-keys.ts).
  const unitsPerMinute = given?.unitsPerMinute ?? defaultGmailApiOptions.unitsPerMinute;
  const o: GmailApiOptions = {
    ...defaultGmailApiOptions,
    ...given,
    unitsPerMinute,
    burstUnits: given?.burstUnits ?? Math.floor(unitsPerMinute / 6),
  };
  let rootUrl = GMAIL_API_ROOT_URL;
  try {
    const u = new URL(String(o.rootUrl));
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('scheme');
    rootUrl = u.toString().endsWith('/') ? u.toString() : `${u.toString()}/`;
  } catch {
    issues.push(
      `gmailApi.rootUrl must be an http(s) URL such as ${GMAIL_API_ROOT_URL}, got ${JSON.stringify(o.rootUrl)}`,
    );
  }
  if (typeof o.userId !== 'string' || o.userId.trim() === '')
    issues.push(`gmailApi.userId must be 'me' or the sending address, got ${JSON.stringify(o.userId)}`);
  const int = (name: keyof GmailApiOptions, min: number) => {
    const v = o[name];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
      issues.push(`gmailApi.${name} must be an integer from ${min}, got ${JSON.stringify(v)}`);
  };
  int('unitsPerMinute', 1);
  int('sendCost', 1);
  int('burstUnits', 0);
  int('uploadAboveBytes', 0);
  int('maxMessageBytes', 1);
  int('timeoutMs', 1);
  if (o.sendCost > o.unitsPerMinute)
    issues.push(
      `gmailApi.sendCost (${o.sendCost}) cannot exceed gmailApi.unitsPerMinute (${o.unitsPerMinute})`,
    );
  if (o.burstUnits >= o.unitsPerMinute)
    issues.push(`gmailApi.burstUnits must be below gmailApi.unitsPerMinute, got ${o.burstUnits}`);
  return Object.freeze({ ...o, rootUrl });
}
