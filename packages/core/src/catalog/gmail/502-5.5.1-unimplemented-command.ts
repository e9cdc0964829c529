import type { CatalogEntry } from '../../types.js';

export const page: CatalogEntry = {
  id: '502-5.5.1-unimplemented-command',
  provider: 'gmail',
  replyCode: 502,
  enhancedCode: '5.5.1',
  providerText: 'Unimplemented command.',
  fromGoogleList: true,
  googleListRows: ['Unimplemented command. For more information, go to About SMTP error messages.'],
  title: 'Unimplemented command',
  severity: 'low',
  summary:
    'Your client sent a command Gmail knows but does not support. Nothing is wrong with your account; stop sending that command (or the extension it belongs to) to Gmail.',
  whatYouSee: [
    '502 5.5.1 Unimplemented command. d2e1a72fcca58-4a0 - gsmtp',
    "smtplib.SMTPResponseException: (502, b'5.5.1 Unimplemented command. d2e1a72fcca58-4a0 - gsmtp')",
  ],
  whatsHappening:
    'Unlike "Unrecognized command", this reply means the verb is valid SMTP but Gmail has chosen not to implement it. Gmail supports the commands needed to submit and relay mail (EHLO/HELO, STARTTLS, AUTH, MAIL, RCPT, DATA, RSET, NOOP, QUIT and the extensions it lists in its EHLO reply), and answers 502 to old or optional commands outside that set, such as the queue and turn commands (ETRN, TURN) or the obsolete SEND/SOML/SAML. The session stays open; only that command failed. It usually comes from monitoring tools, address verifiers or legacy clients probing features.',
  causes: [
    'A client or script sends an optional command (e.g. ETRN, TURN, SEND, SOML, SAML) that Gmail does not implement',
    'A tool uses an SMTP extension Gmail did not advertise in its EHLO reply',
    'A legacy mail client or appliance assumes server features from an older on-premise mail server',
    'A mail-testing or address-verification tool probing server capabilities',
  ],
  fixes: [
    {
      title: 'Use only what the EHLO reply advertises',
      detail:
        'Look at the 250 lines after EHLO (e.g. `250-SIZE`, `250-8BITMIME`, `250-STARTTLS`, `250-AUTH ...`, `250 SMTPUTF8`). Only use extensions listed there; remove or disable any other command in your client.',
    },
    {
      title: 'Find which command failed',
      detail:
        'Enable protocol logging and check the line just before the 502. If it is a probe your tool sends by default, switch that feature off for Gmail.',
    },
    {
      title: 'Treat it as non-fatal',
      detail:
        'If your code sends the command optionally, handle 502 by skipping the feature and continuing the session instead of aborting the send.',
    },
  ],
  prevention:
    'Parse the EHLO capabilities and gate optional commands on them; do not assume features from other mail servers.',
  related: [
    '502-5.5.1-unrecognized-command',
    '502-5.5.1-too-many-unrecognized-commands',
    '504-5.7.4-unrecognized-auth-type',
  ],
  retry: {
    kind: 'fix-then-retry',
    note: 'Gmail will never implement the command; remove it from the session. Mail itself can be sent once the client stops relying on it.',
  },
  stage: 'any',
  signature: {
    phrases: ['unimplemented command'],
  },
  sources: ['https://support.google.com/a/answer/3726730'],
  checked: '2026-11-23',
};
