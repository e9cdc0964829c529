import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '502-5.5.1-too-many-unrecognized-commands',
  provider: 'gmail',
  replyCode: 502,
  enhancedCode: '5.5.1',
  providerText: 'Too many unrecognized commands, goodbye.',
  fromGoogleList: true,
  googleListRows: [
    'Too many unrecognized commands, goodbye. For more information, go to About SMTP error messages.',
  ],
  title: 'Too many unrecognized commands, goodbye',
  severity: 'medium',
  summary:
    'Gmail received several lines in a row that were not SMTP commands and hung up. Something is sending non-SMTP data on the connection: message text outside DATA, the wrong protocol, or a broken client. Find the first error before this one.',
  whatYouSee: [
    '502 5.5.1 Too many unrecognized commands, goodbye. d2e1a72fcca58-4a0 - gsmtp',
    '502 5.5.1 Unrecognized command. d2e1a72fcca58-4a0 - gsmtp',
  ],
  whatsHappening:
    'Each line Gmail cannot parse as an SMTP command gets `502 5.5.1 Unrecognized command.` After a handful of those in one session Gmail gives up, sends this reply and closes the connection, so whatever the client sends next fails with a closed socket. It is almost never the first problem: typically an earlier command failed (RCPT rejected, DATA refused with 503, AUTH failed) and the client carried on streaming the message headers and body as if DATA had been accepted, so every header line arrives as an unknown command. It also happens when something that does not speak SMTP (an HTTP client, a health check, a port scanner, a misrouted proxy) talks to port 25, 465 or 587.',
  causes: [
    'DATA was refused (e.g. `503 5.5.1 RCPT first.` after every recipient was rejected) but the client still sent the message lines, which Gmail reads as commands',
    'A hand-written SMTP client or telnet session that sends headers like `Subject:` before `DATA`',
    'Pipelined commands sent after a failure the client did not check',
    'A non-SMTP client (HTTP request, monitoring probe, misconfigured proxy) connected to the SMTP port',
  ],
  fixes: [
    {
      title: 'Find the first failed reply in the transcript',
      detail:
        'Turn on protocol logging (nodemailer `logger: true, debug: true`; PHPMailer `SMTPDebug = 2`; smtplib `set_debuglevel(1)`) and look above the 502 lines: the real error (rejected RCPT, refused DATA, failed AUTH) comes first. Fix that one.',
    },
    {
      title: 'Stop sending the body when DATA is not accepted',
      detail:
        'Only stream the message after a `354` reply to DATA. In custom code, check every reply code before the next step; if all RCPTs failed, send RSET or QUIT instead of DATA.',
    },
    {
      title: 'Use a real SMTP library',
      detail:
        'Replace raw socket or telnet-style code with nodemailer, smtplib, PHPMailer, JavaMail or MailKit, which handle reply checking, dot-stuffing and pipelining correctly.',
    },
    {
      title: 'Point only SMTP clients at the SMTP port',
      detail:
        'Check that health checks, proxies and load balancers do not send HTTP or TCP probes to smtp.gmail.com or to your own relay that forwards to it.',
    },
  ],
  prevention:
    'Check the reply to every SMTP command before sending the next, and never send message content unless DATA returned 354.',
  related: [
    '502-5.5.1-unrecognized-command',
    '503-5.5.1-rcpt-first',
    '451-4.5.0-protocol-violation',
    '554-5.7.0-too-many-unauthenticated-commands',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The session was closed because of a client-side protocol error; fix the client or the earlier failure, then resend on a new connection.',
  },
  stage: 'any',
  signature: {
    // Contains "unrecognized command" (the 502-5.5.1-unrecognized-command phrase) as a substring;
    // this longer phrase is the distinguishing one.
    phrases: ['too many unrecognized commands'],
  },
  sources: ['https://support.google.com/a/answer/3726730'],
  checked: '2026-11-23',
};
