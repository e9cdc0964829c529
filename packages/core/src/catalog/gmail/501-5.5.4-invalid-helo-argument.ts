import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '501-5.5.4-invalid-helo-argument',
  provider: 'gmail',
  replyCode: 501,
  enhancedCode: '5.5.4',
  providerText: 'HELO/EHLO argument is invalid. For more information, visit HELO/ EHLO email error.',
  fromGoogleList: true,
  googleListRows: [
    'Empty HELO/EHLO argument not allowed, closing connection. For more information, go to HELO/EHLO email error.',
    'HELO/EHLO argument argument invalid closing connection. For more information, go to HELO/EHLO email error.',
  ],
  title: 'HELO/EHLO argument is invalid',
  severity: 'high',
  summary:
    'Gmail rejected the name your client announced in EHLO/HELO (empty, or not a hostname or address literal) and closed the connection. Set the client name to a real fully qualified hostname or an IP literal like [203.0.113.7].',
  whatYouSee: [
    '501-5.5.4 HELO/EHLO argument "PhpStorm 9.0.3" invalid, closing connection.',
    '501-5.5.4 Empty HELO/EHLO argument not allowed, closing connection.',
    '501 5.5.4  https://support.google.com/mail/?p=helo d2e1a72fcca58-4a0 - gsmtp',
    '501 5.5.4 HELO/EHLO argument is invalid. For more information, visit HELO/ EHLO email error.',
  ],
  whatsHappening:
    "The first thing a client sends is `EHLO <name>`, where the name must be the client's fully qualified domain name or, failing that, an address literal in brackets (RFC 5321). Gmail checks the syntax: an empty argument, spaces, a product name, an underscore-laden machine name or other junk gets 501 5.5.4 and the connection is closed right away, before any AUTH. Because it happens at the greeting, every message from that client fails the same way. The name usually comes from the local hostname or from a library default, so it breaks after moving to a container, a Windows box with an odd computer name, or a tool that puts its own version string there.",
  causes: [
    'The client sends `EHLO` with no argument (empty or unset hostname setting)',
    'A library default or environment variable puts a non-hostname there, e.g. an IDE or app version string ("PhpStorm 9.0.3")',
    'The machine or container hostname contains spaces, underscores or other characters not allowed in a domain name',
    'A bare IP address sent without brackets (it must be written as an address literal such as `[203.0.113.7]`)',
  ],
  fixes: [
    {
      title: 'Set the EHLO name explicitly',
      detail:
        "nodemailer: `name: 'mail.example.com'` in the transport options. PHPMailer: `$mail->Helo = 'mail.example.com';` (and `$mail->Hostname`). Python: `smtplib.SMTP(host, 587, local_hostname='mail.example.com')`. MailKit: `client.LocalDomain = \"mail.example.com\"`. Postfix: `smtp_helo_name = mail.example.com`.",
    },
    {
      title: 'Use a real hostname or an address literal',
      detail:
        "Use a fully qualified name you control (ideally the one your sending IP's PTR record points to), or the IP in brackets like `[203.0.113.7]`. Never a product name, a bare word or an empty string.",
    },
    {
      title: 'Fix the machine hostname at the source',
      detail:
        'If the library takes the name from the OS, give the host or container a valid FQDN (`hostnamectl set-hostname mail.example.com`, Docker `--hostname mail.example.com`), without spaces or underscores.',
    },
    {
      title: 'Confirm with a manual session',
      detail:
        'Run `openssl s_client -starttls smtp -connect smtp.gmail.com:587 -crlf`, type `EHLO mail.example.com` and check for a 250 reply; then compare with what your client logs in its debug output.',
    },
  ],
  prevention:
    'Configure the EHLO name explicitly in every sender instead of relying on the OS hostname, and keep it equal to the PTR name of your sending IP.',
  related: [
    '503-5.5.1-ehlo-first',
    '421-4.7.0-try-again-later-closing-connection',
    '550-5.7.25-missing-ptr',
    '502-5.5.1-unrecognized-command',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Every connection with the same EHLO name is refused. Change the name, then resend.',
  },
  stage: 'EHLO',
  helpUrl: 'https://support.google.com/mail/?p=helo',
  signature: {
    // Live replies say 'HELO/EHLO argument "<name>" invalid' or 'Empty HELO/EHLO argument not allowed';
    // the list says 'HELO/EHLO argument is invalid'. "helo/ehlo argument" covers all of them.
    phrases: ['helo/ehlo argument is invalid', 'helo/ehlo argument'],
  },
  sources: [
    'https://support.google.com/a/answer/3726730',
    'https://github.com/PHPMailer/PHPMailer/issues/1011',
    'https://github.com/halojoy/PHP-SMTP-Mailer/issues/6',
  ],
  checked: '2026-11-23',
};
