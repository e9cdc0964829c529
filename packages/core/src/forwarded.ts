// A bounce forwarded by a person: their mail client writes a marker line and the forwarded
// message's own header fields above it (Gmail's "---------- Forwarded message ---------", Outlook's
// "________________________________" rule or "-----Original Message-----", Apple Mail's "Begin
// forwarded message:", Thunderbird's "-------- Forwarded Message --------"). The notice's sender is
// the From of that block, not the person who forwarded it.

// The marker line a client writes above the forwarded message's header block (the common languages
// of Gmail's, Apple Mail's and Thunderbird's markers; Outlook's rule has none).
const MARKER =
  /^((?:>[ \t]?)*)[ \t]*(?:-{2,}[ \t]*(?:Forwarded message|Forwarded Message|Original Message|Mensaje reenviado|Mensaje original|Message transféré|Message d['’]origine|Weitergeleitete Nachricht|Ursprüngliche Nachricht|Messaggio inoltrato|Messaggio originale|Mensagem encaminhada|Mensagem original|Doorgestuurd bericht|Oorspronkelijk bericht|Vidarebefordrat meddelande|Przekazana wiadomość|Пересылаемое сообщение|転送されたメッセージ)[ \t]*-{2,}|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:|Début du message réexpédié :|Inicio del mensaje reenviado:|Inizio messaggio inoltrato:|_{20,})[ \t]*$/m;

// A field of the block, as clients write it: plain, or bold in a plain-text rendering (`*From:*`).
const FIELD = /^\*?([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ -]{0,20}?)[ \t]*:\*?[ \t]*(.*)$/;

// The field names clients write for the sender and subject (English and the common languages).
const FROM_NAMES = new Set(['from', 'de', 'von', 'da', 'van', 'från', 'od', 'fra', 'от', '差出人', '送信者']);
const SUBJECT_NAMES = new Set([
  'subject',
  'objet',
  'asunto',
  'betreff',
  'oggetto',
  'assunto',
  'onderwerp',
  'ämne',
  'temat',
  'тема',
  '件名',
]);
/** Past this many characters into a text a marker is no longer where a person's forward begins. */
const WITHIN = 4096;
/** At most this many lines of header fields (From, Sent, To, Cc, Subject, Reply-To …). */
const MAX_FIELDS = 12;

/** What a forwarded message's header block says, and the forwarded text after it. */
export interface Forwarded {
  /** Where the marker line begins in the text. */
  index: number;
  /** The forwarded message's sender (the From field of the block). */
  from: string;
  /** Its subject, or `null` when the block gives none. */
  subject: string | null;
  /** The forwarded text after the block, one level of `> ` quoting taken off when the block had it. */
  body: string;
}

/**
 * The first forwarded message's header block in the first 4 KB of a text: a client's marker line,
 * then (after blank lines) header fields that name a sender. `null` when there is none.
 */
export function forwardedBlock(text: string): Forwarded | null {
  const window = text.length > WITHIN ? text.slice(0, WITHIN) : text;
  let first: Forwarded | null = null;
  for (const f of [markedBlock(text, window), inlineBlock(text, window), quotedReply(text, window)])
    if (f && (!first || f.index < first.index)) first = f;
  return first;
}

// Yahoo Mail writes the marker and the fields on one line, run together: "----- Forwarded Message
// ----- From: A <a@example.com>To: b@example.org Sent: Monday, …GMT+1Subject: …".
const INLINE = /^[ \t]*-{2,}[ \t]*Forwarded Message[ \t]*-{2,}[ \t]*(From:[^\n]*)$/m;
const INLINE_FIELD = /(From|To|Cc|Sent|Date|Subject):[ \t]*/g;

/** Yahoo's one-line block: the fields split where each name begins, the text from the next line. */
function inlineBlock(text: string, window: string): Forwarded | null {
  const m = INLINE.exec(window);
  if (!m) return null;
  const line = m[1]!;
  const starts: { name: string; at: number; value: number }[] = [];
  INLINE_FIELD.lastIndex = 0;
  for (let f = INLINE_FIELD.exec(line); f; f = INLINE_FIELD.exec(line))
    starts.push({ name: f[1]!.toLowerCase(), at: f.index, value: f.index + f[0].length });
  const value = (name: string) => {
    const k = starts.findIndex((f) => f.name === name);
    if (k === -1) return null;
    return line.slice(starts[k]!.value, starts[k + 1]?.at ?? line.length).trim();
  };
  const from = value('from');
  if (!from) return null;
  const after = m.index + m[0].length;
  // The text's first line follows the block's line, after one space.
  const body = text.slice(text[after] === '\n' ? after + 1 : after).replace(/^ /, '');
  return { index: m.index, from, subject: value('subject'), body };
}

// A reply's attribution line above the message it quotes ("On Mon, Mar 4, 2024 at 10:15 AM Mail
// Delivery Subsystem <mailer-daemon@googlemail.com> wrote:"), in the common languages; Gmail wraps
// a long one onto a second line.
const ATTRIBUTION =
  /^[ \t]*((?:On|Le|Am|El|Il giorno|Op|Em|Den|W dniu)[ \t,](?:[^\n]|\n(?!\n)){4,400}?(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu|skrev|napisał)[^\n:]{0,40}?)[ \t]*:[ \t]*$/m;

/**
 * A reply that quotes the message line by line under its attribution line: the attribution names
 * the sender (no subject), the quoted lines with one level of `> ` taken off are the text.
 */
function quotedReply(text: string, window: string): Forwarded | null {
  const m = ATTRIBUTION.exec(window);
  if (!m) return null;
  const lines = text.slice(m.index + m[0].length).split('\n');
  const body: string[] = [];
  let quoted = 0;
  for (const raw of lines.slice(1)) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('>')) {
      body.push(line.replace(/^> ?/, ''));
      // Only a quoted line with words quotes the message: a client that showed the bounce's parts as
      // attachments quotes nothing ("> " alone), and the notice is then in those parts, not here.
      if (/[^>\s]/.test(line)) quoted++;
    } else if (line.trim() === '') body.push('');
    else break;
  }
  if (quoted === 0) return null;
  return { index: m.index, from: m[1]!.replace(/\s+/g, ' '), subject: null, body: body.join('\n') };
}

/** A client's marker line and the header fields under it. */
function markedBlock(text: string, window: string): Forwarded | null {
  const m = MARKER.exec(window);
  if (!m) return null;
  const quote = m[1] ?? '';
  const unquote = (line: string) =>
    quote && line.startsWith(quote.trimEnd())
      ? line.slice(quote.trimEnd().length).replace(/^[ \t]/, '')
      : line;
  const lines = text.slice(m.index + m[0].length).split('\n');
  let i = 0;
  // The marker's own line break, then blank (or quote-only) lines.
  while (i < lines.length && unquote(lines[i]!.replace(/\r$/, '')).trim() === '') i++;
  let from: string | null = null;
  let subject: string | null = null;
  let fields = 0;
  for (; i < lines.length && fields < MAX_FIELDS; i++) {
    const line = unquote(lines[i]!.replace(/\r$/, ''));
    if (line.trim() === '') break;
    const f = FIELD.exec(line.trim());
    if (!f) {
      // A long value wrapped onto the next line (Outlook's To: list) continues the field.
      if (fields > 0 && /^[ \t]/.test(line)) continue;
      break;
    }
    fields++;
    const name = f[1]!.trim().toLowerCase();
    const value = f[2]!.replace(/\*/g, '').trim();
    if (FROM_NAMES.has(name) && from === null) from = value;
    else if (SUBJECT_NAMES.has(name) && subject === null) subject = value;
  }
  if (from === null || fields < 2) return null;
  const body = lines.slice(i).map(unquote).join('\n');
  return { index: m.index, from, subject, body };
}
