// Bounces shared as files, end to end: signed events through the real Bolt app on 127.0.0.1:0,
// files.info and the download served by the local fake Slack Web API over HTTP.
import { postSigned } from '@smtpfix/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from './blocks/text.js';
import { diagnoseFile } from './diagnose.js';
import { fileBytesToText, MAX_FILE_BYTES } from './listeners/files.js';
import { eventBody, SECRET, startTestBot, stopTestBot, type TestBot, TOKEN } from './test/bot.js';

let t: TestBot;
let slack: TestBot['slack'];
let base: string;
let logs: string[];
let seq = 0;

beforeEach(async () => {
  t = await startTestBot();
  ({ slack, base, logs } = t);
});

afterEach(async () => {
  const all = await stopTestBot(t);
  expect(all).not.toContain(SECRET);
  expect(all).not.toContain(TOKEN);
});

const send = (event: Record<string, unknown>) =>
  postSigned(base, { signingSecret: SECRET, body: eventBody(event) });
const settle = () => new Promise((r) => setTimeout(r, 200));
const nextTs = () => `1700000100.${String(++seq).padStart(6, '0')}`;

interface Shared {
  id: string;
  name: string;
  content: string | Buffer;
  channel: string;
  ts: string;
  threadTs?: string;
  user?: string;
  botId?: string;
  mimetype?: string;
  filetype?: string;
}

/**
 * Puts a file on the fake Slack: `files.info` describes it as Slack does (uploader, size, private
 * download URL on the fake, and where it is shared), and the URL serves its bytes.
 */
function share(files: Shared[]) {
  const origin = slack.apiUrl.replace(/\/api\/$/, '');
  for (const f of files) slack.setFile({ id: f.id, name: f.name, content: f.content });
  slack.setHandler('files.info', (p) => {
    const f = files.find((x) => x.id === p.file);
    if (!f) return { ok: false, error: 'file_not_found' };
    const kind = f.channel.startsWith('C') ? 'public' : 'private';
    return {
      file: {
        id: f.id,
        name: f.name,
        user: f.user ?? 'U1',
        ...(f.botId ? { bot_id: f.botId } : {}),
        size: Buffer.byteLength(f.content),
        mimetype: f.mimetype ?? 'message/rfc822',
        filetype: f.filetype ?? 'eml',
        url_private_download: `${origin}/files-pri/T1-${f.id}/download/${encodeURIComponent(f.name)}`,
        shares: {
          [kind]: { [f.channel]: [{ ts: f.ts, ...(f.threadTs ? { thread_ts: f.threadTs } : {}) }] },
        },
      },
    };
  });
}

const fileShared = (f: Shared, user = f.user ?? 'U1') => ({
  type: 'file_shared',
  channel_id: f.channel,
  file_id: f.id,
  user_id: user,
  file: { id: f.id },
  event_ts: nextTs(),
});
const fileShareMessage = (f: Shared, text = '') => ({
  type: 'message',
  subtype: 'file_share',
  channel: f.channel,
  channel_type: f.channel.startsWith('D') ? 'im' : 'channel',
  user: f.user ?? 'U1',
  text,
  ts: f.ts,
  files: [
    { id: f.id, name: f.name, filetype: f.filetype ?? 'eml', mimetype: f.mimetype ?? 'message/rfc822' },
  ],
});

type Blocks = { type: string; text?: { text: string }; elements?: { text?: string }[] }[];
const blocksOf = (params: Record<string, unknown>) => (params.blocks ?? []) as Blocks;
const textOf = (params: Record<string, unknown>) => JSON.stringify(params.blocks ?? params.text);

/** A Postfix bounce with a DSN group per recipient; `kinds` cycles the Google replies. */
function postfixBounce(recipients: string[], kinds = [0, 1, 2], extra = ''): string {
  const replies = [
    ['5.1.1', '550-5.1.1 The email account that you tried to reach does not exist. x1 - gsmtp'],
    ['4.2.2', "452-4.2.2 The recipient's inbox is out of storage space. x2 - gsmtp"],
    [
      '4.7.28',
      '421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. x3 - gsmtp',
    ],
  ] as const;
  const groups = recipients.map((a, i) => {
    const [status, diag] = replies[kinds[i % kinds.length]!]!;
    return `Final-Recipient: rfc822; ${a}\r\nAction: failed\r\nStatus: ${status}\r\nRemote-MTA: dns; gmail-smtp-in.l.google.com\r\nDiagnostic-Code: smtp; ${diag}\r\n`;
  });
  return [
    'From: MAILER-DAEMON@mail.example.org (Mail Delivery System)',
    'To: news@example.org',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
    '',
    '--B1',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mail.example.org.',
    '',
    '--B1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.org',
    '',
    groups.join('\r\n'),
    extra,
    '--B1--',
    '',
  ].join('\r\n');
}

