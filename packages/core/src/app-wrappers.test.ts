import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { parseReply, withoutClientWords } from './parse.js';
import type { BounceReason } from './reason.js';

// An app's error is the server's reply wrapped in a client library's own words. The reply code, the
// enhanced status and the reason come from the reply inside; the library's words (its exception
// names, its summary sentence) are no evidence of cause (LABELLING.md §7). Each format below is the
// library's own template, read from its source (file named per library); the replies inside are
// our own lines in common MTA wording, one per cause.

type Case = [line: string, replyCode: number | null, enhancedCode: string | null, reason: BounceReason];

const A = 'bob@example.org';
const S = 'ann@example.com';

const LIBRARIES: Record<string, { source: string; cases: Case[] }> = {
  nodemailer: {
    // lib/smtp-connection/index.js: `_formatError('Invalid login' | 'Mail command failed' |
    // "Can't send mail - all recipients were rejected" | 'Message failed', code, response)`, the
    // response appended after ": ".
    source: 'nodemailer lib/smtp-connection/index.js',
    cases: [
      [
        `Error: Invalid login: 535 5.7.8 Error: authentication failed: authentication failure`,
        535,
        '5.7.8',
        'credentials',
      ],
      [
        `Error: Can't send mail - all recipients were rejected: 550 5.1.1 <${A}>: Recipient address rejected: User unknown in virtual mailbox table`,
        550,
        '5.1.1',
        'user-unknown',
      ],
      [
        `Error: Can't send mail - all recipients were rejected: 552 5.2.2 <${A}>: Mailbox is full`,
        552,
        '5.2.2',
        'mailbox-full',
      ],
      [
        `Error: Mail command failed: 553 5.7.1 <${S}>: Sender address rejected: not owned by user u1`,
        553,
        '5.7.1',
        'policy',
      ],
      [`Error: Message failed: 554 5.7.1 Message rejected: spam content detected`, 554, '5.7.1', 'spam'],
      [`Error: Mail command failed: 530 5.7.0 Must issue a STARTTLS command first`, 530, '5.7.0', 'tls'],
      [
        `Error: Message failed: 550 5.7.1 Client host blocked using zen.spamhaus.org`,
        550,
        '5.7.1',
        'blocked',
      ],
      [`Error: Can't send mail - all recipients were rejected: 550 Relay access denied`, 550, null, 'policy'],
    ],
  },
  PHPMailer: {
    // src/SMTP.php: debug line 'SMTP ERROR: ' . $error['error'] . ': ' . $last_reply, with
    // setError("$command command failed", …); src/PHPMailer.php: the thrown message is the lang()
    // string ('SMTP Error: data not accepted.', 'SMTP Error: The following recipients failed: ',
    // 'SMTP Error: Could not authenticate.') then 'SMTP server error: ', 'Detail: ', 'SMTP code: ',
    // 'Additional SMTP info: ' from the last error.
    source: 'PHPMailer src/SMTP.php, src/PHPMailer.php',
    cases: [
      [
        `SMTP ERROR: RCPT TO command failed: 550 5.1.1 <${A}>: Recipient address rejected: User unknown`,
        550,
        '5.1.1',
        'user-unknown',
      ],
      [`SMTP ERROR: DATA END command failed: 554 5.7.1 Message rejected as spam`, 554, '5.7.1', 'spam'],
      [
        `SMTP ERROR: Password command failed: 535 5.7.8 Error: authentication failed`,
        535,
        '5.7.8',
        'credentials',
      ],
      [
        `SMTP Error: data not accepted. SMTP server error: DATA END command failed Detail: Message rejected as spam SMTP code: 554 Additional SMTP info: 5.7.1`,
        554,
        '5.7.1',
        'spam',
      ],
      [
        `SMTP Error: The following recipients failed: ${A}: Mailbox is full SMTP server error: RCPT TO command failed Detail: Mailbox is full SMTP code: 552 Additional SMTP info: 5.2.2`,
        552,
        '5.2.2',
        'mailbox-full',
      ],
      [
        `SMTP Error: MAIL FROM command failed: 451 4.7.1 Rate limit exceeded, try again later SMTP code: 451 Additional SMTP info: 4.7.1`,
        451,
        '4.7.1',
        'rate-limited',
      ],
      [
        `SMTP Error: The following recipients failed: ${A}: <${A}>: Recipient address rejected: User unknown in local recipient table`,
        null,
        null,
        'user-unknown',
      ],
    ],
  },
  'Symfony Mailer / Swift Mailer': {
    // symfony/mailer Transport/Smtp/SmtpTransport.php assertResponseCode: 'Expected response code
    // "%s" but got ' . 'code "%s"' . ', with message "%s"' . '.'; EsmtpTransport.php: 'Failed to
    // authenticate on SMTP server with username "%s" using the following authenticators: %s.' with
    // each 'Authenticator "%s" returned "%s".'; Swift Mailer's AbstractSmtpTransport: 'Expected
    // response code 250 but got code "550", with message "…"'.
    source:
      'symfony/mailer Transport/Smtp/SmtpTransport.php, EsmtpTransport.php; swiftmailer AbstractSmtpTransport.php',
    cases: [
      [
        `Expected response code "250/251/252" but got code "550", with message "550 5.1.1 <${A}>: Recipient address rejected: User unknown".`,
        550,
        '5.1.1',
        'user-unknown',
      ],
      [
        `Expected response code "250" but got code "554", with message "554 5.7.1 Rejected: message looks like spam".`,
        554,
        '5.7.1',
        'spam',
      ],
      [
        `Expected response code 250 but got code "552", with message "552 5.2.2 Mailbox full"`,
        552,
        '5.2.2',
        'mailbox-full',
      ],
      [
        `Failed to authenticate on SMTP server with username "u1" using the following authenticators: "LOGIN", "PLAIN". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "535 5.7.8 Error: authentication failed".".`,
        535,
        '5.7.8',
        'credentials',
      ],
      [
        `Expected response code "250" but got code "530", with message "530 5.7.0 Must issue a STARTTLS command first".`,
        530,
        '5.7.0',
        'tls',
      ],
      [
        `Symfony\\Component\\Mailer\\Exception\\UnexpectedResponseException: Expected response code "354" but got code "451", with message "451 4.7.1 Rate limited, too many messages".`,
        451,
        '4.7.1',
        'rate-limited',
      ],
    ],
  },
  'Python smtplib (Django, Flask-Mail)': {
    // cpython Lib/smtplib.py: SMTPRecipientsRefused(senderrs) with {addr: (code, resp)},
    // SMTPSenderRefused(code, resp, from_addr), SMTPDataError(code, resp),
    // SMTPAuthenticationError(code, resp); resp is the reply's bytes after the code.
    source: 'cpython Lib/smtplib.py',
    cases: [
      [
        `smtplib.SMTPRecipientsRefused: {'${A}': (550, b'5.1.1 <${A}>: Recipient address rejected: User unknown in virtual mailbox table')}`,
        550,
        '5.1.1',
        'user-unknown',
      ],
      [`smtplib.SMTPRecipientsRefused: {'${A}': (452, b'4.2.2 Mailbox full')}`, 452, '4.2.2', 'mailbox-full'],
      [
        `smtplib.SMTPSenderRefused: (553, b'5.7.1 <${S}>: Sender address rejected: not owned by user u1', '${S}')`,
        553,
        '5.7.1',
        'policy',
      ],
      [`smtplib.SMTPDataError: (554, b'5.7.1 Message rejected: spam score too high')`, 554, '5.7.1', 'spam'],
      [
        `smtplib.SMTPAuthenticationError: (535, b'5.7.8 Error: authentication failed: authentication failure')`,
        535,
        '5.7.8',
        'credentials',
      ],
      [`smtplib.SMTPRecipientsRefused: {'${A}': (550, b'Relay access denied')}`, 550, null, 'policy'],
      [
        `smtplib.SMTPConnectError: (421, b'4.7.0 Too many concurrent connections')`,
        421,
        '4.7.0',
        'rate-limited',
      ],
    ],
  },
  'Ruby net-smtp (ActionMailer)': {
    // ruby/net-smtp lib/net/smtp.rb: Response#exception_class raises SMTPFatalError (5xx),
    // SMTPServerBusy (4xx), SMTPSyntaxError (500-504), SMTPAuthenticationError (535) with the reply.
    source: 'ruby/net-smtp lib/net/smtp.rb',
    cases: [
      [
        `Net::SMTPFatalError: 550 5.1.1 <${A}>: Recipient address rejected: User unknown`,
        550,
        '5.1.1',
        'user-unknown',
      ],
      [`Net::SMTPAuthenticationError: 535 5.7.8 Error: authentication failed`, 535, '5.7.8', 'credentials'],
      [`Net::SMTPServerBusy: 452 4.2.2 Mailbox full`, 452, '4.2.2', 'mailbox-full'],
      [`Net::SMTPSyntaxError: 501 5.1.3 Bad recipient address syntax`, 501, '5.1.3', 'syntax'],
      [`Net::SMTPFatalError (554 5.7.1 Message rejected as spam\n)`, 554, '5.7.1', 'spam'],
      [
        `Net::SMTPFatalError: 550 5.7.1 Client host rejected: cannot find your hostname`,
        550,
        '5.7.1',
        'auth-failure',
      ],
    ],
  },
  'JavaMail / Jakarta Mail, Spring Mail, Commons Email': {
    // com/sun/mail/smtp/SMTPTransport.java: SendFailedException("Invalid Addresses", …) whose
    // toString adds ";\n  nested exception is:\n\t" and SMTPAddressFailedException(addr, cmd, code,
    // lastServerResponse); Spring MailAuthenticationException "Authentication failed"; Commons
    // Email's "Sending the email to the following server failed : host:port".
    source:
      'javamail SMTPTransport.java; spring-context-support MailAuthenticationException.java; commons-email Email.java',
    cases: [
      [
        `javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <${A}>: Recipient address rejected: User unknown`,
        550,
        '5.1.1',
        'user-unknown',
      ],
      [
        `javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 552 5.2.2 <${A}>: Mailbox full`,
        552,
        '5.2.2',
        'mailbox-full',
      ],
      [
        `javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 554 5.7.1 <${A}>: Relay access denied`,
        554,
        '5.7.1',
        'policy',
      ],
      [
        `javax.mail.AuthenticationFailedException: 535 5.7.8 Error: authentication failed`,
        535,
        '5.7.8',
        'credentials',
      ],
      [
        `com.sun.mail.smtp.SMTPSendFailedException: 554 5.7.1 Message rejected: spam detected`,
        554,
        '5.7.1',
        'spam',
      ],
      [
        `org.springframework.mail.MailSendException: Failed messages: com.sun.mail.smtp.SMTPSendFailedException: 530 5.7.0 Must issue a STARTTLS command first`,
        530,
        '5.7.0',
        'tls',
      ],
      [
        `org.springframework.mail.MailAuthenticationException: Authentication failed; nested exception is javax.mail.AuthenticationFailedException: 535 5.7.8 Error: authentication failed`,
        535,
        '5.7.8',
        'credentials',
      ],
      [
        `org.springframework.mail.MailSendException: Failed messages: javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 450 4.7.1 Rate limit exceeded for this sender`,
        450,
        '4.7.1',
        'rate-limited',
      ],
      [
        `org.apache.commons.mail.EmailException: Sending the email to the following server failed : smtp.example.org:587\nCaused by: com.sun.mail.smtp.SMTPSendFailedException: 554 5.7.1 Message rejected: spam detected`,
        554,
        '5.7.1',
        'spam',
      ],
    ],
  },
  '.NET System.Net.Mail': {
    // dotnet/runtime src/libraries/System.Net.Mail/src/Resources/Strings.resx: the sentence for the
    // status ("Mailbox unavailable.", "Transaction failed.", "Exceeded storage allocation.", "Service
    // not available, closing transmission channel.", "The SMTP server requires a secure connection
    // or the client was not authenticated.") then MailServerResponse "The server response was: {0}",
    // the reply without its code.
    source: 'dotnet/runtime System.Net.Mail Resources/Strings.resx, SmtpException.cs',
    cases: [
      [
        `System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.1.1 <${A}>: Recipient address rejected: User unknown`,
        550,
        '5.1.1',
        'user-unknown',
      ],
      [
        `System.Net.Mail.SmtpException: Transaction failed. The server response was: 5.7.1 Message rejected as spam`,
        554,
        '5.7.1',
        'spam',
      ],
      [
        `System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.7.1 Relay access denied`,
        550,
        '5.7.1',
        'policy',
      ],
      [
        `System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.7.1 Client host rejected: cannot find your hostname`,
        550,
        '5.7.1',
        'auth-failure',
      ],
      [
        `System.Net.Mail.SmtpException: Exceeded storage allocation. The server response was: 5.2.2 Mailbox full`,
        552,
        '5.2.2',
        'mailbox-full',
      ],
      [
        `System.Net.Mail.SmtpException: Service not available, closing transmission channel. The server response was: 4.7.0 Too many connections, slow down`,
        421,
        '4.7.0',
        'rate-limited',
      ],
      [
        `System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Must issue a STARTTLS command first`,
        530,
        '5.7.0',
        'tls',
      ],
      // MailboxBusy (450) has the same sentence: the reply's class tells them apart.
      [
        `System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 4.2.2 Mailbox full`,
        450,
        '4.2.2',
        'mailbox-full',
      ],
    ],
  },
  MailKit: {
    // jstedfast/MailKit MailKit/Net/Smtp/SmtpCommandException.cs (message: the reply's text, its code
    // in StatusCode, SmtpStatusCode.cs names), SmtpClient.cs AuthenticationException
    // "{0}: {1}" of (int) StatusCode (older: the StatusCode's name) and the reply's text.
    source: 'MailKit MailKit/Net/Smtp/SmtpCommandException.cs, SmtpStatusCode.cs, SmtpClient.cs',
    cases: [
      [
        `MailKit.Net.Smtp.SmtpCommandException: 5.1.1 <${A}>: Recipient address rejected: User unknown\n   StatusCode: MailboxUnavailable\n   ErrorCode: RecipientNotAccepted`,
        550,
        '5.1.1',
        'user-unknown',
      ],
      [
        `MailKit.Net.Smtp.SmtpCommandException: 5.7.1 Message rejected as spam\n   StatusCode: TransactionFailed`,
        554,
        '5.7.1',
        'spam',
      ],
      [
        `MailKit.Net.Smtp.SmtpCommandException: 4.7.1 Rate limited, too many messages\n   StatusCode: MailboxBusy`,
        450,
        '4.7.1',
        'rate-limited',
      ],
      [
        `MailKit.Net.Smtp.SmtpCommandException: 5.2.2 Mailbox full (SmtpStatusCode.ExceededStorageAllocation)`,
        552,
        '5.2.2',
        'mailbox-full',
      ],
      [
        `MailKit.Security.AuthenticationException: 535: 5.7.8 Error: authentication failed`,
        535,
        '5.7.8',
        'credentials',
      ],
      [
        `MailKit.Security.AuthenticationException: AuthenticationInvalidCredentials: 5.7.8 Error: authentication failed`,
        535,
        '5.7.8',
        'credentials',
      ],
    ],
  },
  'Go net/smtp, gomail': {
    // go net/textproto Error.Error(): fmt.Sprintf("%03d %s", e.Code, e.Msg); go-gomail/gomail
    // send.go: fmt.Errorf("gomail: could not send email %d: %v", i+1, err).
    source: 'go src/net/textproto/textproto.go; go-gomail/gomail send.go',
    cases: [
      [
        `gomail: could not send email 1: 550 5.1.1 <${A}>: Recipient address rejected: User unknown`,
        550,
        '5.1.1',
        'user-unknown',
      ],
      [`gomail: could not send email 1: 554 5.7.1 Message rejected: spam detected`, 554, '5.7.1', 'spam'],
      [`gomail: could not send email 1: 535 5.7.8 Error: authentication failed`, 535, '5.7.8', 'credentials'],
      [`gomail: could not send email 1: 452 4.2.2 Mailbox full`, 452, '4.2.2', 'mailbox-full'],
      [`550 5.7.1 Client host rejected: cannot find your hostname`, 550, '5.7.1', 'auth-failure'],
    ],
  },
  'Rust lettre': {
    // lettre src/transport/smtp/error.rs Display: "permanent error ({code})" / "transient error
    // ({code})" then ": {source}", the reply's lines without the code.
    source: 'lettre src/transport/smtp/error.rs',
    cases: [
      [
        `permanent error (550): 5.1.1 <${A}>: Recipient address rejected: User unknown`,
        550,
        '5.1.1',
        'user-unknown',
      ],
      [`permanent error (552): 5.2.2 Mailbox full`, 552, '5.2.2', 'mailbox-full'],
      [`transient error (421): 4.7.0 Too many connections from your IP`, 421, '4.7.0', 'rate-limited'],
      [`permanent error (535): 5.7.8 Error: authentication failed`, 535, '5.7.8', 'credentials'],
      [`permanent error (554): 5.7.1 Message rejected as spam`, 554, '5.7.1', 'spam'],
      [`permanent error (550): Relay access denied`, 550, null, 'policy'],
      [`transient error (451): Greylisted, please try again later`, 451, null, 'policy'],
    ],
  },
  'Elixir gen_smtp / Swoosh': {
    // gen_smtp src/gen_smtp_client.erl: {error, Type, {permanent_failure | temporary_failure, Host,
    // Message}}, Message the reply's binary with its CRLF; Swoosh prints it with inspect (~c"host").
    source: 'gen_smtp src/gen_smtp_client.erl; swoosh lib/swoosh/adapters/smtp.ex',
    cases: [
      [
        `{:error, {:send, {:permanent_failure, ~c"192.0.2.10", "550 5.1.1 <${A}>: Recipient address rejected: User unknown\\r\\n"}}}`,
        550,
        '5.1.1',
        'user-unknown',
      ],
      [
        `{:error, {:retries_exceeded, {:temporary_failure, ~c"192.0.2.10", "421 4.7.0 Too many connections from your IP\\r\\n"}}}`,
        421,
        '4.7.0',
        'rate-limited',
      ],
      [
        `{:error, {:send, {:permanent_failure, ~c"192.0.2.10", "554 5.7.1 Message rejected as spam\\r\\n"}}}`,
        554,
        '5.7.1',
        'spam',
      ],
      [
        `{error,no_more_hosts,{permanent_failure,"192.0.2.10",<<"552 5.2.2 Mailbox full\\r\\n">>}}`,
        552,
        '5.2.2',
        'mailbox-full',
      ],
      [
        `{:error, {:send, {:permanent_failure, 'mx.example.org', "535 5.7.8 Error: authentication failed\\r\\n"}}}`,
        535,
        '5.7.8',
        'credentials',
      ],
    ],
  },
  Roundcube: {
    // roundcube program/localization/en_US/messages.inc: 'SMTP Error ($code): Failed to add
    // recipient "$to" ($msg).', '… Failed to set sender "$from" ($msg).', '… Authentication
    // failed.'; program/lib/Roundcube/rcube_smtp.php `_conn_error` logs "$message: $msg (Code:
    // $code)"; $msg is PEAR Net_SMTP's reply text without its code.
    source: 'roundcubemail program/localization/en_US/messages.inc, program/lib/Roundcube/rcube_smtp.php',
    cases: [
      [
        `SMTP Error (550): Failed to add recipient "${A}" (5.1.1 <${A}>: Recipient address rejected: User unknown).`,
        550,
        '5.1.1',
        'user-unknown',
      ],
      [
        `SMTP Error (552): Failed to add recipient "${A}" (5.2.2 <${A}>: Mailbox full).`,
        552,
        '5.2.2',
        'mailbox-full',
      ],
      [
        `SMTP Error (553): Failed to set sender "${S}" (5.7.1 <${S}>: Sender address rejected: not owned by user u1).`,
        553,
        '5.7.1',
        'policy',
      ],
      [`SMTP Error (535): Authentication failed.`, 535, null, 'credentials'],
      [
        `SMTP Error (450): Failed to add recipient "${A}" (4.7.1 Rate limit exceeded for this sender).`,
        450,
        '4.7.1',
        'rate-limited',
      ],
      [
        `Failed to add recipient '${A}': 5.7.1 Client host blocked using zen.spamhaus.org (Code: 554)`,
        554,
        '5.7.1',
        'blocked',
      ],
    ],
  },
  emailjs: {
    // eleith/emailjs src/connection.ts: `bad response on command '${cmd}'${suffix}` with suffix
    // `: ${msg.message}`, the reply's text after its code (src/response.ts); the code is not printed.
    source: 'emailjs src/connection.ts, src/response.ts',
    cases: [
      [
        `Error: bad response on command 'RCPT': 5.1.1 <${A}>: Recipient address rejected: User unknown`,
        null,
        '5.1.1',
        'user-unknown',
      ],
      [`Error: bad response on command 'DATA': 5.7.1 Message rejected as spam`, null, '5.7.1', 'spam'],
      [
        `Error: bad response on command 'MAIL': 5.7.0 Must issue a STARTTLS command first`,
        null,
        '5.7.0',
        'tls',
      ],
    ],
  },
};

