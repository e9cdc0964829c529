import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { parseReply } from './parse.js';
import { renderDiagnosisText } from './render.js';

describe('who replied: provider attribution from evidence', () => {
  it.each([
    [
      'Exchange',
      '504 5.7.4 Unrecognized authentication type [DM6PR11CA0012.namprd11.prod.outlook.com]',
      'smtp-auth-mechanism-unsupported',
      'Outlook / Microsoft 365',
    ],
    [
      'Postfix bounce',
      'host mail.example.net[203.0.113.5] said: 530 5.7.0 Must issue a STARTTLS command first (in reply to MAIL FROM command)',
      'smtp-starttls-required',
      'mail.example.net',
    ],
    [
      'Amazon SES',
      'Connecting to email-smtp.us-east-1.amazonaws.com:587\n530 Must issue a STARTTLS command first',
      'smtp-starttls-required',
      'Amazon SES',
    ],
    ['qmail', '503 RCPT first (#5.5.1)', 'smtp-bad-sequence', 'a qmail server'],
    [
      'MailDev',
      'Error: Data command failed: 451 Timeout - closing connection (maildev)',
      'smtp-timeout',
      'a local test mail server',
    ],
    // gaps15: Microsoft 365 refusing the EHLO name, under Gmail's own HELO code pair (501 5.5.4).
    [
      'Microsoft 365',
      '501 5.5.4 Invalid domain name [DM6PR11CA0012.namprd11.prod.outlook.com]',
      'smtp-helo-rejected',
      'Outlook / Microsoft 365',
    ],
    [
      'a host running Exim',
      'SMTP error from remote mail server after MAIL FROM: 550 Email Sending Quota Exceeded',
      'smtp-quota-exceeded',
      'an Exim / cPanel server',
    ],
  ])('%s: answers with the provider-neutral page and says whose server it was', (_, paste, page, who) => {
    const d = classify(paste);
    expect(d.entry?.id).toBe(page);
    expect(d.entry?.provider).not.toBe('gmail');
    expect(d.reply.origin).toMatchObject({ provider: 'other', name: who });
    expect(d.originNote).toContain(`This reply came from ${who}, not Gmail`);
    expect(renderDiagnosisText(d)).toContain('not Gmail');
  });

  it("Exim's 'SMTP error from remote mail server' names the remote, so a Gmail recipient's reply is Gmail's", () => {
    const d = classify(
      'SMTP error from remote mail server after RCPT TO:<someone@gmail.com>: 550-5.1.1 The email account that you tried to reach does not exist. Please try',
    );
    expect(d.entry?.id).toBe('550-5.1.1-no-such-user');
    // With nothing naming the remote, Exim's words still say another server's reply was quoted.
    expect(
      classify('SMTP error from remote mail server after MAIL FROM: 550 Email Sending Quota Exceeded').reply
        .origin.name,
    ).toBe('an Exim / cPanel server');
  });

  it('a Gmail bounce quoting Yahoo is Yahoo’s reply, not a Gmail page', () => {
    const d = classify(
      'The response from the remote server was:\n554 5.7.9 Message not accepted for policy reasons. See https://help.yahoo.com/kb/postmaster/SLN7253.html',
    );
    expect(d.entry?.provider ?? 'none').not.toBe('gmail');
    expect(d.reply.origin.name).toBe('Yahoo');
  });

  it('with Gmail evidence, the same words are Gmail’s page', () => {
    const d = classify('530 5.7.0 Must issue a STARTTLS command first. d2e1a72fcca58-4a0 - gsmtp');
    expect(d.entry?.id).toBe('530-5.7.0-starttls-first');
    expect(d.reply.origin.provider).toBe('gmail');
    expect(d.originNote).toBeNull();
  });

  it('with no evidence, Gmail’s code pair and words name Gmail’s page; words alone the neutral page', () => {
    expect(classify('530 5.7.0 Must issue a STARTTLS command first.').entry?.id).toBe(
      '530-5.7.0-starttls-first',
    );
    const d = classify('Must issue a STARTTLS command first');
    expect(d.entry?.id).toBe('smtp-starttls-required');
    expect(d.originNote).toMatch(/does not show which server replied/);
  });

  it('a basic code with no enhanced one is not Gmail’s reply: shared words name the neutral page (session 15)', () => {
    // Gmail always sends an enhanced status code; a quote of the reply with only its basic code
    // (Swift Mailer's "got code \"530\", with message \"530 Must issue …\"") is another server's.
    expect(classify('530 Must issue a STARTTLS command first').entry?.id).toBe('smtp-starttls-required');
    expect(
      classify(
        'Expected response code 334 but got code "530", with message "530 Must issue a STARTTLS command first "',
      ).entry?.id,
    ).toBe('smtp-starttls-required');
    // Gmail's own longer wording still names Gmail's page, and the full pair still does.
    expect(classify('535 Username and Password not accepted').entry?.provider).toBe('gmail');
    expect(classify('530 5.7.0 Must issue a STARTTLS command first.').entry?.id).toBe(
      '530-5.7.0-starttls-first',
    );
  });

  it('Gmail’s HELO code pair names Gmail’s page only with Gmail’s words (gaps15)', () => {
    // 501 5.5.4 is Gmail's HELO/EHLO reply and Microsoft 365's: the words decide, not the pair.
    expect(classify('501 5.5.4 HELO/EHLO argument is invalid.').entry?.id).toBe(
      '501-5.5.4-invalid-helo-argument',
    );
    expect(classify('501 5.5.4 Invalid domain name').entry?.id).toBe('smtp-helo-rejected');
    // The neutral page's words beside Gmail's marks are not enough to take Gmail's reply away.
    expect(
      classify(
        '501-5.5.4 HELO/EHLO argument "my_box" invalid, closing connection.\n501 5.5.4  https://support.google.com/mail/?p=helo a1b2c3 - gsmtp',
      ).entry?.id,
    ).toBe('501-5.5.4-invalid-helo-argument');
  });

  it('a whole reply that ends where Gmail’s always goes on (a stack trace follows) is not Gmail’s', () => {
    // Zoho's complete reply, quoted by nodemailer with its stack trace right after it.
    const zoho =
      'Error: Mail command failed: 530 5.5.1 Authentication Required.\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:777:19)';
    const d = classify(zoho);
    expect(d.reply.origin).toMatchObject({
      provider: 'other',
      evidence: '530 5.5.1 authentication required.',
    });
    expect(d.entry?.provider ?? 'none').not.toBe('gmail');
    // Gmail's reply goes on with its help link, so the same words with the link are Gmail's page.
    const gmail =
      'Error: Mail command failed: 530-5.5.1 Authentication Required. Learn more at\n530 5.5.1  https://support.google.com/mail/?p=WantAuthError m185sm1106113ywf.52 - gsmtp\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:777:19)';
    expect(classify(gmail).entry?.id).toBe('530-5.5.1-authentication-required');
    // A paste that only stops there (an issue title) does not show where the reply ended.
    expect(classify('530 5.5.1 Authentication Required.').entry?.id).toBe(
      '530-5.5.1-authentication-required',
    );
    const javamail =
      'javax.mail.AuthenticationFailedException: 535 5.7.8 Username and Password not accepted.\n\tat com.sun.mail.smtp.SMTPTransport$Authenticator.authenticate(SMTPTransport.java:947)';
    expect(classify(javamail).reply.origin.provider).toBe('other');
  });

  it('a 504 5.7.4 reply that ends before a Ruby stack trace is not Gmail’s (Gmail’s goes on to - gsmtp)', () => {
    const ruby =
      "Net::SMTPAuthenticationError: 504 5.7.4 Unrecognized authentication type\n\n    /opt/app/vendor/net-smtp/lib/net/smtp.rb:1090:in `check_auth_response'\n    /opt/app/vendor/net-smtp/lib/net/smtp.rb:855:in `authenticate'";
    const d = classify(ruby);
    expect(d.reply.origin.provider).toBe('other');
    expect(d.entry?.id).toBe('smtp-auth-mechanism-unsupported');
    // An uncaught exception's report puts "from " before each frame.
    expect(
      classify(
        "504 5.7.4 Unrecognized authentication type\n\tfrom /usr/lib/ruby/3.1.0/net/smtp.rb:1090:in `check_auth_response'",
      ).entry?.id,
    ).toBe('smtp-auth-mechanism-unsupported');
    // The same reply double-spaced, or with the break folded into spaces by a web page's source.
    expect(
      classify(
        "504 5.7.4 Unrecognized authentication type\n\n\n\n  /srv/gems/net-smtp/lib/net/smtp.rb:1090:in `check_auth_response'",
      ).reply.origin.provider,
    ).toBe('other');
    expect(
      classify(
        'Error: Invalid login: 504 5.7.4 Unrecognized authentication type    at SMTPConnection._formatError (/srv/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)',
      ).reply.origin.provider,
    ).toBe('other');
    // Gmail's reply with its session id and gsmtp, and the bare line, stay Gmail's page.
    expect(classify('504 5.7.4 Unrecognized Authentication Type. a1b2c3d4e5-6f7 - gsmtp').entry?.id).toBe(
      '504-5.7.4-unrecognized-auth-type',
    );
    expect(classify('504 5.7.4 Unrecognized authentication type').entry?.id).toBe(
      '504-5.7.4-unrecognized-auth-type',
    );
    // A Ruby trace after other words is no evidence about the reply's end.
    expect(
      classify(
        "504 5.7.4 Unrecognized Authentication Type. a1b2c3d4e5-6f7 - gsmtp\n    /usr/lib/ruby/3.1.0/net/smtp.rb:1090:in `check_auth_response'",
      ).entry?.id,
    ).toBe('504-5.7.4-unrecognized-auth-type');
  });

  it('names the replier from the places a paste shows it', () => {
    expect(parseReply('220 smtp.gmail.com ESMTP a1-20020a - gsmtp').origin.provider).toBe('gmail');
    expect(parseReply('Remote-MTA: dns; smtp.mailchannels.net').origin.name).toBe('MailChannels');
    expect(
      parseReply('host gmail-smtp-in.l.google.com[142.250.102.26] said: 550-5.1.1').origin.provider,
    ).toBe('gmail');
    expect(parseReply('just some words').origin).toEqual({ provider: null, name: null, evidence: null });
  });
});

