// Secrets people paste along with an error. Everything the bot and the site's paste box quote
// back, and everything they classify, goes through maskSecrets first, so no answer ever repeats a
// credential. Lives in core (no I/O, no Node APIs) so a browser runs exactly the same masking.

// The WHATWG base64 decoder, global in browsers and Node >= 16; core's build has no DOM or Node types.
declare const atob: (data: string) => string;

/** What a masked secret is replaced with (after any kept prefix such as `xoxb-`). */
export const MASK = '[masked]';

const KEYS =
  'pass|passwd|password|pwd|secret|client_secret|clientSecret|app_password|appPassword|refresh_token|refreshToken|access_token|accessToken|api_key|apiKey|private_key|privateKey|token';

/** [pattern, replacement] pairs, applied in order. Every pattern is linear (no nested quantifiers). */
const RULES: [RegExp, string | ((...m: string[]) => string)][] = [
  // PEM private keys, whole or cut off by the paste, including JSON-escaped newlines.
  [
    /-----BEGIN ((?:[A-Z]+ )*)PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z]+ )*PRIVATE KEY-----|$)/g,
    (_m, kind) => `-----BEGIN ${kind}PRIVATE KEY----- ${MASK} -----END ${kind}PRIVATE KEY-----`,
  ],
  // Slack tokens (bot, user, app-level, config, refresh).
  [/\b(xox[abposer]|xapp|xoxe\.xox[bp])-[A-Za-z0-9-]{6,}/g, (_m, p) => `${p}-${MASK}`],
  // Google OAuth access tokens, refresh tokens and client secrets.
  [/\bya29\.[\w.-]{8,}/g, `ya29.${MASK}`],
  [/(^|[^\w/])1\/\/[\w-]{16,}/g, (_m, pre) => `${pre}1//${MASK}`],
  [/\bGOCSPX-[\w-]{8,}/g, `GOCSPX-${MASK}`],
  // `auth=Bearer <token>` (decoded XOAUTH2) and `Authorization: Bearer <token>` headers.
  [/\b(auth=Bearer|Bearer)[ \t]+([\w.~+/-]{8,}=*)/g, (m, p, t) => (/\d/.test(t) ? `${p} ${MASK}` : m)],
  // SASL arguments sent with the command: AUTH PLAIN/XOAUTH2/LOGIN <base64>.
  [
    /\b(AUTH[ \t]+(?:PLAIN|XOAUTH2|LOGIN|OAUTHBEARER))[ \t]+([A-Za-z0-9+/]{8,}={0,2})/gi,
    (m, p, b) => (/[A-Z0-9+/=]/.test(b) && /[a-z]/.test(b) ? `${p} ${MASK}` : m),
  ],
  // Quoted values of secret-looking keys: pass: 'hunter 2', "password": "x", clientSecret = `y`.
  [
    new RegExp(`(["']?\\b(?:${KEYS})\\b["']?\\s*[:=]\\s*)(["'\`])(?:\\\\.|(?!\\2)[^\\\\\\n])*\\2`, 'gi'),
    (_m, key, q) => `${key}${q}${MASK}${q}`,
  ],
  // Unquoted values: password=hunter2, pass: hunter2
  [
    new RegExp(`(\\b(?:${KEYS})\\b\\s*[:=]\\s*)(?!["'\`\\[])[^\\s,;&}'"]+`, 'gi'),
    (_m, key) => `${key}${MASK}`,
  ],
];

/** Base64 runs long enough to hide a SASL blob. */
const BASE64 = /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])/g;

/**
 * True when a base64 string decodes to SASL credentials: XOAUTH2's `user=…\x01auth=Bearer …`
 * or AUTH PLAIN's `authzid\0user\0password`.
 */
function isSaslBlob(b64: string): boolean {
  let decoded: string;
  try {
    decoded = atob(b64);
  } catch {
    return false; // not valid base64 (e.g. a length of 4n+1), so not a SASL blob either
  }
  return /user=[^\x01]*\x01auth=/i.test(decoded) || /^[^\0]*\0[^\0]+\0[^\0]+$/.test(decoded);
}

/**
 * Replaces credentials in pasted text with `[masked]`: Slack `xox*-`/`xapp-` tokens, Google
 * `ya29.` access tokens, `1//` refresh tokens, `GOCSPX-` client secrets, bearer tokens,
 * `pass`/`password`/`secret`/`token` values, base64 XOAUTH2 and AUTH PLAIN payloads, and PEM
 * private keys. Everything else is left as it was, so the error still classifies.
 *
 * @example
 * maskSecrets("auth: { user: 'a@b.c', pass: 'abcd efgh ijkl mnop' }");
 * // "auth: { user: 'a@b.c', pass: '[masked]' }"
 */
export function maskSecrets(text: string): string {
  let out = text;
  for (const [re, replacement] of RULES) out = out.replace(re, replacement as (...m: string[]) => string);
  return out.replace(BASE64, (m) => (isSaslBlob(m) ? MASK : m));
}