const TWO = postfixBounce(['a@gmail.com', 'b@gmail.com']);

describe('file_shared', () => {
  it('answers a shared .eml in the thread of the message that carries it, per recipient', async () => {
    const f: Shared = { id: 'F1', name: 'bounce.eml', content: TWO, channel: 'C1', ts: nextTs() };
    share([f]);
    await send(fileShared(f));
    const reply = await slack.waitFor('chat.postMessage');
    expect(reply.params.channel).toBe('C1');
    expect(reply.params.thread_ts).toBe(f.ts);
    expect(slack.callsTo('files.download')[0]?.token).toBe(TOKEN);
    const text = textOf(reply.params);
    expect(text).toContain('Bounce: 2 recipients, 2 different answers');
    expect(text).toMatch(/550 5\.1\.1.*user-unknown.*a@gmail\.com/);
    expect(text).toMatch(/452 4\.2\.2.*mailbox-full.*b@gmail\.com/);
  });

  it("answers a bounce forwarded as an attachment (a person's own message holding the .eml), per recipient", async () => {
    const forward = [
      'From: Alice Example <alice@example.net>',
      'To: Help <help@example.com>',
      'Subject: Fwd: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="FW1"',
      '',
      '--FW1',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'The bounce is attached.',
      '',
      '--FW1',
      'Content-Type: message/rfc822; name="Undelivered Mail Returned to Sender.eml"',
      'Content-Disposition: attachment; filename="Undelivered Mail Returned to Sender.eml"',
      '',
      TWO,
      '--FW1--',
      '',
    ].join('\r\n');
    const f: Shared = { id: 'F30', name: 'Fwd.eml', content: forward, channel: 'C1', ts: nextTs() };
    share([f]);
    await send(fileShared(f));
    const reply = await slack.waitFor('chat.postMessage');
    const text = textOf(reply.params);
    expect(text).toContain('Bounce: 2 recipients, 2 different answers');
    expect(text).toMatch(/550 5\.1\.1.*user-unknown.*a@gmail\.com/);
    expect(text).toMatch(/452 4\.2\.2.*mailbox-full.*b@gmail\.com/);
  });

  it('replies in the thread a file was shared into', async () => {
    const f: Shared = {
      id: 'F2',
      name: 'b.eml',
      content: TWO,
      channel: 'G1',
      ts: nextTs(),
      threadTs: '1699.000001',
    };
    share([f]);
    await send(fileShared(f));
    expect((await slack.waitFor('chat.postMessage')).params.thread_ts).toBe('1699.000001');
  });

  it.each([
    ['file_shared first', true],
    ['the file_share message first', false],
  ])('answers once when Slack sends both events (%s)', async (_name, sharedFirst) => {
    const f: Shared = {
      id: `F3${sharedFirst}`,
      name: 'bounce.eml',
      content: TWO,
      channel: 'C1',
      ts: nextTs(),
    };
    share([f]);
    const events = [fileShared(f), fileShareMessage(f)];
    if (!sharedFirst) events.reverse();
    await Promise.all(events.map(send));
    await slack.waitFor('chat.postMessage');
    await settle();
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(slack.callsTo('files.download')).toHaveLength(1);
  });

  it('answers "@smtpfix why?" with the file attached from the file, once', async () => {
    const f: Shared = { id: 'F13', name: 'bounce.eml', content: TWO, channel: 'C1', ts: nextTs() };
    share([f]);
    const text = '<@UBOT> why did this bounce?';
    const mention = { ...fileShareMessage(f, text), type: 'app_mention', subtype: undefined };
    await Promise.all([send(mention), send(fileShareMessage(f, text)), send(fileShared(f))]);
    const reply = await slack.waitFor('chat.postMessage');
    await settle();
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(slack.callsTo('files.download')).toHaveLength(1);
    expect(textOf(reply.params)).toContain('Bounce: 2 recipients, 2 different answers');
  });

  it('still answers the file when the text beside it was answered first', async () => {
    const f: Shared = { id: 'F14', name: 'bounce.eml', content: TWO, channel: 'C1', ts: nextTs() };
    share([f]);
    // An app_mention that does not list the file (the text alone), answered before the download.
    await send({ type: 'app_mention', channel: 'C1', user: 'U1', text: '<@UBOT> why?', ts: f.ts });
    const first = await slack.waitFor('chat.postMessage');
    expect(textOf(first.params)).not.toContain('Bounce');
    await send(fileShared(f));
    const second = await slack.waitFor('chat.postMessage', { count: 2 });
    expect(second.params.thread_ts).toBe(f.ts);
    expect(textOf(second.params)).toContain('Bounce: 2 recipients');
    await send(fileShareMessage(f));
    await settle();
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it("keeps the file's answer when the message carrying it is edited", async () => {
    const f: Shared = { id: 'F16', name: 'bounce.eml', content: TWO, channel: 'C1', ts: nextTs() };
    share([f]);
    const m = fileShareMessage(f, 'why?');
    await send(m);
    await slack.waitFor('chat.postMessage');
    await send({
      type: 'message',
      subtype: 'message_changed',
      channel: 'C1',
      ts: nextTs(),
      message: { ...m, subtype: undefined, text: 'why did this bounce?' },
      previous_message: m,
    });
    await settle();
    expect(slack.callsTo('chat.update')).toHaveLength(0);
    expect(slack.callsTo('chat.delete')).toHaveLength(0);
  });

  it("ignores the bot's own files and files that cannot hold a bounce", async () => {
    const own: Shared = { id: 'F4', name: 'x.eml', content: TWO, channel: 'C1', ts: nextTs(), user: 'UBOT' };
    const viaBot: Shared = {
      id: 'F5',
      name: 'y.eml',
      content: TWO,
      channel: 'C1',
      ts: nextTs(),
      botId: 'B9',
    };
    const image: Shared = {
      id: 'F6',
      name: 'shot.png',
      content: 'png',
      channel: 'D1',
      ts: nextTs(),
      mimetype: 'image/png',
      filetype: 'png',
    };
    share([own, viaBot, image]);
    await send(fileShared(own));
    await send(fileShared(viaBot));
    await send(fileShared(image));
    await settle();
    expect(slack.callsTo('files.info').map((c) => c.params.file)).toEqual(['F5', 'F6']);
    expect(slack.callsTo('files.download')).toHaveLength(0);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('says in one line what it reads when a DM holds only a file it cannot read', async () => {
    const shot: Shared = {
      id: 'F17',
      name: 'screenshot.png',
      content: 'png',
      channel: 'D1',
      ts: nextTs(),
      mimetype: 'image/png',
      filetype: 'png',
    };
    share([shot]);
    await Promise.all([send(fileShareMessage(shot)), send(fileShared(shot))]);
    const reply = await slack.waitFor('chat.postMessage');
    await settle();
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(slack.callsTo('files.download')).toHaveLength(0);
    expect(reply.params.thread_ts).toBe(shot.ts);
    expect(String(reply.params.text)).toMatch(
      /^I read bounces saved as \.eml .*I cannot read screenshot\.png\./,
    );
    // In a channel, nothing.
    const other = { ...shot, id: 'F18', channel: 'C1', ts: nextTs() };
    share([other]);
    await send(fileShareMessage(other));
    await settle();
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('says in one line, in a DM only, that a text file holds no bounce', async () => {
    const note = (channel: string): Shared => ({
      id: `F7${channel}`,
      name: 'notes.txt',
      content: 'lunch at noon?\n',
      channel,
      ts: nextTs(),
      mimetype: 'text/plain',
      filetype: 'text',
    });
    share([note('C1'), note('D1')]);
    await send(fileShared(note('C1')));
    await send(fileShared(note('D1')));
    const reply = await slack.waitFor('chat.postMessage');
    await settle();
    expect(slack.callsTo('files.download')).toHaveLength(2);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(reply.params.channel).toBe('D1');
    expect(reply.params.blocks).toBeUndefined();
    expect(String(reply.params.text)).toMatch(
      /^I read notes\.txt but found no bounce and no SMTP error in it\./,
    );
  });
});

describe('large bounces', () => {
  it('answers 120 recipients one section per page, within Slack limits, counting those not listed', async () => {
    const rs = Array.from({ length: 120 }, (_, i) => `user${i}@gmail.com`);
    const f: Shared = { id: 'F8', name: 'big.eml', content: postfixBounce(rs), channel: 'C1', ts: nextTs() };
    share([f]);
    await send(fileShared(f));
    const reply = await slack.waitFor('chat.postMessage');
    const blocks = blocksOf(reply.params);
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
    for (const b of blocks) {
      expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.sectionText);
      for (const e of b.elements ?? []) expect(e.text?.length ?? 0).toBeLessThanOrEqual(LIMITS.sectionText);
    }
    expect(String(reply.params.text).length).toBeLessThanOrEqual(LIMITS.fallbackText);
    const text = textOf(reply.params);
    expect(text).toContain('Bounce: 120 recipients, 3 different answers');
    const sections = blocks.filter((b) => b.type === 'section').map((b) => b.text!.text);
    // Core reads the first 100 (34 + 33 + 33): ten listed under each page, the rest counted.
    expect(sections.map((s) => /…and (\d+) more/.exec(s)?.[1])).toEqual(['24', '23', '23']);
    expect(sections[0]).toContain('`user0@gmail.com`, `user3@gmail.com`');
    expect(text).toContain('reports 20 more recipients than the 100 read here');
  });

  it('answers a 2 MB .eml (the returned message and its attachment after the report)', async () => {
    const attachment = Buffer.alloc(1_500_000, 7).toString('base64').replace(/.{76}/g, '$&\r\n');
    const original = `--B1\r\nContent-Type: message/rfc822\r\n\r\nFrom: news@example.org\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${attachment}\r\n`;
    const content = postfixBounce(['a@gmail.com'], [0], original);
    expect(content.length).toBeGreaterThan(2_000_000);
    const f: Shared = { id: 'F9', name: 'with-attachment.eml', content, channel: 'C1', ts: nextTs() };
    share([f]);
    await send(fileShared(f));
    const text = textOf((await slack.waitFor('chat.postMessage')).params);
    expect(text).toContain('550 5.1.1');
    expect(text).toContain('a@gmail.com');
  });

  it('says in one line when Slack will not hand the file over, and answers it when shared again', async () => {
    const f: Shared = { id: 'F15', name: 'gone.eml', content: TWO, channel: 'C1', ts: nextTs() };
    share([f]);
    const origin = slack.apiUrl.replace(/\/api\/$/, '');
    slack.setHandler('files.info', () => ({
      file: {
        id: 'F15',
        name: 'gone.eml',
        size: 10,
        url_private_download: `${origin}/files-pri/T1-F404/x.eml`,
        shares: { public: { C1: [{ ts: f.ts }] } },
      },
    }));
    await send(fileShared(f));
    const line = await slack.waitFor('chat.postMessage');
    expect(line.params.text).toBe(
      "I could not download gone.eml from Slack just now. Share it again in a minute, or paste the bounce's text.",
    );
    expect(line.params.thread_ts).toBe(f.ts);
    // Shared again in another message: downloaded and answered.
    const again: Shared = { ...f, ts: nextTs() };
    share([again]);
    await send(fileShared(again));
    const answer = await slack.waitFor('chat.postMessage', { count: 2 });
    expect(answer.params.thread_ts).toBe(again.ts);
    expect(textOf(answer.params)).toContain('Bounce: 2 recipients');
  });

  it('answers a file over the limit with one line naming it, and does not download it', async () => {
    const f: Shared = {
      id: 'F10',
      name: 'huge.eml',
      content: Buffer.alloc(MAX_FILE_BYTES + 1024, 65),
      channel: 'C1',
      ts: nextTs(),
    };
    share([f]);
    await send(fileShared(f));
    const reply = await slack.waitFor('chat.postMessage');
    expect(reply.params.thread_ts).toBe(f.ts);
    expect(String(reply.params.text)).toMatch(/^huge\.eml is 10\.0 MB; I read files up to 10 MB\./);
    expect(slack.callsTo('files.download')).toHaveLength(0);
  });
});

// Gmail's notice in the charsets mail clients save it in; the report part answers whatever the words.
const JP_NOTICE = {
  'ISO-2022-JP':
    'KiogGyRCJSIlSSVsJTkkLDgrJEQkKyRqJF4kOyRzGyhCICoqCgobJEIlYSE8JWslIiVJJWwlOSQs\nOCskRCQrJGkkSiQkJCshIiVhITwlayRyPHU/LiRHJC0kSiQkJD8kYSEiGyhCdGFyb0BleGFtcGxl\nLmpwIBskQiRLJWEhPCVrJHJHWz8uJEckLSReJDskcyRHJDckPyEjGyhCCgobJEI+XCQ3JC8kTxso\nQiBodHRwczovL3N1cHBvcnQuZ29vZ2xlLmNvbS9tYWlsLz9wPU5vU3VjaFVzZXIgGyRCJHIkNE13\nJC8kQCQ1JCQhIxsoQgo=',
  Shift_JIS:
    'Kiogg0GDaIOMg1iCqoypgsKCqYLogtyCuYLxICoqCgqDgYFbg4uDQYNog4yDWIKqjKmCwoKpgueC\nyIKigqmBQYOBgVuDi4LwjvOQTYLFgquCyIKigr2C34FBdGFyb0BleGFtcGxlLmpwIILJg4GBW4OL\ngvCUepBNgsWCq4LcgrmC8YLFgrWCvYFCCgqP2oK1gq2CzSBodHRwczovL3N1cHBvcnQuZ29vZ2xl\nLmNvbS9tYWlsLz9wPU5vU3VjaFVzZXIggvCCspeXgq2CvoKzgqKBQgo=',
};
const FR =
  "** Adresse introuvable **\n\nVotre message n'a pas été distribué à marie@example.fr, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.\n\nEn savoir plus : https://support.google.com/mail/?p=NoSuchUser\n";

function gmailNotice(to: string, part: string, report = true): string {
  return [
    'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    `To: sender@example.org`,
    'Subject: Delivery Status Notification (Failure)',
    `X-Failed-Recipients: ${to}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; boundary="G1"; report-type=delivery-status',
    '',
    '--G1',
    part,
    ...(report
      ? [
          '--G1',
          'Content-Type: message/delivery-status',
          '',
          'Reporting-MTA: dns; googlemail.com',
          '',
          `Final-Recipient: rfc822; ${to}`,
          'Action: failed',
          'Status: 5.1.1',
          `Diagnostic-Code: smtp; 550 5.1.1 <${to}>: Recipient address rejected: User unknown`,
          '',
        ]
      : []),
    '--G1--',
    '',
  ].join('\r\n');
}

describe('notices in other charsets and encodings', () => {
  it.each(Object.entries(JP_NOTICE))('reads a %s base64 notice readably and answers it', (charset, b64) => {
    const eml = gmailNotice(
      'taro@example.jp',
      `Content-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64.replace(/\n/g, '\r\n')}\r\n`,
    );
    const d = diagnoseFile(fileBytesToText(Buffer.from(eml, 'latin1'))).diagnosis;
    expect(d.bounce?.recipients[0]?.recipient.notice).toContain('アドレスが見つかりません');
    expect(d.bounce?.recipients[0]?.recipient.recipient).toBe('taro@example.jp');
    expect(d.entry?.id).toBe('notice-address-not-found');
    expect(d.reason).toBe('user-unknown');
  });

  it.each([
    ['ISO-2022-JP', '7bit'],
    ['Shift_JIS', '8bit'],
  ] as const)('reads a %s %s notice (no base64) readably', (charset, cte) => {
    const body = Buffer.from(JP_NOTICE[charset], 'base64');
    const eml = Buffer.concat([
      Buffer.from(gmailNotice('taro@example.jp', '\u0000').split('\u0000')[0]!),
      Buffer.from(
        `Content-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: ${cte}\r\n\r\n`,
      ),
      body,
      Buffer.from(gmailNotice('taro@example.jp', '\u0000').split('\u0000')[1]!),
    ]);
    const d = diagnoseFile(fileBytesToText(eml)).diagnosis;
    expect(d.bounce?.recipients[0]?.recipient.notice).toContain('アドレスが見つかりません');
    expect(d.entry?.id).toBe('notice-address-not-found');
  });

  it.each([
    ['ISO-8859-1, 8 bit', 'ISO-8859-1', '8bit', Buffer.from(FR, 'latin1')],
    [
      'UTF-8, quoted-printable',
      'UTF-8',
      'quoted-printable',
      Buffer.from(
        "** Adresse introuvable **\r\n\r\nVotre message n'a pas =C3=A9t=C3=A9 distribu=C3=A9 =C3=A0 marie@example.fr,=\r\n car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.\r\n\r\nEn savoir plus : https://support.google.com/mail/?p=3DNoSuchUser\r\n",
      ),
    ],
  ])('reads a French notice in %s readably, with or without its report', (_n, charset, cte, body) => {
    for (const report of [true, false]) {
      const head = `Content-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: ${cte}\r\n\r\n`;
      const eml = Buffer.concat([
        Buffer.from(gmailNotice('marie@example.fr', '\u0000', report).split('\u0000')[0]!),
        Buffer.from(head),
        body,
        Buffer.from(gmailNotice('marie@example.fr', '\u0000', report).split('\u0000')[1]!),
      ]);
      const d = diagnoseFile(fileBytesToText(eml)).diagnosis;
      expect(d.bounce?.recipients[0]?.recipient.notice).toContain("Votre message n'a pas été distribué à");
      expect(d.bounce?.recipients[0]?.recipient.recipient).toBe('marie@example.fr');
      // With the report, Gmail's notice page; without it, the page its help link names.
      expect(d.entry?.id).toBe(report ? 'notice-address-not-found' : '550-5.1.1-no-such-user');
      expect(d.reason).toBe('user-unknown');
    }
  });

  it('answers an uploaded ISO-2022-JP notice in Slack', async () => {
    const eml = gmailNotice(
      'taro@example.jp',
      `Content-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: base64\r\n\r\n${JP_NOTICE['ISO-2022-JP']}\r\n`,
    );
    const f: Shared = { id: 'F11', name: 'jp.eml', content: eml, channel: 'D1', ts: nextTs() };
    share([f]);
    await send(fileShared(f));
    const text = textOf((await slack.waitFor('chat.postMessage')).params);
    expect(text).toContain('taro@example.jp');
    expect(text).toContain('user-unknown');
  });
});

describe('secrets in a shared bounce', () => {
  it('never reach the answer, the logs or an edit, whether plain or in a base64 part', async () => {
    const transcript =
      "<<< 535-5.7.8 Username and Password not accepted. AUTH PLAIN AGFAZXhhbXBsZS5vcmcAaHVudGVyMg== pass: 'abcd efgh ijkl mnop' ya29.a0AfH6SMBxSECRETSECRET";
    const eml = postfixBounce(['a@gmail.com', 'b@gmail.com'])
      .replace(
        'This is the mail system at host mail.example.org.',
        `This is the mail system at host mail.example.org.\r\n\r\n${transcript}`,
      )
      .replace(
        '--B1--',
        `--B1\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(transcript).toString('base64')}\r\n--B1--`,
      );
    const f: Shared = { id: 'F12', name: 'leaky.eml', content: eml, channel: 'D1', ts: nextTs() };
    share([f]);
    await send(fileShared(f));
    const reply = await slack.waitFor('chat.postMessage');
    const all = `${JSON.stringify(reply.params)}\n${logs.join('\n')}`;
    for (const secret of ['AGFAZXhhbXBsZS5vcmcAaHVudGVyMg', 'abcd efgh', 'SECRETSECRET'])
      expect(all).not.toContain(secret);
    expect(textOf(reply.params)).toContain('a@gmail.com');
  });

  it('are masked in a pasted bounce before the bot quotes it (/smtpfix)', async () => {
    const paste = `my config: password=hunter2\n${postfixBounce(['a@gmail.com'], [0])}`;
    await postSigned(base, {
      signingSecret: SECRET,
      kind: 'form',
      body: {
        command: '/smtpfix',
        text: paste,
        channel_id: 'C1',
        user_id: 'U1',
        team_id: 'T1',
        trigger_id: 't',
        response_url: slack.responseUrl(),
      },
    });
    const answer = await slack.waitFor('chat.postEphemeral');
    expect(JSON.stringify(answer.params)).not.toContain('hunter2');
    expect(JSON.stringify(answer.params)).toContain('You asked about: `my config: password=[masked]');
  });
});