describe("a client library's wrapper around a server reply", () => {
  for (const [lib, { source, cases }] of Object.entries(LIBRARIES)) {
    it(`${lib}: the code, status and reason are the reply's (${source})`, () => {
      for (const [line, code, enhanced, reason] of cases) {
        const d = classify(line);
        expect({ line, code: d.reply.replyCode, enhanced: d.reply.enhancedCode, reason: d.reason }).toEqual({
          line,
          code,
          enhanced,
          reason,
        });
      }
    });
  }
});

describe("a wrapper's own words are no evidence of cause (LABELLING.md §7)", () => {
  // A reply that names no cause keeps none, whatever the wrapper says around it.
  const noCause: [string, number | null, BounceReason | null][] = [
    [`smtplib.SMTPRecipientsRefused: {'${A}': (550, b'5.0.0 Rejected')}`, 550, 'other'],
    [`smtplib.SMTPSenderRefused: (550, b'Rejected', '${S}')`, 550, 'other'],
    [`smtplib.SMTPRecipientsRefused: {}`, null, null],
    [`System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: Rejected`, 550, 'other'],
    [`System.Net.Mail.SmtpException: Mailbox unavailable.`, 550, 'other'],
    [`System.Net.Mail.SmtpException: Failure sending mail.`, null, null],
    [`SMTP Error: data not accepted.`, null, null],
    [
      `SMTP Error: data not accepted. SMTP server error: DATA END command failed Detail: Rejected SMTP code: 554 Additional SMTP info: 5.0.0`,
      554,
      'other',
    ],
    [`Error: Can't send mail - all recipients were rejected`, null, null],
    [`Error: Can't send mail - all recipients were rejected: 550 Rejected`, 550, 'other'],
    [`javax.mail.SendFailedException: Invalid Addresses`, null, null],
    [
      `javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 554 Rejected`,
      554,
      'other',
    ],
    [`javax.mail.AuthenticationFailedException: failed to connect, no password specified?`, null, null],
    [
      `Failed to authenticate on SMTP server with username "u1" using the following authenticators: "LOGIN".`,
      null,
      null,
    ],
    [`permanent error (550): Rejected`, 550, 'other'],
    [`MailKit.Net.Smtp.SmtpCommandException: Rejected\n   StatusCode: MailboxUnavailable`, 550, 'other'],
    [`{:error, {:permanent_failure, ~c"192.0.2.10", :auth_failed}}`, null, null],
    [`SMTP Error (454): Authentication failed.`, 454, 'other'],
    [`SMTP Error (550): Failed to add recipient "${A}" (Rejected).`, 550, 'other'],
  ];
  it('a wrapper with no cause inside gives none', () => {
    for (const [line, code, reason] of noCause) {
      const d = classify(line);
      expect({ line, code: d.reply.replyCode, reason: d.reason }).toEqual({ line, code, reason });
    }
  });

  it("the reply's status decides, not the wrapper's sentence", () => {
    // .NET's "Mailbox unavailable." and Spring's "Authentication failed" are the library's.
    expect(
      classify(`System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.7.1 Rejected`)
        .reason,
    ).toBe('policy');
    expect(
      classify(
        `org.springframework.mail.MailAuthenticationException: Authentication failed; nested exception is javax.mail.AuthenticationFailedException: 550 5.7.1 Rejected`,
      ).reason,
    ).toBe('policy');
  });

  it('the same reply gives the same reason bare and wrapped', () => {
    const reply = '5.7.1 Message rejected: spam content detected';
    const bare = classify(`554 ${reply}`).reason;
    expect(bare).toBe('spam');
    for (const wrapped of [
      `System.Net.Mail.SmtpException: Transaction failed. The server response was: ${reply}`,
      `permanent error (554): ${reply}`,
      `smtplib.SMTPDataError: (554, b'${reply}')`,
      `SMTP Error: data not accepted. SMTP server error: DATA END command failed Detail: ${reply.slice(6)} SMTP code: 554 Additional SMTP info: 5.7.1`,
    ])
      expect(classify(wrapped).reason).toBe(bare);
  });

  it('keeps the words of the reply and the stage the class names', () => {
    expect(withoutClientWords('smtplib.SMTPRecipientsRefused: relay refused')).toContain('relay refused');
    expect(withoutClientWords('Net::SMTPSyntaxError: 501 5.1.3 Bad recipient address syntax')).not.toMatch(
      /SMTPSyntaxError/,
    );
    expect(parseReply(`smtplib.SMTPRecipientsRefused: {'${A}': (550, b'5.1.1 User unknown')}`).stage).toBe(
      'RCPT',
    );
    // A code the library only named is not read as Gmail's code pair: the page stays the neutral one.
    expect(
      parseReply(
        'System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.1.1 User unknown',
      ).codeByName,
    ).toBe(true);
    expect(parseReply('550 5.1.1 User unknown').codeByName).toBeUndefined();
  });

  it('near misses: an ordinary sentence or port is not a library code', () => {
    expect(parseReply('The mailbox unavailable check ran on port 465: no answer').replyCode).toBeNull();
    expect(parseReply('We saw a transaction failed. Nothing more.').replyCode).toBeNull();
    expect(parseReply('StatusCode: NotARealStatus').replyCode).toBeNull();
  });
});

