import { describe, expect, it } from 'vitest';
import { getEntry } from './catalog.js';
import { classify } from './classify.js';
import { reasonOfEntry } from './reason.js';

// The page for an app that handed its message to a local mail program (PHP mail(), sendmail, msmtp)
// that is missing or not set up. Lines are typed here in each program's documented wording:
// PHPMailer's 'instantiate' / 'execute' strings (src/PHPMailer.php), PHP's ext/standard/mail.c,
// the shells dash and bash, Node's child_process.spawn and nodemailer's sendmail transport, Swift
// Mailer's StreamBuffer and Symfony Mailer's ProcessStream / NativeTransportFactory, Python's
// subprocess, msmtp's msmtp.c and conf.c.
describe('local-mailer-not-configured: the local mail program is missing or has no settings', () => {
  it.each([
    // PHPMailer in mail() mode (mail() returned false), and in sendmail mode (popen failed).
    ['Message could not be sent. Mailer Error: Could not instantiate mail function.'],
    ['Mailer Error: Could not execute: /usr/sbin/sendmail -t -i -f app@example.org'],
    // PHP's own warning from mail().
    [
      "PHP Warning:  mail(): Could not execute mail delivery program '/usr/sbin/sendmail -t -i' in /var/www/html/contact.php on line 12",
    ],
    // The shell that runs sendmail_path: dash, bash, and bash for a command looked up in PATH.
    ['sh: 1: /usr/sbin/sendmail: not found'],
    ['sh: /usr/sbin/sendmail: No such file or directory'],
    ['/bin/sh: line 1: sendmail: command not found'],
    ['sh: 1: msmtp: not found'],
    // Swift Mailer and Symfony Mailer around the shell's words; Symfony's native transport.
    ['Swift_TransportException: Process could not be started [sh: 1: /usr/sbin/sendmail: not found]'],
    ['Process could not be started [The system cannot find the path specified. ]'],
    [
      'Symfony\\Component\\Mailer\\Exception\\TransportException: sendmail_path is not configured in php.ini.',
    ],
    // Node: nodemailer's sendmail transport when spawn finds no program, and its exit code 127.
    [
      "Error: spawn sendmail ENOENT\n    at Process.ChildProcess._handle.onexit (node:internal/child_process:285:19) { errno: -2, code: 'ENOENT', syscall: 'spawn sendmail' }",
    ],
    ['Error: spawn /usr/sbin/sendmail ENOENT'],
    ['Error: Sendmail command not found, process exited with code 127'],
    // Python's subprocess running a sendmail that is not there.
    ["FileNotFoundError: [Errno 2] No such file or directory: '/usr/sbin/sendmail'"],
    // msmtp with no configuration file, under its own name and installed as sendmail; an account
    // without a server.
    ['msmtp: account default not found: no configuration file available'],
    ['sendmail: account default not found: no configuration file available'],
    ['msmtp: host not set'],
    ['sendmail: account default from /home/app/.msmtprc: host not set'],
    // WordPress's lost-password page when wp_mail() returned false.
    ['Error: The email could not be sent. Possible reason: your host may have disabled the mail() function.'],
  ])('%s', (paste) => {
    const d = classify(paste);
    expect(d.entry?.id).toBe('local-mailer-not-configured');
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
    // No server replied: the local program's failure is the guide's `system` (§4's failed local
    // program), whatever words ("not found", "account") stand in the shell's output.
    expect(d.reason).toBe('system');
    expect(d.transient).toBe(false);
  });

  it("keeps its reason whatever the words: system (the sending machine's own program failed)", () => {
    expect(reasonOfEntry(getEntry('local-mailer-not-configured')!)).toBe('system');
  });
});

describe('local-mailer-not-configured: near misses it must not take', () => {
  it.each([
    // Other programs a shell or spawn could not find.
    ['sh: 1: convert: not found'],
    ['bash: git-lfs: command not found'],
    ['Error: spawn git ENOENT'],
    ["FileNotFoundError: [Errno 2] No such file or directory: '/usr/bin/ffmpeg'"],
    ['Could not execute: /usr/bin/convert'],
    // "Process could not be started" alone is any program's.
    ['Process could not be started'],
    // git, LDAP and IMAP lines.
    ["fatal: unable to access 'https://example.com/repo.git/': Could not resolve host: example.com"],
    ['ldap_bind: Invalid credentials (49)'],
    ['* OK [CAPABILITY IMAP4rev1] Dovecot ready.'],
    // A configuration word without msmtp's context.
    ['host not set'],
    // review15: a package or image named sendmail that a package manager could not find is no shell
    // failing to run the program (the shell puts the command after its own ": " or as a path).
    ['E: package sendmail: not found in the configured sources'],
    ['Error response from daemon: image sendmail: not found'],
  ])('%s', (paste) => {
    expect(classify(paste).entry?.id ?? 'none').not.toBe('local-mailer-not-configured');
  });

  it.each([
    // An SMTP login PHPMailer reports keeps its page: SMTP was reached.
    ['SMTP Error: Could not authenticate.', 'auth-phpmailer-could-not-authenticate'],
    // A refused connection to the SMTP server is below SMTP, but not this page.
    ['Error: connect ECONNREFUSED 127.0.0.1:25', 'conn-refused'],
  ])('%s', (paste, page) => {
    expect(classify(paste).entry?.id).toBe(page);
  });
});
