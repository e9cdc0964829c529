import { describe, expect, it } from 'vitest';
import { decodeBody, decodeWords, htmlToText, splitMessage } from './mime.js';

const part = (charset: string, body: string, cte = '7bit') => ({
  headers: new Map([
    ['content-type', `text/plain; charset=${charset}`],
    ['content-transfer-encoding', cte],
  ]),
  body,
});
// "アドレスが見つかりません" as Japanese mail carries it: ISO-2022-JP escapes in 7 bits, and Shift_JIS bytes.
const ISO_2022_JP = Buffer.from('GyRCJSIlSSVsJTkkLDgrJEQkKyRqJF4kOyRzGyhC', 'base64').toString('latin1');
const SHIFT_JIS = Buffer.from('g0GDaIOMg1iCqoypgsKCqYLogtyCuYLx', 'base64').toString('latin1');

describe('decodeBody', () => {
  it('decodes 7-bit ISO-2022-JP and 8-bit text read byte for byte by their charset', () => {
    expect(decodeBody(part('ISO-2022-JP', ISO_2022_JP))).toBe('アドレスが見つかりません');
    expect(decodeBody(part('Shift_JIS', SHIFT_JIS, '8bit'))).toBe('アドレスが見つかりません');
    expect(decodeBody(part('iso-8859-1', 'distribu\xe9', '8bit'))).toBe('distribué');
  });

  it('leaves text that is already decoded, ASCII, or UTF-8 as it is', () => {
    expect(decodeBody(part('Shift_JIS', 'アドレス'))).toBe('アドレス');
    expect(decodeBody(part('ISO-2022-JP', 'plain ascii'))).toBe('plain ascii');
    expect(decodeBody(part('utf-8', 'distribu\xe9', '8bit'))).toBe('distribu\xe9');
  });
});

describe('decodeBody: base64', () => {
  it('keeps the last bytes of base64 whose `=` padding ends it', () => {
    // A real qmail reply (dev sample, wiki.ubiquityhosting.com) as a client base64-encodes it: the
    // padding once cut "dns" to "dn".
    const text = 'Remote host said: 553 bad reverse dns';
    for (const body of [btoa(text), `${btoa(text).replace(/=+$/, '')}\n`])
      expect(decodeBody(part('utf-8', body, 'base64'))).toBe(text);
  });
});

describe('decodeWords (RFC 2047)', () => {
  it('decodes B and Q words in any charset TextDecoder knows', () => {
    expect(decodeWords('=?UTF-8?B?RGVsaXZlcnkgU3RhdHVzIE5vdGlmaWNhdGlvbiAoRmFpbHVyZSk=?=')).toBe(
      'Delivery Status Notification (Failure)',
    );
    expect(decodeWords('=?ISO-8859-1?Q?Mail_Delivery_Subsyst=E8me?= <mailer-daemon@googlemail.com>')).toBe(
      'Mail Delivery Subsystème <mailer-daemon@googlemail.com>',
    );
    expect(decodeWords(`=?ISO-2022-JP?B?${btoa(ISO_2022_JP)}?=`)).toBe('アドレスが見つかりません');
    expect(decodeWords('=?utf-8?q?Zustellung_fehlgeschlagen?=')).toBe('Zustellung fehlgeschlagen');
  });

  it('joins adjacent words without the space between them, and a character split across two words', () => {
    // "Ваше сообщение" (a real Exim subject of the dev set) split inside its second letter's bytes.
    const bytes = new TextEncoder().encode('Ваше сообщение');
    const latin = (b: Uint8Array) => String.fromCharCode(...b);
    const split = `=?UTF-8?B?${btoa(latin(bytes.subarray(0, 3)))}?=\r\n =?UTF-8?B?${btoa(latin(bytes.subarray(3)))}?=`;
    expect(decodeWords(split)).toBe('Ваше сообщение');
    expect(decodeWords('=?UTF-8?Q?a?= =?UTF-8?Q?b?= c')).toBe('ab c');
  });

  it('leaves text that is no encoded word as it is, and reads an unknown charset as UTF-8', () => {
    expect(decodeWords('Returned mail: see transcript for details')).toBe(
      'Returned mail: see transcript for details',
    );
    expect(decodeWords('=?x-unknown?Q?failure_notice?=')).toBe('failure notice');
  });

  it('is applied to every header splitMessage reads', () => {
    const m = splitMessage(
      'From: =?UTF-8?Q?Mail_Delivery_Subsystem?= <mailer-daemon@googlemail.com>\nSubject: =?UTF-8?B?RGVsaXZlcnkgU3RhdHVzIE5vdGlmaWNhdGlvbiAoRGVsYXkp?=\n\nbody',
    );
    expect(m.headers.get('from')).toBe('Mail Delivery Subsystem <mailer-daemon@googlemail.com>');
    expect(m.headers.get('subject')).toBe('Delivery Status Notification (Delay)');
  });
});

