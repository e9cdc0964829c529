import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'local-mailer-not-configured',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText:
    'Could not instantiate mail function. / Could not execute: /usr/sbin/sendmail / sh: 1: /usr/sbin/sendmail: not found / spawn sendmail ENOENT / msmtp: account default not found: no configuration file available',
  fromGoogleList: false,
  title: 'No mail server was asked: the local mail program is missing or not set up',
  severity: 'high',
  summary:
    'Your app never talked to an SMTP server. It handed the message to a mail program on the same machine (PHP mail(), the sendmail command, msmtp or ssmtp), and that program is not installed or not configured, so nothing was sent. Either switch the app to SMTP with its own setting (PHPMailer isSMTP(), Laravel MAIL_MAILER=smtp, a WordPress SMTP plugin) and give it smtp.gmail.com:587 with an app password, or install and configure a local relay (msmtp, or Postfix) that forwards to it.',
  whatYouSee: [
    'Mailer Error: Could not instantiate mail function.',
    'Could not execute: /usr/sbin/sendmail -t -i',
    "Warning: mail(): Could not execute mail delivery program '/usr/sbin/sendmail -t -i'",
    'sh: 1: /usr/sbin/sendmail: not found',
    'sh: 1: sendmail: not found',
    'sh: /usr/sbin/sendmail: No such file or directory',
    'bash: sendmail: command not found',
    'sh: 1: msmtp: not found',
    'Process could not be started [sh: 1: /usr/sbin/sendmail: not found]',
    'Process could not be started: sh: 1: /usr/sbin/sendmail: not found',
    'Process could not be started [The system cannot find the path specified. ]',
    'sendmail_path is not configured in php.ini.',
    'Error: spawn sendmail ENOENT',
    'Error: spawn /usr/sbin/sendmail ENOENT',
    'Sendmail command not found, process exited with code 127',
    "FileNotFoundError: [Errno 2] No such file or directory: '/usr/sbin/sendmail'",
    'msmtp: account default not found: no configuration file available',
    'msmtp: host not set',
    'sendmail: account default from /etc/msmtprc: host not set',
    'The email could not be sent. Possible reason: your host may have disabled the mail() function.',
  ],
  whatsHappening:
    'Many libraries have two ways to send: talk SMTP to a server themselves, or hand the finished message to a local program and let it deliver. PHP\'s mail() always does the second on Linux: it runs the command in php.ini\'s sendmail_path (by default `/usr/sbin/sendmail -t -i`) and returns false when that command cannot be run or fails, with the warning "Could not execute mail delivery program". PHPMailer uses mail() unless you call isSMTP(), and turns that false into "Could not instantiate mail function."; in its sendmail mode it runs the sendmail binary itself and says "Could not execute: " and the path. WordPress sends through PHPMailer\'s mail() mode unless an SMTP plugin changes it, and its lost-password page then says "Possible reason: your host may have disabled the mail() function". Swift Mailer and Symfony Mailer run the same sendmail command and report the shell\'s own error: "Process could not be started [sh: 1: /usr/sbin/sendmail: not found]". nodemailer\'s sendmail transport starts `sendmail` from PATH, and Node answers "spawn sendmail ENOENT" when there is no such file. Container images such as the official php images ship no sendmail at all; on a desktop or a fresh server the command may be there but point to a program that has no settings yet: msmtp (installed as sendmail by msmtp-mta) stops with "account default not found: no configuration file available" when it finds no /etc/msmtprc or ~/.msmtprc, and with "host not set" when the file names no server. No SMTP reply is involved, so nothing about Gmail, the recipient or the message is wrong yet.',
  causes: [
    'The app sends through PHP mail() or the sendmail command (PHPMailer without isSMTP(), WordPress without an SMTP plugin, Laravel or Symfony with the sendmail transport, nodemailer with `sendmail: true`) on a machine where no sendmail program is installed, as in most Docker images',
    "php.ini's sendmail_path is empty or points to a program that is not there (a container built without sendmail, a path copied from another system)",
    'A sendmail replacement is installed but not configured: msmtp with no /etc/msmtprc or ~/.msmtprc, an msmtp account without a host, or an sSMTP whose mailhub is still the default',
    'The program exists but the process cannot find or run it: nodemailer looks `sendmail` up in PATH, which a service manager or cron job may set without /usr/sbin',
    'The app was meant to use SMTP, but the setting that switches it is missing, so it fell back to its local default (Laravel MAIL_MAILER left at sendmail, a PHPMailer script without isSMTP())',
  ],
  fixes: [
    {
      title: "Send over SMTP with the library's own switch",
      detail:
        "PHPMailer: call `$mail->isSMTP()` and set Host = 'smtp.gmail.com', Port = 587, SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS, SMTPAuth = true, Username and an app password. Laravel: MAIL_MAILER=smtp, MAIL_HOST=smtp.gmail.com, MAIL_PORT=587, MAIL_USERNAME, MAIL_PASSWORD (the app password). Symfony: MAILER_DSN=smtp://user:app-password@smtp.gmail.com:587. nodemailer: createTransport({ host: 'smtp.gmail.com', port: 587, secure: false, auth: { user, pass } }) instead of `sendmail: true`. WordPress: install an SMTP plugin (WP Mail SMTP, Post SMTP, FluentSMTP) and give it the same settings.",
    },
    {
      title: 'Or install a small relay and point sendmail_path at it',
      detail:
        'Where the code must keep calling sendmail or mail(), install msmtp (Debian/Ubuntu: `apt-get install msmtp msmtp-mta`, which also provides /usr/sbin/sendmail) and write /etc/msmtprc with an account default: host smtp.gmail.com, port 587, tls on, tls_starttls on, auth on, user and from your address, password your app password. In php.ini set `sendmail_path = "/usr/bin/msmtp -t"`. Postfix set up as a relay (relayhost = [smtp.gmail.com]:587 with SASL and an app password) does the same job for a whole server.',
    },
    {
      title: 'Make a Gmail app password for the relay',
      detail:
        "Gmail's SMTP server wants the full address as the user and, with 2-Step Verification on, a 16-character app password (myaccount.google.com/apppasswords), not the account password. Put it in the library's settings or in the relay's file, and make that file readable only by the user that sends.",
    },
    {
      title: 'Check which program the app really runs',
      detail:
        "Run `php -i | grep sendmail_path` (or phpinfo()) to see the command mail() uses, then run that command by hand as the web server's user: `which sendmail`, `ls -l /usr/sbin/sendmail`. For nodemailer, pass the full path (`path: '/usr/sbin/sendmail'`) or switch to SMTP. For msmtp, `msmtp --version` prints the configuration files it reads.",
    },
  ],
  prevention:
    "Configure SMTP explicitly in the app's settings rather than relying on a local sendmail, add the relay (or the SMTP settings) to the container image or deploy script, and send a test message at startup or after each deploy so a missing mail program shows up at once.",
  related: ['auth-phpmailer-could-not-authenticate', 'conn-refused', 'smtp-auth-required'],
  retry: {
    kind: 'fix-then-retry',
    note: 'No message leaves the machine until a mail program or SMTP settings are in place; retrying the same call fails the same way.',
  },
  stage: 'connect',
  signature: {
    phrases: [
      // PHPMailer's 'instantiate' and 'execute' messages (src/PHPMailer.php, setLanguage's English
      // strings; the language/ folder holds only the translations): mail() returned false, or the
      // sendmail binary could not be opened. The path keeps "Could not execute: " to PHPMailer.
      'could not instantiate mail function',
      'could not execute: /usr/sbin/sendmail',
      // PHP's own warning when mail() cannot run sendmail_path (ext/standard/mail.c).
      'could not execute mail delivery program',
      // The shell that runs sendmail_path or a sendmail transport: dash ("sh: 1: …: not found"),
      // bash ("No such file or directory", "command not found"). The shell puts the command right
      // after its own ": " or as a path: "package sendmail: not found" (a package manager's) is not
      // the shell failing to run it. A path not there is "not found" to dash and "No such file or
      // directory" to bash; a bare name bash cannot find in PATH is "command not found".
      ': sendmail: not found',
      '/sendmail: not found',
      '/sendmail: no such file or directory',
      ': sendmail: command not found',
      'msmtp: not found',
      // Python's subprocess when a backend runs sendmail that is not there.
      "no such file or directory: '/usr/sbin/sendmail'",
      // Swift Mailer's StreamBuffer and Symfony Mailer's ProcessStream put the shell's error after
      // their words (read by the phrases above); alone, "Process could not be started" is any
      // program's. On Windows the shell says the path does not exist. Symfony's native transport
      // with no sendmail_path.
      'process could not be started [the system cannot find the path specified',
      'sendmail_path is not configured in php.ini',
      // Node's child_process.spawn (nodemailer's sendmail transport) and nodemailer's exit code 127.
      'spawn sendmail enoent',
      'spawn /usr/sbin/sendmail enoent',
      'sendmail command not found',
      // msmtp (src/msmtp.c, src/conf.c check_account), under its own name or as sendmail.
      'not found: no configuration file available',
      'msmtp: host not set',
      'msmtprc: host not set',
      // WordPress's lost-password page when wp_mail() (PHPMailer's mail() mode) returned false.
      'your host may have disabled the mail() function',
    ],
  },
  sources: [
    'https://github.com/PHPMailer/PHPMailer/blob/master/src/PHPMailer.php',
    'https://github.com/php/php-src/blob/master/ext/standard/mail.c',
    'https://www.php.net/manual/en/mail.configuration.php',
    'https://github.com/swiftmailer/swiftmailer/blob/master/lib/classes/Swift/Transport/StreamBuffer.php',
    'https://github.com/symfony/mailer/blob/7.3/Transport/Smtp/Stream/ProcessStream.php',
    'https://github.com/symfony/mailer/blob/7.3/Transport/NativeTransportFactory.php',
    'https://github.com/nodemailer/nodemailer/blob/master/lib/sendmail-transport/index.js',
    'https://nodemailer.com/transports/sendmail/',
    'https://nodejs.org/api/child_process.html',
    'https://github.com/marlam/msmtp/blob/master/src/msmtp.c',
    'https://github.com/marlam/msmtp/blob/master/src/conf.c',
    'https://marlam.de/msmtp/msmtp.html',
    'https://support.google.com/accounts/answer/185833',
    'https://github.com/docker-library/php/issues/135',
    'https://github.com/bitnami/bitnami-docker-matomo/issues/100',
    'https://github.com/nodemailer/nodemailer/issues/970',
    'https://github.com/crazy-max/docker-msmtpd/issues/41',
  ],
  checked: '2026-12-05',
};