describe(".NET's 530 sentence as people retype it", () => {
  it("is the library's words, not a cause: the server's reply decides the page", () => {
    const retyped =
      'smtpServer requires secure connection or client was not authenticated. the server response was: 5.7.0 must issue STARTTLS command first.';
    const d = classify(retyped);
    expect(d.entry?.id).toMatch(/starttls/);
    expect(d.reason).toBe('tls');
    expect(withoutClientWords(retyped)).not.toMatch(/client was not authenticated/);
  });

  it('near miss: a server that says the client was not authenticated still names that page', () => {
    expect(classify('530 5.7.1 Client was not authenticated').entry?.id).toBe('smtp-auth-required');
  });
});

describe("the TLS layer's own sentences", () => {
  // .NET's SslStream and the JDK word a failed handshake with "Authentication failed" and "protocol is
  // disabled": the TLS failure, not a refused login or a disabled account.
  it.each([
    "System.Security.Authentication.AuthenticationException: Authentication failed because the remote party sent a TLS alert: 'ProtocolVersion'.",
    'System.Security.Authentication.AuthenticationException: Authentication failed, see inner exception. ---> System.ComponentModel.Win32Exception: The client and server cannot communicate, because they do not possess a common algorithm',
    'javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)',
  ])('are read as TLS: %s', (line) => {
    const d = classify(line);
    expect(d.entry?.id).toMatch(/^tls-/);
    expect(d.reason).toBe('tls');
  });

  it('near misses: a server that refused the login is still credentials', () => {
    expect(classify('535 5.7.8 Error: authentication failed: authentication failure').reason).toBe(
      'credentials',
    );
    expect(
      classify('MailKit.Security.AuthenticationException: 535: 5.7.8 Username and Password not accepted')
        .reason,
    ).toBe('credentials');
    expect(classify('550 5.2.1 The email account that you tried to reach is disabled.').reason).toBe(
      'suspended',
    );
  });
});

describe('the library-format patterns stay linear', () => {
  it('reads long near-miss input quickly', () => {
    for (const evil of [
      `${'mailbox unavailable '.repeat(20_000)}. The server response was: 5.1.1`,
      'Exception: StatusCode: '.repeat(20_000),
      `permanent error (${'5'.repeat(50_000)}`,
      `${'Invalid Addresses '.repeat(20_000)};`,
    ]) {
      const t = Date.now();
      classify(evil);
      expect(Date.now() - t).toBeLessThan(2000);
    }
  });
});
