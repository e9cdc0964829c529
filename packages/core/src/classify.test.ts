import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { providerPages } from './catalog/index.js';
import { replyFor } from './reply.js';

describe('classify', () => {
  it('reads nodemailer error objects', () => {
    const d = classify({
      code: 'EAUTH',
      response:
        '535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a640c23a62f3a-ab - gsmtp',
      responseCode: 535,
      command: 'AUTH PLAIN',
    });
    expect(d.entry?.id).toBe('535-5.7.8-bad-credentials');
    expect(d.reply).toMatchObject({
      command: 'AUTH PLAIN',
      errorCode: 'EAUTH',
      sessionId: 'a640c23a62f3a-ab',
      helpTopic: 'BadCredentials',
    });
    expect(d.transient).toBe(false);
  });

  it('reads Python byte-string tuples and HTML-escaped text', () => {
    expect(
      classify("smtplib.SMTPAuthenticationError: (534, b'5.7.9 Application-specific password required.')")
        .entry?.id,
    ).toBe('534-5.7.9-app-password-required');
    expect(
      classify('454 4.7.0 Cannot authenticate due to temporary system problem. Try again later. &lt;x&gt;')
        .entry?.id,
    ).toBe('454-4.7.0-cannot-authenticate');
  });

  it('lets text beat code, and codes separate pages that share text', () => {
    // The list words it 535 5.7.1; Gmail really sends 535-5.7.8. Same text, two pages.
    expect(classify('535 5.7.1 Username and Password not accepted.').entry?.id).toBe(
      '535-5.7.1-bad-credentials',
    );
    expect(classify('535-5.7.8 Username and Password not accepted.').entry?.id).toBe(
      '535-5.7.8-bad-credentials',
    );
    expect(classify('Username and Password not accepted').entry?.id).toBe('535-5.7.8-bad-credentials');
  });

  it('does not claim another provider error as a Gmail page', () => {
    const d = classify(
      '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. [BN9PR03CA0123.namprd03.prod.outlook.com]',
    );
    expect(d.entry?.provider ?? 'none').not.toBe('gmail');
  });

  it('decodes the XOAUTH2 challenge', () => {
    const d = classify(
      '334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==',
    );
    expect(d.reply.challenge).toEqual({
      status: '400',
      schemes: 'Bearer',
      scope: 'https://mail.google.com/',
    });
    expect(d.entry?.id).toBe('334-xoauth2-challenge');
  });

  it('says nothing for text with no error, and stays calibrated in [0, 1]', () => {
    const d = classify('Hello, the meeting moved to 3pm.');
    expect(d.entry).toBeNull();
    expect(d.confidence).toBe(0);
    expect(d.transient).toBeNull();
  });

  it('reads a huge paste like a log: the error in the middle of 1 MB of noise is still found', () => {
    const noise = 'info delivered message in 12 ms\n'.repeat(20_000);
    const paste = `${noise}Error: Invalid login: 535-5.7.8 Username and Password not accepted. - gsmtp\n${noise}`;
    expect(paste.length).toBeGreaterThan(1_000_000);
    expect(classify(paste).entry?.id).toBe('535-5.7.8-bad-credentials');
    expect(classify(noise + noise).entry).toBeNull();
  });

  it('maps every reply the catalog can produce back to its own page', () => {
    // Neutral pages explain any server's words; replyFor is Gmail's reply, which is Gmail's page.
    for (const e of providerPages.filter(
      (p) => p.provider === 'gmail' && p.replyCode !== null && p.replyCode !== 334,
    )) {
      const r = replyFor(e.id);
      const wire = r.lines.map((l, i) => `${r.code}${i === r.lines.length - 1 ? ' ' : '-'}${l}`).join('\r\n');
      // A page that only a step tells apart is classified as the sender sees it: with the command.
      const input = e.signature.stages
        ? { response: wire, responseCode: r.code, command: e.stage === 'MAIL' ? 'MAIL FROM' : e.stage }
        : wire;
      expect(classify(input).entry?.id, wire).toBe(e.id);
    }
  });

  describe('reads the SMTP step the reply answered', () => {
    const reply = '421 4.7.0 Try again later, closing connection. d2e1a72fcca58-4a0 - gsmtp';
    it.each([
      ['nodemailer error object at MAIL FROM', { responseCode: 421, response: reply, command: 'MAIL FROM' }],
      [
        'the sender’s own error object',
        {
          responseCode: 421,
          response: '421 4.7.0 Try again later, closing connection.',
          command: 'MAIL FROM',
        },
      ],
      ['nodemailer error object at RCPT TO', { responseCode: 421, response: reply, command: 'RCPT TO' }],
      ['nodemailer error object after DATA', { responseCode: 421, response: reply, command: 'DATA' }],
      [
        'Postfix at MAIL FROM',
        `host smtp.gmail.com[142.250.102.108] said: ${reply} (in reply to MAIL FROM command)`,
      ],
      [
        'Postfix at end of DATA',
        `host smtp.gmail.com[142.250.102.108] said: ${reply} (in reply to end of DATA command)`,
      ],
      ['PHPMailer at RCPT TO', `SMTP ERROR: RCPT TO command failed: ${reply}`],
      [
        'smtplib',
        `smtplib.SMTPSenderRefused: (421, b'4.7.0 Try again later, closing connection. d2e1a72fcca58-4a0 - gsmtp', 'a@example.com')`,
      ],
      [
        'nodemailer printed',
        `Error: Server terminates connection. response=${reply}\n  code: 'EPROTOCOL',\n  command: 'MAIL FROM'`,
      ],
    ])('a 421 4.7.0 on a working session (%s) is Gmail recycling it', (_, input) => {
      const d = classify(input);
      expect(d.entry?.id).toBe('421-4.7.0-session-recycled');
      expect(d.reply.stage).toMatch(/^(MAIL|RCPT|DATA)$/);
      expect(d.entry?.retry).toMatchObject({ kind: 'backoff' });
      expect(d.entry?.retry.kind === 'backoff' && d.entry.retry.initialDelayMs).toBeLessThanOrEqual(1000);
    });

    it.each([
      [
        'no step',
        'Error: Server terminates connection. response=421 4.7.0 Try again later, closing connection.',
      ],
      [
        'Gmail says (EHLO)',
        '421 4.7.0 Try again later, closing connection. (EHLO) d2e1a72fcca58-4a0 - gsmtp',
      ],
      ['command EHLO', { responseCode: 421, response: reply, command: 'EHLO' }],
      ['Postfix at EHLO', `host smtp-relay.gmail.com[1.2.3.4] said: ${reply} (in reply to EHLO command)`],
    ])('the same reply with %s keeps the EHLO-stage page', (_, input) => {
      expect(classify(input).entry?.id).toBe('421-4.7.0-try-again-later-closing-connection');
    });

    it('names the step in the parsed reply', () => {
      expect(classify({ response: reply, command: 'AUTH PLAIN' }).reply.stage).toBe('AUTH');
      expect(classify('said: 550 5.1.1 nope (in reply to RCPT TO command)').reply.stage).toBe('RCPT');
      expect(classify(reply).reply.stage).toBeNull();
    });
  });
});

