import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'smtp-auth-required',
  provider: 'generic',
  replyCode: 530,
  enhancedCode: '5.7.0',
  providerText: 'Authentication required / Client was not authenticated / SMTP authentication is required',
  fromGoogleList: false,
  title: 'Authentication required (any server)',
  severity: 'high',
  summary:
    'The server will not relay this message without a login. Configure the client to authenticate (user and password or OAuth2) before MAIL FROM, or send from an address/IP the server allows without login. On Microsoft 365 the login can also be refused because SMTP AUTH is turned off for the tenant or the mailbox: an admin turns it on.',
  whatYouSee: [
    '530 5.7.0 Authentication required',
    '530 Authentication required (in reply to MAIL FROM command)',
    '530 5.7.1 Client was not authenticated',
    '530 5.7.57 Client not authenticated to send mail',
    '530 SMTP authentication is required.',
    '5.7.1 Authentication required',
    '530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
    '553 5.7.1 <user@example.com>: Sender address rejected: not logged in',
    '550 Unauthenticated senders not allowed',
    '550 relay access denied - please authenticate',
  ],
  whatsHappening:
    'Mail servers accept unauthenticated mail only for their own domains; to send elsewhere a client must log in (AUTH) after EHLO/STARTTLS. A 530 at MAIL FROM or RCPT TO means no AUTH happened on this connection: the client has no credentials configured, its login silently failed or was skipped (no AUTH offered before STARTTLS), or it talks to a submission port that requires login while expecting an open relay. Microsoft 365 (Exchange Online) adds a switch of its own: SMTP AUTH can be turned off for the whole tenant or for one mailbox (security defaults turn it off too). The server then refuses the AUTH command ("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant", or "for the Mailbox") however good the password is, and the next MAIL FROM gets 530 5.7.57.',
  causes: [
    'No credentials configured (auth option missing or empty)',
    'The client skipped AUTH because it was not offered (before STARTTLS) or because `SMTPAuth`/`mail.smtp.auth` is false',
    'Using a relay that requires login as if it were an open relay',
    'Microsoft 365 / Exchange Online: SMTP AUTH is turned off for the tenant or for the sending mailbox (the default with security defaults), so the login is refused whatever the credentials',
  ],
  fixes: [
    {
      title: 'Turn authentication on',
      detail:
        'nodemailer `auth: { user, pass }`; PHPMailer `SMTPAuth = true`; Java `mail.smtp.auth=true`; Python `server.login()` after `starttls()`.',
    },
    {
      title: 'Start TLS first',
      detail: 'Most servers only offer AUTH after STARTTLS; enable it so the login actually happens.',
    },
    {
      title: 'Check the debug output',
      detail: 'Confirm an AUTH command is sent and answered 235 before MAIL FROM.',
    },
    {
      title: 'Microsoft 365: turn SMTP AUTH on for the sending mailbox',
      detail:
        'An admin opens the Microsoft 365 admin center > Users > Active users > the user > Mail > Manage email apps and checks Authenticated SMTP, or runs `Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false` in Exchange Online PowerShell. The mailbox setting overrides the tenant one; `Set-TransportConfig -SmtpClientAuthenticationDisabled $false` turns it on for the whole tenant. With security defaults on, SMTP AUTH stays off until they are turned off.',
    },
    {
      title: 'Microsoft 365: log in with OAuth where passwords are blocked',
      detail:
        'If an authentication policy blocks basic authentication for SMTP, a password login keeps failing even with SMTP AUTH on: sign in with an OAuth 2.0 token (XOAUTH2) instead. SMTP AUTH must still be allowed for the mailbox.',
    },
  ],
  prevention:
    'Test the mail settings at startup with a login (nodemailer `verify()`), so a missing login fails before real mail is sent.',
  related: [
    '530-5.7.0-authentication-required',
    '530-5.5.1-authentication-required',
    'smtp-starttls-required',
    'auth-missing-credentials',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Every message is refused until the client logs in.',
  },
  stage: 'MAIL',
  signature: {
    phrases: [
      'authentication required',
      'authentication is required',
      'client was not authenticated',
      'client not authenticated',
      // Postfix's reject_sender_login_mismatch when no one logged in (smtpd_check.c).
      'sender address rejected: not logged in',
      // SendGrid's 550 to MAIL FROM on a connection that did not log in (its API key as password).
      'unauthenticated senders not allowed',
      // SMTP2GO's 550 when the client sent no login, or one it did not accept (its "Common Sending
      // Errors" page): relaying refused for want of a login, the guide's §9 `credentials` row.
      'relay access denied - please authenticate',
    ],
    // nodemailer 0.x's own refusal before connecting, "Authentication required, invalid details
    // provided" (lib/engines/smtp.js): no server asked for a login, the user or password was empty.
    // The whole sentence is auth-missing-credentials' (families.ts), not a server's refusal.
    notWith: ['authentication required, invalid details provided'],
    // A bare 530 with no words that name another page (libcurl's "MAIL failed: 530", which prints
    // only the code): RFC 4954 section 6 gives 530 5.7.0 to any command refused because no AUTH is in
    // force. RFC 3207's "530 Must issue a STARTTLS command first" has its own words and page, which
    // win whenever they are in the paste; a bare code never names a Gmail page (match.ts).
    byReplyCode: true,
  },
  sources: [
    'https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_check.c',
    'https://www.rfc-editor.org/rfc/rfc4954#section-6',
    'https://github.com/sendgrid/sendgrid-csharp/issues/850',
    'https://support.smtp2go.com/hc/en-gb/articles/13990494697369-Common-Sending-Errors',
    'https://github.com/node-red/node-red/issues/1199',
    'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
    'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off',
  ],
  checked: '2026-12-05',
};