describe('decodeBody: format=flowed and 8-bit UTF-8', () => {
  const flowedPart = (body: string, delsp = '') => ({
    headers: new Map([['content-type', `text/plain; charset=UTF-8; format=flowed${delsp}`]]),
    body,
  });

  it('joins the lines a client wrapped at a trailing space and takes the stuffed space off', () => {
    // Google's "likely unsolicited" reply as Thunderbird wraps it at 72 columns.
    const reply =
      '550-5.7.1 [192.0.2.1] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.';
    const wrapped =
      '550-5.7.1 [192.0.2.1] Our system has detected that this message is \nlikely unsolicited mail. To reduce the amount of spam sent to Gmail, \nthis message has been blocked.\n From the original\n>quoted \n>line';
    expect(decodeBody(flowedPart(wrapped))).toBe(`${reply}\nFrom the original\n> quoted line`);
    expect(decodeBody(flowedPart('unsolic \nited', '; delsp=yes'))).toBe('unsolicited');
    // Without format=flowed the lines stay as they are.
    expect(decodeBody(part('utf-8', 'a \nb'))).toBe('a \nb');
  });

  it('decodes 8-bit UTF-8 read byte for byte, and leaves text already decoded as it is', () => {
    const bytes = String.fromCharCode(...new TextEncoder().encode('Adresse introuvable – réessayez'));
    expect(decodeBody(part('UTF-8', bytes, '8bit'))).toBe('Adresse introuvable – réessayez');
    expect(decodeBody(part('utf-8', 'distribué', '8bit'))).toBe('distribué');
  });
});

describe('htmlToText', () => {
  it("reads Outlook's HTML forward: its rule, bold fields and entities, with source line breaks as spaces", () => {
    const html =
      '<div>see below</div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg"><b>From:</b> Mail Delivery System &lt;MAILER-DAEMON@mail.example.org&gt;<br><b>Subject:</b> Undelivered\r\nMail Returned to Sender</div>\n<div>doesn&#39;t&nbsp;exist &#x2014; 550&#8201;5.1.1</div>';
    expect(htmlToText(html)).toBe(
      "see below\n\n________________________________\nFrom: Mail Delivery System <MAILER-DAEMON@mail.example.org>\nSubject: Undelivered Mail Returned to Sender\n doesn't exist \u2014 550\u20095.1.1\n",
    );
  });

  it('keeps the line breaks of <pre>', () => {
    expect(htmlToText('<pre>Final-Recipient: rfc822; a@example.com\nStatus: 5.1.1</pre>')).toBe(
      'Final-Recipient: rfc822; a@example.com\nStatus: 5.1.1\n',
    );
  });
});

describe('splitMessage: a line of spaces', () => {
  it('ends the headers, as an empty line does (a paste kept its trailing spaces)', () => {
    const part = splitMessage(
      'Content-Type: message/delivery-status  \n  \nReporting-MTA: dns; mx.example.org  \n',
    );
    expect(part.headers.get('content-type')).toBe('message/delivery-status');
    expect(part.headers.has('reporting-mta')).toBe(false);
    expect(part.body).toMatch(/^Reporting-MTA: dns; mx\.example\.org/);
  });
});
