// Routing: signed payloads through the real Bolt app and HTTP receiver on 127.0.0.1:0, answers read
// from the calls recorded by a local fake Slack Web API.
import { type PostSignedOptions, postSigned } from '@smtpfix/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from './blocks/answer.js';
import { encodeRef } from './blocks/ref.js';
import { LOOKUP_INPUT, VIEWS } from './blocks/views.js';
import { diagnose } from './diagnose.js';
import { SHORTCUT } from './listeners/shortcut.js';
import { eventBody, SECRET, startTestBot, stopTestBot, type TestBot, TOKEN } from './test/bot.js';

const PASTE =
  'Error: Invalid login: 535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials x1sm - gsmtp';

let t: TestBot;
let slack: TestBot['slack'];
let base: string;
let logs: string[];
let eventSeq = 0;

beforeEach(async () => {
  t = await startTestBot();
  ({ slack, base, logs } = t);
});

afterEach(async () => {
  // No secret is ever logged, whatever the test did.
  const all = await stopTestBot(t);
  expect(all).not.toContain(SECRET);
  expect(all).not.toContain(TOKEN);
});

const post = (o: Omit<PostSignedOptions, 'signingSecret'> & { signingSecret?: string }) =>
  postSigned(base, { signingSecret: SECRET, ...o });

const message = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  channel: 'C1',
  channel_type: 'channel',
  user: 'U1',
  text,
  ts: `1700000000.${String(++eventSeq).padStart(6, '0')}`,
  ...extra,
});

/** Lets the app finish any work a request started before asserting that nothing was posted. */
const settle = () => new Promise((r) => setTimeout(r, 150));

const textOf = (params: Record<string, unknown>) => JSON.stringify(params.blocks ?? params.view ?? params);

describe('HTTP receiver', () => {
  it('answers the health route', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, slack: 'ready' });
  });

  it('answers url_verification with the challenge', async () => {
    const res = await post({ body: { type: 'url_verification', challenge: 'abc123', token: 'x' } });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ challenge: 'abc123' });
  });

  it('rejects forged signatures, missing headers, stale and future timestamps with 401', async () => {
    const body = eventBody(message(PASTE));
    const forged = await post({ body, signature: `v0=${'0'.repeat(64)}` });
    const wrongSecret = await post({ body, signingSecret: 'not-the-secret' });
    const unsigned = await post({ body, signature: null });
    const stale = await post({ body, timestampSec: Math.floor(Date.now() / 1000) - 6 * 60 });
    const future = await post({ body, timestampSec: Math.floor(Date.now() / 1000) + 10 * 60 });
    expect([forged, wrongSecret, unsigned, stale, future].map((r) => r.status)).toEqual([
      401, 401, 401, 401, 401,
    ]);
    await settle();
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('answers bad payloads with a clean 4xx at once', async () => {
    const bad = [
      await post({ kind: 'raw', body: '{not json', contentType: 'application/json' }),
      await post({ body: { type: 'no_such_type' } }),
      await post({ body: [1, 2, 3] }),
      await post({ body: { type: 'event_callback', event_id: 'x' } }),
      await post({ kind: 'form', body: { hello: 'world' } }),
      await post({ kind: 'form', body: { payload: '{broken' } }),
    ];
    for (const r of bad) {
      expect(r.status).toBe(400);
      expect(r.ms).toBeLessThan(1000);
    }
    const notFound = await fetch(`${base}/nope`);
    expect(notFound.status).toBe(404);
  });

  it('rejects oversized bodies with 413 before reading them', async () => {
    const res = await post({ body: eventBody(message('x'.repeat(1_100_000))) });
    expect(res.status).toBe(413);
  });
});

