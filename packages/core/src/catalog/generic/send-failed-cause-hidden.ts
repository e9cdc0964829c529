import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'send-failed-cause-hidden',
  provider: 'generic',
  replyCode: null,
  enhancedCode: null,
  providerText: 'Sending the email to the following server failed : host:port',
  fromGoogleList: false,
  title: 'Sending failed, and the library kept the reason in the exception it wraps',
  severity: 'high',
  summary:
    'Apache Commons Email (and Flowable, which copies its sentence) says "Sending the email to the following server failed : host:port" whenever the send fails for any reason: the connection, TLS, the login, or a refused sender, recipient or message. The reason is in the wrapped exception (the "Caused by:" lines of the stack trace), which many logs and apps leave out. Log the whole exception or turn on setDebug(true), then follow the page the cause names.',
  whatYouSee: [
    'org.apache.commons.mail.EmailException: Sending the email to the following server failed : smtp.gmail.com:465',
    '[EmailException]: Sending the email to the following server failed : smtp.gmail.com:587',
    'org.flowable.mail.common.impl.FlowableMailException: Sending the email to the following server failed : smtp.gmail.com:587',
    'Failed to send a mail: Sending the email to the following server failed : mail.example.org:25',
  ],
  whatsHappening:
    'Commons Email\'s `Email.send()` builds the message and calls `sendMimeMessage()`, which hands it to JavaMail\'s `Transport.send()` and catches every failure (`catch (Throwable t)`), throwing a new `EmailException` with this one sentence, the host and the port, and the original exception as its cause. It has been the same since version 1.0. So the sentence only says that the send to that host and port did not work. It does not say at which step: opening the socket, the TLS handshake (SSL on connect, or STARTTLS), AUTH, or the MAIL FROM, RCPT TO or DATA reply. The cause is kept: a stack trace printed in full shows it under "Caused by:" (for example `javax.mail.AuthenticationFailedException: 535-5.7.8 Username and Password not accepted`, or `java.net.ConnectException: Connection timed out`). But an app that logs only `getMessage()` (Minecraft plugins, alerting tools and R\'s mailR print just this line) drops it. Flowable\'s JavaMail client throws the same sentence with the cause attached. Other libraries hide the cause in the same way: Spring 6 dropped the "; nested exception is …" tail from its exception messages, so `MailAuthenticationException` now reads only "Authentication failed". Symfony Mailer keeps the SMTP conversation in the exception\'s `getDebug()`, not in its message. In every case the fix is to read the wrapped exception.',
  causes: [
    'Connect: the host or network blocks outbound SMTP, often port 25 (smtp.gmail.com:25 from a cloud or hosting server); the cause reads "Connection timed out" or "Connection refused"',
    'TLS: the mode does not match the port. setSSLOnConnect(true) with port 587, or 465 without it, gives "Unrecognized SSL message" or a handshake error. Plain 587 without setStartTLSEnabled(true) gets Gmail\'s 530-5.7.0 "Must issue a STARTTLS command first". An old Java that does not trust Google\'s certificate, or cannot offer the TLS version Google wants, fails with a PKIX or handshake error',
    'AUTH: Gmail refuses the login: 535-5.7.8 "Username and Password not accepted" (wrong password, or the account password where an app password is needed), or 534-5.7.9 "Application-specific password required" (2-Step Verification on)',
    'MAIL / RCPT / DATA: Gmail or another server refuses the sender, a recipient or the message itself; the cause is an SMTPSendFailedException or SMTPAddressFailedException carrying that reply',
    'The port named in the sentence is not the one you meant: with setSSLOnConnect(true) Commons Email uses setSslSmtpPort (465 by default) and ignores setSmtpPort',
  ],
  fixes: [
    {
      title: 'Log the whole exception, not its message',
      detail:
        'Pass the exception itself to the logger (`log.error("send failed", e)`) or call `e.printStackTrace()`, and read the lines starting with "Caused by:". In code, walk `e.getCause()` until it is null, or use Commons Lang\'s `ExceptionUtils.getRootCauseMessage(e)`. Paste the last "Caused by:" line into smtpfix: it names a specific page (a refused or timed-out connection, a TLS error, 535-5.7.8, 534-5.7.9, a refused recipient).',
    },
    {
      title: "Turn on JavaMail's session debug output",
      detail:
        'Call `email.setDebug(true)` before `send()`. Commons Email passes it to the JavaMail session as mail.debug, and the whole SMTP conversation is printed to System.out. The last server line before the failure (a 5xx or 4xx reply, or the point where the output stops) is the cause. Paste the server reply line only: the AUTH lines of the log can carry your login, base64-encoded.',
    },
    {
      title: 'In Spring, Flowable and Symfony, read the wrapped exception too',
      detail:
        "Spring: log the MailException with its stack trace; a MailSendException lists each message's own exception after \"Failed messages:\" (`getFailedMessages()`). Flowable: the FlowableMailException's cause is JavaMail's exception. Symfony Mailer: log `$e->getDebug()` of the TransportException, which holds the SMTP conversation.",
    },
    {
      title: 'For Gmail, check the usual causes step by step',
      detail:
        'Port and TLS mode: smtp.gmail.com with setSSLOnConnect(true) and setSslSmtpPort("465"), or setStartTLSEnabled(true) with port 587. Never port 25 from a server: many hosts block it. Login: turn on 2-Step Verification and use a 16-character app password (myaccount.google.com/apppasswords), or OAuth2. Google no longer accepts the account password for SMTP, and the old "Less secure apps" switch is gone. Java: use a supported JDK so that its trust store and TLS versions are current.',
    },
  ],
  prevention:
    "Wherever mail is sent, log the exception with its cause chain (not only getMessage()), so the next failure arrives with the server's reply or the network error that explains it.",
  related: [
    'conn-failed-no-reason',
    'auth-phpmailer-could-not-authenticate',
    '535-5.7.8-bad-credentials',
    '534-5.7.9-app-password-required',
    '530-5.7.0-starttls-first',
    'tls-wrong-version-number',
    'conn-timeout',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'The cause behind the sentence (a blocked port, a TLS mismatch, refused credentials) fails the same way on every retry; read the wrapped exception first.',
  },
  stage: 'any',
  signature: {
    phrases: [],
  },
  sources: [
    'https://github.com/apache/commons-email/blob/master/commons-email2-javax/src/main/java/org/apache/commons/mail2/javax/Email.java',
    'https://github.com/apache/commons-email/blob/master/commons-email2-core/src/main/java/org/apache/commons/mail2/core/EmailException.java',
    'https://commons.apache.org/proper/commons-email/userguide.html',
    'https://github.com/flowable/flowable-engine/blob/main/modules/flowable-mail/src/main/java/org/flowable/mail/common/impl/jakarta/mail/JakartaMailFlowableMailClient.java',
    'https://github.com/spring-projects/spring-framework/blob/main/spring-context-support/src/main/java/org/springframework/mail/javamail/JavaMailSenderImpl.java',
    'https://github.com/spring-projects/spring-framework/issues/25162',
    'https://github.com/symfony/symfony-docs/pull/12341',
    'https://github.com/AuthMe/AuthMeReloaded/issues/2060',
    'https://github.com/AuthMe/AuthMeReloaded/issues/921',
    'https://github.com/rpremraj/mailR/issues/8',
    'https://github.com/4clojure/4clojure/issues/88',
    'https://support.google.com/mail/answer/7126229',
    'https://support.google.com/accounts/answer/185833',
  ],
  checked: '2026-12-05',
};
