/** A message as `users.messages.send` received it, with the recipients read from its headers. */
export interface ApiMessage {
  raw: Buffer;
  /** Addresses from To, Cc and Bcc. */
  recipients: string[];
  /** The first recipient header that is not an address list, if any ("To", "Cc", "Bcc"). */
  invalidHeader: string | undefined;
}

const HEADER_END = /\r?\n\r?\n/;
// A domain with a dot: Gmail refuses `human@f` with "Invalid to header" (FlowCrypt issue 1370).
const ADDRESS = /^[^\s<>@,;:"]+@[^\s<>@,;:".]+(?:\.[^\s<>@,;:".]+)+$/;

function headerValues(head: string, name: string): string[] {
  const re = new RegExp(`^${name}:[ \\t]*((?:.*)(?:\\r?\\n[ \\t].*)*)`, 'gim');
  const out: string[] = [];
  for (const m of head.matchAll(re)) out.push(m[1]!.replace(/\r?\n[ \t]+/g, ' ').trim());
  return out;
}

/**
 * Splits an address list at commas outside quotes and angle brackets. Enough for the sim's
 * purpose (refuse what Gmail refuses with "Invalid To header"); not a full RFC 5322 parser.
 */
function splitList(value: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  let angle = 0;
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '<') angle += 1;
    else if (!quoted && ch === '>') angle = Math.max(0, angle - 1);
    if (ch === ',' && !quoted && angle === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Reads the recipient headers of a raw RFC 5322 message (headers only; the body is not parsed). */
export function readApiMessage(raw: Buffer): ApiMessage {
  const text = raw.subarray(0, 256 * 1024).toString('latin1');
  const end = HEADER_END.exec(text);
  const head = end ? text.slice(0, end.index) : text;
  const recipients: string[] = [];
  let invalidHeader: string | undefined;
  for (const name of ['To', 'Cc', 'Bcc']) {
    for (const value of headerValues(head, name)) {
      for (const part of splitList(value)) {
        const inAngle = /<([^<>]*)>\s*$/.exec(part)?.[1];
        const address = (inAngle ?? part).trim();
        if (!ADDRESS.test(address) || (inAngle === undefined && /[\s"]/.test(address))) {
          invalidHeader ??= name;
          continue;
        }
        recipients.push(address);
      }
    }
  }
  return { raw, recipients, invalidHeader };
}

/** Decodes the `raw` field: base64url as Google documents it, plain base64 accepted as Google does. */
export function decodeRaw(raw: string): Buffer {
  return Buffer.from(raw.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/**
 * The message part of a `multipart/related` upload (`uploadType=multipart`): the part after the
 * JSON metadata part.
 */
export function multipartMessage(body: Buffer, contentType: string): Buffer | undefined {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return undefined;
  const text = body.toString('latin1');
  const parts = text.split(`--${boundary}`).slice(1, -1);
  for (const part of parts) {
    const end = HEADER_END.exec(part);
    if (!end) continue;
    const head = part.slice(0, end.index);
    if (/content-type:\s*application\/json/i.test(head)) continue;
    const content = part.slice(end.index + end[0].length).replace(/\r?\n$/, '');
    return Buffer.from(content, 'latin1');
  }
  return undefined;
}