describe('messages', () => {
  it('replies in the thread to a channel message holding a known error', async () => {
    const m = message(PASTE);
    const res = await post({ body: eventBody(m) });
    expect(res.status).toBe(200);
    const call = await slack.waitFor('chat.postMessage');
    expect(call.token).toBe(TOKEN);
    expect(call.params.channel).toBe('C1');
    expect(call.params.thread_ts).toBe(m.ts);
    expect(call.params.text).toContain('535 5.7.8');
    expect(textOf(call.params)).toContain('How to fix it');
  });

  it('stays quiet on chat without an error and on weak matches', async () => {
    await post({ body: eventBody(message('lunch at noon? the mail server was slow yesterday')) });
    await post({ body: eventBody(message('we got a 550 once')) });
    await settle();
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('never answers bots or itself', async () => {
    await post({
      body: eventBody(message(PASTE, { bot_id: 'B2', subtype: 'bot_message', user: undefined })),
    });
    await post({ body: eventBody(message(PASTE, { bot_id: 'B2' })) });
    await post({ body: eventBody(message(PASTE, { user: 'UBOT' })) });
    await settle();
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('answers a retried delivery (X-Slack-Retry-Num) only once', async () => {
    const body = eventBody(message(PASTE));
    const first = await post({ body });
    const retry1 = await post({ body, retryNum: 1 });
    const retry2 = await post({ body, retryNum: 2 });
    expect([first.status, retry1.status, retry2.status]).toEqual([200, 200, 200]);
    await slack.waitFor('chat.postMessage');
    await settle();
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers a channel message that mentions it once, though it arrives as message and app_mention', async () => {
    const m = message(`<@UBOT> ${PASTE}`);
    await post({ body: eventBody(m) });
    await post({ body: eventBody({ ...m, type: 'app_mention' }) });
    await slack.waitFor('chat.postMessage');
    await settle();
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('acks within Slack’s 3 seconds even when the Web API is slow', async () => {
    await post({ body: eventBody(message('warm up')) }); // first event waits for auth.test
    slack.setDelay(1500);
    const res = await post({ body: eventBody(message(PASTE)) });
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(500);
    await slack.waitFor('chat.postMessage', { timeoutMs: 4000 });
  });

  it('masks secrets before quoting, and answers an oversized paste once and quickly', async () => {
    const secretPaste = `${PASTE}\nauth: { user: 'me@gmail.com', pass: 'abcd efgh ijkl mnop' } token xoxb-99999-88888-secretsecret`;
    await post({ body: eventBody(message(secretPaste, { channel_type: 'im', channel: 'D1' })) });
    const call = await slack.waitFor('chat.postMessage');
    expect(JSON.stringify(call.params)).not.toContain('abcd efgh');
    expect(JSON.stringify(call.params)).not.toContain('secretsecret');

    const huge = `${PASTE}\n${'at Object.<anonymous> (/srv/app/node_modules/nodemailer/lib/smtp-connection/index.js:1:1)\n'.repeat(400)}`;
    expect(huge.length).toBeGreaterThan(35_000);
    const res = await post({ body: eventBody(message(huge)) });
    expect(res.status).toBe(200);
    const second = await slack.waitFor('chat.postMessage', { count: 2 });
    expect(second.params.text).toContain('535 5.7.8');
  });

  it('in a DM, answers even without a match, with what to paste', async () => {
    await post({ body: eventBody(message('hello?', { channel: 'D1', channel_type: 'im' })) });
    const call = await slack.waitFor('chat.postMessage');
    expect(textOf(call.params)).toContain('paste the whole error');
  });

  it('updates its reply when the message is edited, deletes it when the error is gone or the message is deleted', async () => {
    const m = message(PASTE);
    await post({ body: eventBody(m) });
    await slack.waitFor('chat.postMessage');

    const edited = {
      type: 'message',
      subtype: 'message_changed',
      channel: 'C1',
      hidden: true,
      ts: '1700000999.000001',
      message: { ...m, text: '454-4.7.0 Too many login attempts, please try again later. - gsmtp' },
      previous_message: m,
    };
    await post({ body: eventBody(edited) });
    const update = await slack.waitFor('chat.update');
    expect(update.params.channel).toBe('C1');
    expect(update.params.text).toContain('454 4.7.0');

    // An unfurl re-sends the same text: no second update.
    await post({ body: eventBody({ ...edited, message: { ...edited.message } }) });
    await settle();
    expect(slack.callsTo('chat.update')).toHaveLength(1);

    await post({ body: eventBody({ ...edited, message: { ...m, text: 'never mind, fixed it' } }) });
    const del = await slack.waitFor('chat.delete');
    expect(del.params.ts).toBe(update.params.ts);
  });

  it('deletes its reply when the original message is deleted', async () => {
    const m = message(PASTE);
    await post({ body: eventBody(m) });
    await slack.waitFor('chat.postMessage');
    await post({
      body: eventBody({
        type: 'message',
        subtype: 'message_deleted',
        channel: 'C1',
        hidden: true,
        ts: '1700000999.000002',
        deleted_ts: m.ts,
        previous_message: m,
      }),
    });
    const del = await slack.waitFor('chat.delete');
    expect(del.params.channel).toBe('C1');
  });

  it('answers a message edited to hold an error it did not answer before', async () => {
    const m = message('hold on, copying the error');
    await post({ body: eventBody(m) });
    await post({
      body: eventBody({
        type: 'message',
        subtype: 'message_changed',
        channel: 'C1',
        ts: '1700000999.000003',
        message: { ...m, text: PASTE },
        previous_message: m,
      }),
    });
    const call = await slack.waitFor('chat.postMessage');
    expect(call.params.thread_ts).toBe(m.ts);
  });
});

describe('shared bounce files', () => {
  const EML = [
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
    '                   The mail system',
    '',
    '<a@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.1] said: 550-5.1.1 The',
    '    email account that you tried to reach does not exist. Please try 550-5.1.1',
    "    double-checking the recipient's email address for typos or 550-5.1.1",
    '    unnecessary spaces. x1 - gsmtp (in reply to RCPT TO command)',
    '',
    '<b@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.1] said: 452-4.2.2 The',
    "    recipient's inbox is out of storage space. Please direct the 452-4.2.2",
    '    recipient to 452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp',
    '    x2 - gsmtp (in reply to RCPT TO command)',
    '',
    '--B1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.org',
    '',
    'Final-Recipient: rfc822; a@gmail.com',
    'Action: failed',
    'Status: 5.1.1',
    'Remote-MTA: dns; gmail-smtp-in.l.google.com',
    'Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. x1 - gsmtp',
    '',
    'Final-Recipient: rfc822; b@gmail.com',
    'Action: failed',
    'Status: 4.2.2',
    'Remote-MTA: dns; gmail-smtp-in.l.google.com',
    "Diagnostic-Code: smtp; 452-4.2.2 The recipient's inbox is out of storage space. x2 - gsmtp",
    '',
    '--B1',
    'Content-Type: message/rfc822',
    '',
    'From: news@example.org',
    'Subject: password=hunter2',
    '',
    'body',
    '--B1--',
    '',
  ].join('\r\n');

  const fileShare = (file: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    message('', { subtype: 'file_share', files: [file], ...extra });

  it('downloads an uploaded .eml through the Web API with the bot token and answers each recipient in the thread', async () => {
    slack.setFile({ id: 'F1', name: 'bounce.eml', content: EML });
    const event = fileShare({ id: 'F1', name: 'bounce.eml', filetype: 'eml', mimetype: 'message/rfc822' });
    await post({ body: eventBody(event) });
    const reply = await slack.waitFor('chat.postMessage');
    expect(slack.callsTo('files.info')[0]?.params.file).toBe('F1');
    const download = slack.callsTo('files.download');
    expect(download).toHaveLength(1);
    expect(download[0]?.token).toBe(TOKEN);
    expect(reply.params.thread_ts).toBe(event.ts);
    const text = textOf(reply.params);
    expect(text).toContain('Bounce (postfix) reporting 2 recipients');
    // Different answers: one section per page, each naming its recipients.
    expect(text).toMatch(
      /550 5\.1\.1` The email account that you tried to reach does not exist.*user-unknown[^"]*a@gmail\.com/,
    );
    expect(text).toMatch(/452 4\.2\.2.*mailbox-full[^"]*b@gmail\.com/);
    expect(text).not.toContain('hunter2');
  });

  it('never sends the token to a file URL outside Slack and the configured API', async () => {
    slack.setHandler('files.info', () => ({
      file: { id: 'F2', name: 'x.eml', size: 10, url_private_download: 'http://192.0.2.9/steal/x.eml' },
    }));
    await post({
      body: eventBody(fileShare({ id: 'F2', name: 'x.eml', filetype: 'eml' }, { channel_type: 'im' })),
    });
    await slack.waitFor('files.info');
    await settle();
    expect(slack.callsTo('files.download')).toHaveLength(0);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
    expect(logs.join('\n')).toMatch(/not a Slack file host/);
  });

  it('answers a forwarded bounce pasted into a channel, as Slack escapes and links it', async () => {
    // What Slack's event carries for a Gmail-forwarded Postfix bounce a person pasted.
    const sent = [
      '---------- Forwarded message ---------',
      'From: Mail Delivery System &lt;<mailto:MAILER-DAEMON@mail.example.org|MAILER-DAEMON@mail.example.org>&gt;',
      'Subject: Undelivered Mail Returned to Sender',
      '',
      'This is the mail system at host mail.example.org.',
      '',
      '&lt;<mailto:ana@gmail.com|ana@gmail.com>&gt;: host gmail-smtp-in.l.google.com[192.0.2.1] said:',
      '    550-5.7.26 This message does not have authentication information or fails',
      '    to 550-5.7.26 pass authentication checks. To best protect our users from',
      '    spam, the 550-5.7.26 message has been blocked. Please visit 550-5.7.26',
      '    <https://support.google.com/mail/answer/81126#authentication|https://support.google.com/mail/answer/81126#authentication> for more 550',
      '    5.7.26 information. x1 - gsmtp (in reply to end of DATA command)',
    ].join('\n');
    const m = message(sent);
    await post({ body: eventBody(m) });
    const reply = await slack.waitFor('chat.postMessage');
    expect(reply.params.thread_ts).toBe(m.ts);
    const text = textOf(reply.params);
    expect(text).toContain('550 5.7.26');
    expect(text).toMatch(/Bounce \(postfix\)\* for one recipient.*ana@gmail\.com/);
  });

  it('answers a pasted whole bounce message per recipient', async () => {
    const paste = EML.split('--B1\r\nContent-Type: message/rfc822')[0]!;
    await post({ body: eventBody(message(paste)) });
    const reply = await slack.waitFor('chat.postMessage');
    expect(textOf(reply.params)).toContain('reporting 2 recipients');
  });
});

describe('mentions', () => {
  it('always replies: the page, or what to paste', async () => {
    const m1 = { ...message(`<@UBOT> ${PASTE}`), type: 'app_mention' };
    await post({ body: eventBody(m1) });
    const first = await slack.waitFor('chat.postMessage');
    expect(first.params.thread_ts).toBe(m1.ts);
    expect(first.params.text).toContain('535 5.7.8');

    await post({ body: eventBody({ ...message('<@UBOT> help?'), type: 'app_mention' }) });
    const second = await slack.waitFor('chat.postMessage', { count: 2 });
    expect(textOf(second.params)).toContain('paste the whole error');
  });

  it('offers alternatives when the paste is ambiguous', async () => {
    const m = { ...message('<@UBOT> 550 5.7.26'), type: 'app_mention' };
    await post({ body: eventBody(m) });
    const call = await slack.waitFor('chat.postMessage');
    expect(textOf(call.params)).toContain(ACTIONS.alternatives);
  });

  it('explains the thread’s first message when mentioned in its thread without an error', async () => {
    slack.setThread('C1', '1690000000.000100', [
      { type: 'message', user: 'U2', text: PASTE, ts: '1690000000.000100' },
    ]);
    await post({
      body: eventBody({
        ...message('<@UBOT> what does this mean?', { thread_ts: '1690000000.000100' }),
        type: 'app_mention',
      }),
    });
    const call = await slack.waitFor('chat.postMessage');
    expect(slack.callsTo('conversations.replies')[0]?.params.ts).toBe('1690000000.000100');
    expect(call.params.thread_ts).toBe('1690000000.000100');
    expect(call.params.text).toContain('535 5.7.8');
  });
});

describe('/smtpfix', () => {
  const command = (text: string) => ({
    token: 'legacy',
    team_id: 'T1',
    channel_id: 'C1',
    user_id: 'U1',
    command: '/smtpfix',
    text,
    response_url: slack.responseUrl('cmd'),
    trigger_id: 'trig1',
  });

  it('acks at once and answers ephemerally with a share button', async () => {
    const res = await post({ kind: 'form', body: command('535 5.7.8') });
    expect(res.status).toBe(200);
    const call = await slack.waitFor('chat.postEphemeral');
    expect(call.params.user).toBe('U1');
    expect(call.params.channel).toBe('C1');
    expect(textOf(call.params)).toContain(ACTIONS.share);
  });

  it('answers through response_url where it cannot post', async () => {
    slack.setHandler('chat.postEphemeral', () => ({ ok: false, error: 'channel_not_found' }));
    await post({ kind: 'form', body: command(PASTE) });
    const call = await slack.waitFor('response_url');
    expect(call.params.response_type).toBe('ephemeral');
    expect(call.params.text).toContain('535 5.7.8');
  });

  it('shows usage for an empty command', async () => {
    await post({ kind: 'form', body: command('  ') });
    const call = await slack.waitFor('chat.postEphemeral');
    expect(call.params.text).toContain('Usage');
  });

  it('shares the answer in the channel when the button is pressed', async () => {
    const d = diagnose(PASTE).diagnosis;
    await post({
      kind: 'payload',
      body: {
        type: 'block_actions',
        team: { id: 'T1' },
        user: { id: 'U1' },
        channel: { id: 'C1' },
        container: { type: 'message', is_ephemeral: true },
        trigger_id: 'trig2',
        response_url: slack.responseUrl('share'),
        actions: [
          { type: 'button', action_id: ACTIONS.share, block_id: 'b', value: encodeRef(d), action_ts: '1' },
        ],
      },
    });
    const posted = await slack.waitFor('chat.postMessage');
    expect(posted.params.channel).toBe('C1');
    expect(textOf(posted.params)).toContain('Shared by <@U1>');
    const deleted = await slack.waitFor('response_url');
    expect(deleted.params.delete_original).toBe(true);
  });
});

describe('shortcut, buttons and App Home', () => {
  it('the message shortcut opens a modal with the masked answer', async () => {
    const res = await post({
      kind: 'payload',
      body: {
        type: 'message_action',
        callback_id: SHORTCUT,
        team: { id: 'T1' },
        user: { id: 'U1' },
        channel: { id: 'C1' },
        trigger_id: 'trig3',
        response_url: slack.responseUrl(),
        message_ts: '1.2',
        message: { type: 'message', user: 'U2', ts: '1.2', text: `${PASTE} pass=hunter2hunter2` },
      },
    });
    expect(res.status).toBe(200);
    const call = await slack.waitFor('views.open');
    expect(call.params.trigger_id).toBe('trig3');
    expect(textOf(call.params)).toContain('535 5.7.8');
    expect(textOf(call.params)).not.toContain('hunter2');
  });

  it('"Not this one?" opens the alternatives; in a modal it pushes them', async () => {
    const d = diagnose('550 5.7.26').diagnosis;
    const action = (view?: object) => ({
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'U1' },
      trigger_id: 'trig4',
      ...(view
        ? { view, container: { type: 'view' } }
        : { channel: { id: 'C1' }, container: { type: 'message' } }),
      actions: [
        {
          type: 'button',
          action_id: ACTIONS.alternatives,
          block_id: 'b',
          value: encodeRef(d),
          action_ts: '1',
        },
      ],
    });
    await post({ kind: 'payload', body: action() });
    const opened = await slack.waitFor('views.open');
    expect(textOf(opened.params)).toContain(ACTIONS.openEntry);
    await post({ kind: 'payload', body: action({ id: 'V1', type: 'modal', callback_id: 'x' }) });
    await slack.waitFor('views.push');
  });

  it('ignores a forged button value', async () => {
    const res = await post({
      kind: 'payload',
      body: {
        type: 'block_actions',
        team: { id: 'T1' },
        user: { id: 'U1' },
        trigger_id: 't',
        actions: [
          {
            type: 'button',
            action_id: ACTIONS.fullPage,
            block_id: 'b',
            value: 'no-such-page~99',
            action_ts: '1',
          },
        ],
      },
    });
    expect(res.status).toBe(200);
    await settle();
    expect(slack.callsTo('views.open')).toHaveLength(0);
  });

  it('publishes the App Home and looks an error up from it', async () => {
    await post({
      body: eventBody({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home', event_ts: '1.1' }),
    });
    const home = await slack.waitFor('views.publish');
    expect(home.params.user_id).toBe('U1');
    expect(textOf(home.params)).toContain(ACTIONS.homeLookup);

    await post({
      kind: 'payload',
      body: {
        type: 'block_actions',
        team: { id: 'T1' },
        user: { id: 'U1' },
        trigger_id: 'trig5',
        container: { type: 'view' },
        view: { id: 'VH', type: 'home' },
        actions: [
          { type: 'button', action_id: ACTIONS.homeLookup, block_id: 'b', value: 'home', action_ts: '1' },
        ],
      },
    });
    const form = await slack.waitFor('views.open');
    expect((form.params.view as { callback_id: string }).callback_id).toBe(VIEWS.lookup);

    const submit = (value: string) =>
      post({
        kind: 'payload',
        body: {
          type: 'view_submission',
          team: { id: 'T1' },
          user: { id: 'U1' },
          trigger_id: 'trig6',
          view: {
            id: 'VL',
            type: 'modal',
            callback_id: VIEWS.lookup,
            state: {
              values: {
                [LOOKUP_INPUT.block]: { [LOOKUP_INPUT.action]: { type: 'plain_text_input', value } },
              },
            },
          },
        },
      });
    const answered = await submit('454 4.7.0 Cannot authenticate due to a temporary system problem. - gsmtp');
    expect(answered.status).toBe(200);
    const body = answered.json<{ response_action: string; view: unknown }>();
    expect(body.response_action).toBe('update');
    expect(JSON.stringify(body.view)).toContain('454 4.7.0');
    const empty = await submit(' ');
    expect(empty.json<{ response_action: string }>().response_action).toBe('errors');
  });
});