// Mechanisms the dev side of batch-7.json and batch-8.json lacked; texts written here in each
// documented form, not copied from a fixture.
describe('classify: pastes the fresh batches showed', () => {
  it("reads no cause from the message an SMTP transcript sends between 354 and '.'", () => {
    // RFC 5321 §4.1.1.4: the data ends at a line holding only ".". The subject is the sender's own.
    const d = classify(
      'MAIL FROM:<me@example.org>\n250 2.1.0 Ok\nRCPT TO:<you@example.com>\n250 2.1.5 Ok\nDATA\n354 End data with <CR><LF>.<CR><LF>\nSubject: SPF and DKIM test\n\nspam test\n.\n550 message rejected',
    );
    expect(d.reason).toBe('other');
    // Without the closing line nothing is cut: the words are read as they are.
    expect(classify('354 go ahead\nSubject: DKIM test').reason).toBe('auth-failure');
  });

  it("reads OpenSMTPD's failed command, whose reply follows an arrow", () => {
    const d = classify(
      'smtp-in: Failed command on session 0123456789abcdef: "RCPT TO:<someone@example.com>" => 451 Temporary failure',
    );
    expect(d.reply.replyCode).toBe(451);
    expect(d.reason).toBe('system');
  });

  it("names Gmail's notice page for a Send-mail-as or fetcher dialog no page's words match", () => {
    const login = classify(
      'There was a problem communicating with pop.example.com.\nServer returned error: "Server denied POP3 access for the given username and password."',
    );
    expect(login.entry?.id).toBe('notice-send-mail-as-login-failed');
    expect(login.reason).toBe('credentials');
    // The login words alone, without Gmail's frame: the reason, no Gmail page.
    const bare = classify('Server denied POP3 access for the given username and password.');
    expect(bare.entry?.provider).not.toBe('gmail');
    expect(bare.reason).toBe('credentials');
    const dropped = classify(
      'There was a problem communicating with pop.example.com.\nServer returned error: "Connection closed by remote host"',
    );
    expect(dropped.entry?.id).toBe('notice-recipient-server-did-not-accept');
    expect(dropped.reason).toBe('network');
    // A dialog error no notice page has keeps its reason and names no page.
    const host = classify(
      'Server returned error: "Account misconfig: server name contains invalid characters."',
    );
    expect(host.entry).toBeNull();
    expect(host.reason).toBe('syntax');
    // The same words without Gmail's frame are another server's: no Gmail page.
    expect(classify('421 Connection closed by remote host').entry?.provider).not.toBe('gmail');
  });
});