describe('codes in the paste', () => {
  it('a code pair in the paste outranks a page with another code that shares words', () => {
    const d = classify(
      '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp',
    );
    expect(d.entry?.enhancedCode).toBe('4.7.28');
    expect(
      classify('534-5.7.9 Please log in with your web browser and then try again. Learn more at').entry?.id,
    ).toBe('534-5.7.9-web-login-required');
  });

  it('a wrapper’s own code never hides the reply it quotes', () => {
    const d = classify(
      "Remote Server returned '554 5.3.0 - Other mail system problem 550-5.7.1 [2a00:1450::1] Our system has detected that this message is not RFC 5322 compliant. To reduce the amount of spam sent to Gmail, this message has been blocked. - gsmtp'",
    );
    expect(d.entry?.id).toBe('550-5.7.1-rfc5322-noncompliant');
    expect(d.reply.pairs.map((p) => `${p.replyCode} ${p.enhancedCode}`)).toEqual(['554 5.3.0', '550 5.7.1']);
  });
});

describe('the missing pages', () => {
  it.each([
    [
      '553 5.1.3 The recipient address <a,b@example.com> is not a valid RFC 5321 address. - gsmtp',
      '553-5.1.3-invalid-rfc5321-address',
    ],
    ['Error: Missing credentials for "PLAIN"', 'auth-missing-credentials'],
    ['SMTP Error: Could not authenticate.', 'auth-phpmailer-could-not-authenticate'],
    ['Error 401: deleted_client The OAuth client was deleted.', 'token-deleted-client'],
    [
      '{ "error": "invalid_scope", "error_description": "Some requested scopes were invalid." }',
      'token-invalid-scope',
    ],
    ['invalid_grant: reauth related error (invalid_rapt)', 'token-invalid-rapt'],
    // Session 13 catalog facts: Microsoft 365's MAIL FROM refusal when SMTP AUTH is turned off
    // for the tenant (learn.microsoft.com, authenticated-client-smtp-submission) is the
    // provider-neutral login-required page, which now names that cause and its fix.
    [
      '530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.',
      'smtp-auth-required',
    ],
    // A refresh token refreshed by another OAuth client than the one it was issued to
    // (RFC 6749 section 6): Google answers unauthorized_client / Unauthorized.
    ['unauthorized_client: Unauthorized', 'token-unauthorized-client'],
    // libcurl's CURLE_LOGIN_DENIED as R's curl prints it: the login-failed-reply-hidden page.
    ['Error in curl::send_mail(from, to, msg) : Login denied', 'auth-phpmailer-could-not-authenticate'],
  ])('%s', (paste, page) => {
    expect(classify(paste).entry?.id).toBe(page);
  });
});
