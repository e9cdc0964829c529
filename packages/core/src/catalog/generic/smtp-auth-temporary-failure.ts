import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: 'smtp-auth-temporary-failure',
  provider: 'generic',
  replyCode: 454,
  enhancedCode: '4.7.0',
  providerText:
    'Temporary authentication failure / Temporary authentication failure: Connection lost to authentication server',
  fromGoogleList: false,
  title: 'Temporary authentication failure: the server could not check the login',
  severity: 'medium',
  summary:
    'The mail server could not check the login your client sent with AUTH, because the service that checks passwords behind it failed or did not answer in time (454 4.7.0). It says nothing about whether the password is right. Do not change the password or ask the user for a new one: wait and try again, and if you run the server, look at its authentication service (Dovecot, saslauthd, or the LDAP or SQL server behind them).',
  whatYouSee: [
    '454 4.7.0 Temporary authentication failure',
    '454 4.7.0 Temporary authentication failure: Connection lost to authentication server',
    "454 4.7.0 Temporary authentication failure: Can't connect to authentication server",
    '454 4.7.0 Temporary authentication failure: generic failure',
    '454 4.7.0 Temporary authentication failure: (reason unavailable)',
    '454 4.7.0 Temporary authentication failure. [mail.example.org:2026-12-05 10:00:00]',
    'Error: Invalid login: 454 4.7.0 Temporary authentication failure: Connection lost to authentication server',
    '535 5.7.8 Error: authentication failed: Connection lost to authentication server',
  ],
  whatsHappening:
    'RFC 4954 (section 6) gives AUTH two failure replies: 535 5.7.8 when the credentials are invalid, and 454 4.7.0 "Temporary authentication failure" when the authentication failed because of a temporary server failure. For 454 it says the client should not prompt the user for another password but tell the user the server failed. Many servers hand the check to a separate service. Postfix hands the login to Dovecot or to Cyrus SASL, and since Postfix 3.1 it answers "454 4.7.0 Temporary authentication failure:" followed by the reason when that backend breaks instead of answering (older versions answered 535 5.7.8 "Error: authentication failed:" for these too). With Dovecot the reason is "Connection lost to authentication server" when Dovecot closes the connection or does not answer within the 10 seconds Postfix waits, and "Can\'t connect to authentication server" when Postfix cannot send the request even after reconnecting. With Cyrus SASL it is the library\'s error text: "generic failure" when, for example, saslauthd is not running or its socket cannot be opened ("cannot connect to saslauthd server" in Postfix\'s log). Dovecot\'s own submission service answers "454 4.7.0 Temporary authentication failure." with its host name and the time in brackets; Exim answers "435 Unable to authenticate at present" when an authenticator defers. Gmail\'s 454 4.7.0 replies ("Cannot authenticate due to a temporary system problem", "Too many login attempts") have their own pages.',
  causes: [
    'The authentication service is down or restarting: Dovecot stopped or reloading, or saslauthd not running (Cyrus SASL then fails with "generic failure" and Postfix logs "cannot connect to saslauthd server")',
    'The mail server cannot reach the authentication socket: a wrong smtpd_sasl_path, or socket permissions that keep the postfix user out (Postfix logs "SASL: Connect to Dovecot auth socket … failed" and the system error) (Dovecot\'s listener at /var/spool/postfix/private/auth is meant to be mode 0660, user and group postfix; saslauthd\'s directory /var/run/saslauthd needs read and execute access, on some systems membership of the sasl group)',
    'The password database behind the service is slow or unreachable: an LDAP or SQL server that is down, or so slow that the answer takes longer than the 10 seconds Postfix waits for Dovecot',
    "Dovecot's auth worker processes are all busy: lookups in LDAP (blocking = yes), SQL, PAM or shadow run in auth-worker processes, 30 at most by default, and further requests wait in line behind a slow backend",
    'Dovecot\'s authentication penalty: after failed logins from one IP address it delays the next replies (2, 4, 8, then 15 seconds, longer than the 10 seconds Postfix waits), so even correct logins from that address get "Connection lost to authentication server" (test suites that try wrong passwords, CI runners, a proxy or webmail that makes every client come from one address)',
    'A burst of simultaneous logins (CI jobs, many workers connecting at once) that the authentication service cannot take up in time',
  ],
  fixes: [
    {
      title: 'Retry later, and do not treat it as a wrong password',
      detail:
        'Keep the message queued and try the login again after 30 seconds or more, doubling the wait. Do not ask the user for a new password, rotate the stored one or disable the account: the server never checked it. Code that turns every AUTH error into "invalid credentials" should look at the reply code: 454 is temporary, 535 is the credentials (nodemailer\'s `err.responseCode`, Python\'s `SMTPAuthenticationError.smtp_code`).',
    },
    {
      title: 'If you run the server: find why the authentication service failed',
      detail:
        'Postfix logs the reason after "SASL LOGIN authentication failed:" (or PLAIN), the same text the client got. Check the service itself: Dovecot\'s log and `doveadm auth test <user>`, or `testsaslauthd -u <user> -p <password>` for saslauthd (add `-f /path/to/mux` if its socket is not in the default place). Start or restart the service that is down.',
    },
    {
      title: 'Check the socket path and its permissions',
      detail:
        "With Dovecot, `smtpd_sasl_path = private/auth` in main.cf and, in Dovecot, `service auth { unix_listener /var/spool/postfix/private/auth { mode = 0660, user = postfix, group = postfix } }`, as Postfix's SASL_README shows. With saslauthd, give the postfix user access to the socket directory (on some systems by adding it to the sasl group), then reload Postfix.",
    },
    {
      title: 'Make the password database answer in time',
      detail:
        'Check the LDAP or SQL server behind the service (reachable, not overloaded, slow queries). In Dovecot, raise the number of auth worker processes if they are all busy (`service auth-worker { process_limit }`, `auth_worker_max_count` before Dovecot 2.4) and use `blocking = yes` for LDAP so lookups run in parallel instead of over one connection.',
    },
    {
      title: 'Stop one address from being held back for everyone behind it',
      detail:
        'Fix or stop the client that keeps sending a wrong password. If a trusted webmail, proxy or CI runner sends every login from one address, list it in Dovecot\'s `login_trusted_networks`, which skips the authentication penalty, or turn the penalty off (`service anvil { unix_listener anvil-auth-penalty { mode = 0 } }`). fail2ban\'s Postfix filter ignores the "Connection lost to authentication server" lines, but it counts "authentication failed: generic failure", so clients that retried while saslauthd was down may be banned: unban them with `fail2ban-client set <jail> unbanip <address>`.',
    },
  ],
  prevention:
    'Monitor the authentication service and the database behind it like the mail server itself, keep logins of trusted shared addresses out of the failure penalty, and make clients retry a 454 later instead of reporting a wrong password.',
  related: [
    'smtp-auth-failed',
    '454-4.7.0-cannot-authenticate',
    '454-4.7.0-too-many-login-attempts',
    'smtp-auth-required',
  ],
  retry: {
    kind: 'backoff',
    initialDelayMs: 30_000,
    maxDelayMs: 900_000,
    note: 'The login was not checked; the same credentials are accepted once the authentication service answers again. Back off and try again without asking for a new password.',
  },
  stage: 'AUTH',
  signature: {
    // RFC 4954's wording (section 6), which Postfix (smtpd_sasl_glue.c) and Dovecot's submission
    // service send as is, and Postfix's reason when Dovecot stops answering (xsasl_dovecot_server.c).
    phrases: ['temporary authentication failure', 'connection lost to authentication server'],
    // 454, and 535: Postfix before 3.1 sent the same reasons under 535 5.7.8 ("Error: authentication
    // failed: Connection lost to authentication server", smtpd_sasl_glue.c), and the reason names
    // the cause, the authentication service that did not answer, as it does under 454: the words
    // win over the code (smtp-auth-failed's notWith leaves it to this page).
    replyCodes: [454, 535],
    notWith: [
      // Dovecot's IMAP and POP3 logins (RFC 5530's [UNAVAILABLE], RFC 3206's [SYS/TEMP]) say the
      // same words about a mailbox login, not about sending mail.
      '[unavailable]',
      '[sys/temp]',
    ],
    // No `byReplyCode`: 454 is also "TLS not available due to local problem", Postfix's temporary
    // relay and recipient refusals, and Gmail's own 454 4.7.0 pages; a bare "454 4.7.0" keeps the
    // answer it had (the RFC 3463 4.7.0 page).
  },
  sources: [
    'https://www.rfc-editor.org/rfc/rfc4954#section-6',
    'https://www.postfix.org/SASL_README.html',
    'https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_sasl_glue.c',
    'https://github.com/vdukhovni/postfix/blob/master/postfix/src/xsasl/xsasl_dovecot_server.c',
    'https://github.com/vdukhovni/postfix/blob/master/postfix/src/xsasl/xsasl_cyrus_server.c',
    'https://github.com/vdukhovni/postfix/blob/master/postfix/HISTORY',
    'https://github.com/cyrusimap/cyrus-sasl/blob/master/lib/checkpw.c',
    'https://github.com/dovecot/core/blob/main/src/submission-login/client-authenticate.c',
    'https://github.com/dovecot/core/blob/main/src/auth/auth-settings.c',
    'https://github.com/dovecot/core/blob/main/NEWS',
    'https://github.com/dovecot/core/blob/main/src/doveadm/doveadm-auth.c',
    'https://doc.dovecot.org/configuration_manual/authentication/auth_penalty/',
    'https://doc.dovecot.org/configuration_manual/authentication/ldap_backend_configuration/',
    'https://doc.dovecot.org/configuration_manual/service_configuration/',
    'https://github.com/Exim/exim/blob/master/src/src/smtp_in.c',
    'https://github.com/fail2ban/fail2ban/blob/master/config/filter.d/postfix.conf',
    'https://github.com/docker-mailserver/docker-mailserver/issues/3891',
    'https://github.com/docker-mailserver/docker-mailserver/issues/3227',
    'https://github.com/chatmail/relay/issues/441',
    'https://github.com/chatmail/relay/issues/273',
  ],
  checked: '2026-12-05',
};