describe("classify: not every client's words are Gmail's dialog", () => {
  it('keeps a mail client\'s "problem communicating with the server" off the Gmail pages', () => {
    const d = classify('There was a problem communicating with the server: Connection timed out');
    expect(d.reason).toBe('network');
    expect(d.entry?.provider).not.toBe('gmail');
  });
});

describe('wording beats a shared code (the labelling guide §2), on replies written in Google’s documented form', () => {
  it('names the rate-limited page for a 421 4.7.0 "temporarily rate limited", the blocked page for "temporarily blocked"', () => {
    const limited =
      '421-4.7.0 [192.0.2.7 15] Our system has detected an unusual rate of 421-4.7.0 unsolicited mail originating from your IP address. To protect our 421-4.7.0 users from spam, mail sent from your IP address has been temporarily 421-4.7.0 rate limited. Please visit https://support.google.com/mail/answer/81126 to review our Bulk Email 421 4.7.0 Senders Guidelines. x1si1 - gsmtp';
    expect(classify(limited).entry?.id).toBe('421-4.7.28-unusual-rate-limited');
    const blocked =
      '421-4.7.0 [192.0.2.7 15] Our system has detected an unusual rate of 421-4.7.0 unsolicited mail originating from your IP address. To protect our 421-4.7.0 users from spam, mail sent from your IP address has been temporarily 421-4.7.0 blocked. Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError 421 4.7.0 to review our Bulk Email Senders Guidelines. x1si1 - gsmtp';
    expect(classify(blocked).entry?.id).toBe('421-4.7.0-unusual-rate-ip-blocked');
  });

  it('does not call common words with an X.Y.0 status and no reply code Gmail’s, unless Google marks the reply', () => {
    const bare = 'The server response was: 5.7.0 Must issue a STARTTLS command first.';
    expect(classify(bare).entry?.id).toBe('smtp-starttls-required');
    expect(classify(bare).reason).toBe('tls');
    expect(classify('5.7.0 Must issue a STARTTLS command first. x1sm1 - gsmtp').entry?.id).toBe(
      '530-5.7.0-starttls-first',
    );
    // A specific detail with Gmail's words still names Gmail's page.
    expect(classify('SMTP server error: 5.4.5 Daily user sending quota exceeded.').entry?.id).toBe(
      '550-5.4.5-daily-sending-quota',
    );
  });
});
