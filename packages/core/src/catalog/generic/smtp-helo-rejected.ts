import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'smtp-helo-rejected',
  provider: 'generic',
  replyCode: 501,
  enhancedCode: '5.5.4',
  providerText:
    'Invalid domain name / Helo command rejected: need fully-qualified hostname / Helo command rejected: Host not found / Syntactically invalid EHLO argument(s) / HELO argument does not match calling host',
  fromGoogleList: false,
  title: 'HELO/EHLO name refused by a server that is not Gmail',
  severity: 'high',
  summary:
    'The mail server (Microsoft 365, a Postfix, Exim or sendmail host) refused the name your client gave in EHLO or HELO: "localhost", a bare machine name, a name with an underscore, or a name that does not exist in DNS. Set the client\'s EHLO name to a fully qualified host name that resolves (ideally the PTR name of the sending IP), or an address literal like [203.0.113.7], then send again.',
  whatYouSee: [
    '501 5.5.4 Invalid domain name',
    '504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname',
    '504 5.5.2 <DESKTOP-7QK2>: Helo command rejected: need fully-qualified hostname (in reply to RCPT TO command)',
    '450 4.7.1 <build-01.internal>: Helo command rejected: Host not found',
    '501 5.5.2 <my_pc>: Helo command rejected: Invalid name',
    '501 Syntactically invalid EHLO argument(s)',
    '501 Syntactically invalid HELO argument(s)',
    '550 HELO argument does not match calling host',
    '451 EHLO argument does not match calling host',
    '501 5.0.0 Invalid domain name',
    '501 5.5.4 Invalid domain name or ip supplied as HELO argument',
    '554 5.7.1 <localhost.localdomain>: Helo command rejected: Access denied',
  ],
  whatsHappening:
    'The first command of every SMTP session is `EHLO <name>` (or the older HELO), where RFC 5321 asks for the client\'s fully qualified domain name or, failing that, its address in brackets. Many servers check that name before they take mail. Microsoft 365 answers "501 5.5.4 Invalid domain name" to a name it will not accept. Postfix, with its HELO restrictions on, refuses a name that is not a valid host name ("<name>: Helo command rejected: Invalid name", 501), one without a dot ("need fully-qualified hostname", 504) or one with no A, AAAA or MX record ("Host not found", 450 by default); by default Postfix holds these refusals until RCPT TO, so they come back "in reply to RCPT TO command" although the name was sent at the start. Exim answers "501 Syntactically invalid EHLO argument(s)" to a malformed name and, where the admin asks for it, "550 HELO argument does not match calling host" when the name does not point back to the client\'s address. sendmail answers "501 5.0.0 Invalid domain name" to a name with characters a host name cannot hold, and Apache James "Invalid domain name or ip supplied as HELO argument". The name usually comes from a library default: .NET\'s System.Net.Mail.SmtpClient sends the computer\'s short host name, nodemailer sends os.hostname() when it holds a dot and otherwise [127.0.0.1], PHPMailer the server\'s host name or "localhost.localdomain", and a container\'s host name is a random string. Gmail checks the same command with its own reply ("501-5.5.4 HELO/EHLO argument … invalid", with a Google help link), which has its own page.',
  causes: [
    'The client announces "localhost", "localhost.localdomain" or [127.0.0.1], which a server on the internet does not accept as the name of a remote client',
    "The client announces a bare machine name without a domain (a Windows computer name such as DESKTOP-7QK2, a container id): .NET's SmtpClient always sends the short host name, and other libraries fall back to it",
    'The name holds characters a host name cannot have: an underscore (my_pc), a space, or trailing junk',
    'The name is well formed but does not exist in DNS, or does not point to the address the client connects from (Postfix reject_unknown_helo_hostname, Exim helo_verify_hosts)',
    "The library's setting for the name is empty or was never set: nodemailer's `name`, PHPMailer's `Hostname` / `Helo`, Python smtplib's `local_hostname`, MailKit's `LocalDomain`, Postfix's `smtp_helo_name`",
  ],
  fixes: [
    {
      title: 'Set the EHLO name in the client library',
      detail:
        "nodemailer: `name: 'mail.example.com'` in the transport options. PHPMailer: `$mail->Hostname = 'mail.example.com';` (and `$mail->Helo` if set). Python: `smtplib.SMTP(host, 587, local_hostname='mail.example.com')`. MailKit: `client.LocalDomain = \"mail.example.com\";`. Java Mail: `mail.smtp.localhost=mail.example.com`. .NET System.Net.Mail.SmtpClient has no public setting for it: move to MailKit, or send through a relay that announces a proper name.",
    },
    {
      title: 'Fix the name of the sending server',
      detail:
        'For a mail server, set Postfix `smtp_helo_name` (or `myhostname`), Exim `primary_hostname` or `helo_data`, sendmail `confDOMAIN_NAME`. For an app that uses the machine name, give the host or container a fully qualified name (`hostnamectl set-hostname mail.example.com`, Docker `--hostname mail.example.com`), without underscores.',
    },
    {
      title: 'Make the name resolve to the sending IP',
      detail:
        'Create an A (and AAAA) record for the name pointing to the address the client sends from, and ask whoever runs that IP for a PTR record back to the same name. Check with `dig +short mail.example.com` and `dig +short -x 203.0.113.7`. If you have no name of your own, an address literal such as [203.0.113.7] is valid, though servers that require a resolvable name refuse it too.',
    },
    {
      title: 'Check what the client sends',
      detail:
        "Turn on the library's SMTP debug output (nodemailer `logger: true, debug: true`, PHPMailer `SMTPDebug = 2`, smtplib `set_debuglevel(1)`) and read the EHLO line, or try by hand: `openssl s_client -starttls smtp -connect smtp.example.com:587 -crlf`, then `EHLO mail.example.com`.",
    },
  ],
  prevention:
    'Configure the EHLO name explicitly in every sender and keep it equal to the PTR name of the sending IP, instead of relying on the machine or container host name.',
  related: [
    '501-5.5.4-invalid-helo-argument',
    '503-5.5.1-ehlo-first',
    '550-5.7.25-missing-ptr',
    'smtp-bad-sequence',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Every connection that announces the same name is refused; change the name, then send again.',
  },
  stage: 'EHLO',
  signature: {
    phrases: [
      // Postfix (smtpd_check.c): reject_invalid_helo_hostname, reject_non_fqdn_helo_hostname,
      // reject_unknown_helo_hostname.
      'helo command rejected: invalid name',
      'helo command rejected: need fully-qualified hostname',
      'helo command rejected: host not found',
      // Every refusal of Postfix's HELO restrictions reads "<name>: Helo command rejected: <text>"
      // (smtpd_check.c: SMTPD_NAME_HELO "Helo command", "%s rejected: %s"), an admin's
      // check_helo_access text too ("Access denied", any words the map gives): the name given in
      // HELO was refused, whichever check refused it. The reason still comes from the words (the
      // guide's §8: an access rule that says nothing of the name's form is `policy`).
      'helo command rejected',
      // Exim (smtp_in.c): check_helo, and helo_verify_hosts.
      'syntactically invalid ehlo argument',
      'syntactically invalid helo argument',
      'helo argument does not match calling host',
      'ehlo argument does not match calling host',
      // Apache James (HeloCmdHandler, EhloCmdHandler).
      'supplied as helo argument',
      // Microsoft 365 (501 5.5.4) and sendmail (srvrsmtp.c, 501 5.0.0): under 501 only, where it
      // answers EHLO/HELO; a 550 "Invalid domain name" at RCPT is the recipient's domain.
      'invalid domain name',
    ],
    phraseReplyCodes: { 'invalid domain name': [501] },
    // Postfix holds its HELO refusals until RCPT TO (smtpd_delay_reject), and some clients report
    // them at MAIL FROM.
    stages: ['EHLO', 'MAIL', 'RCPT'],
    // The codes these servers use for a refused name (Postfix's invalid/non-FQDN/unknown hostname
    // reject codes 501/504/450, or 550/554 where the admin sets them; Exim 501 and 550/451).
    replyCodes: [450, 451, 501, 504, 550, 554],
    notWith: [
      // Gmail's own reply keeps Gmail's page.
      'helo/ehlo argument',
      'gsmtp',
    ],
  },
  sources: [
    'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.1.1',
    'https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_check.c',
    'https://www.postfix.org/postconf.5.html#reject_non_fqdn_helo_hostname',
    'https://github.com/Exim/exim/blob/master/src/src/smtp_in.c',
    'https://github.com/freebsd/freebsd-src/blob/main/contrib/sendmail/src/srvrsmtp.c',
    'https://github.com/apache/james-project/blob/master/protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/HeloCmdHandler.java',
    'https://github.com/dotnet/runtime/blob/main/src/libraries/System.Net.Mail/src/System/Net/Mail/SmtpClient.cs',
    'https://github.com/nodemailer/nodemailer/blob/master/lib/smtp-connection/index.js',
    'https://github.com/PHPMailer/PHPMailer/blob/master/src/PHPMailer.php',
    'https://docs.python.org/3/library/smtplib.html',
    'https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-causes-a-501-554-invalid-domain-name-error-when-sending-emails-to-office-365',
    'https://github.com/bitwarden/server/issues/164',
    'https://github.com/nodemailer/nodemailer/issues/1317',
    'https://github.com/Foundry376/Mailspring/issues/1054',
  ],
  checked: '2026-12-05',
};
