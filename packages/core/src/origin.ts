// Whose server wrote the reply in a paste. Words are not evidence (Postfix and Gmail both say "Must
// issue a STARTTLS command first"); host names, banners, Gmail's own suffixes and links are. A paste
// names the replier most reliably where it says so ("host X said:", "Remote-MTA:", a 220 banner),
// then by Gmail's `- gsmtp` suffix, then by another provider's host names and idioms.

/** Who replied, as far as the paste shows. */
export interface ReplyOrigin {
  /** `gmail`: Google's servers replied; `other`: another provider or server did; `null`: the paste does not say. */
  provider: 'gmail' | 'other' | null;
  /** Who replied, in words a person reads ("Outlook / Microsoft 365", "Amazon SES", "mx.example.net"), or `null`. */
  name: string | null;
  /** The text in the paste that shows it (a host name, `gsmtp`, a banner), or `null`. */
  evidence: string | null;
}

const GOOGLE_HOST = /(?:^|\.)(?:google\.com|googlemail\.com|gmail\.com|googleapis\.com|1e100\.net)\.?$/;

// Other providers by host name or idiom. Bare domain names are not enough: Gmail's own replies
// quote the sender's domain ("Unauthenticated email from yahoo.com …").
const PROVIDERS: readonly [RegExp, string][] = [
  [
    // Literal anchors only: a leading `[\w-]+` would rescan every run of word characters.
    /prod\.outlook\.com|protection\.outlook\.com|smtp\.office365\.com|outlook\.office365\.com|smtp-mail\.outlook\.com|smtpclientauthentication|aka\.ms\/smtp|microsoft esmtp|exchange online|office ?365|5\.7\.139|5\.7\.57\b/,
    'Outlook / Microsoft 365',
  ],
  [
    /\.yahoo(?:dns)?\.(?:com|net)\b|help\.yahoo\.com|yahooinc\.com|postmaster\.yahoo|verizonmedia|\[tss0\d\]|smtp\.mail\.yahoo|\baol\.com\b.*said|mx\.aol\.com/,
    'Yahoo',
  ],
  [
    /amazonses|amazon ses|email-smtp\.[\w-]+\.amazonaws\.com|simpleemailservice|\.amazonaws\.com/,
    'Amazon SES',
  ],
  [/sendgrid/, 'SendGrid'],
  [/mailgun/, 'Mailgun'],
  [/zoho(?:mail)?\.(?:com|eu|in)|\bzoho\b/, 'Zoho Mail'],
  [/icloud\.com|mail\.me\.com|apple\.com/, 'iCloud Mail'],
  [/postmarkapp|\bpostmark\b/, 'Postmark'],
  [/sparkpost/, 'SparkPost'],
  [/mandrillapp|\bmandrill\b|mailchimp/, 'Mailchimp Transactional (Mandrill)'],
  [/sendinblue|\bbrevo\b/, 'Brevo'],
  [/mailjet/, 'Mailjet'],
  [/mailchannels/, 'MailChannels'],
  [/mimecast/, 'Mimecast'],
  [/pphosted|proofpoint/, 'Proofpoint'],
  [/barracuda/, 'Barracuda'],
  [/secureserver\.net|godaddy/, 'GoDaddy'],
  [/improvmx/, 'ImprovMX'],
  [/mx\.cloudflare\.net|cloudflare email/, 'Cloudflare Email Routing'],
  [/yandex\.(?:ru|net|com)/, 'Yandex'],
  [/\bmail\.ru\b/, 'Mail.ru'],
  [/\bgmx\.(?:net|de|com)\b|\bweb\.de\b/, 'GMX / WEB.DE'],
  [/\bqq\.com\b|exmail\.qq|\b163\.com\b|\b126\.com\b|netease/, 'QQ / NetEase Mail'],
  [/protonmail|proton\.me/, 'Proton Mail'],
  [/fastmail/, 'Fastmail'],
  [/bluewin\.ch/, 'Swisscom (bluewin)'],
  [/mailpit|maildev|mailhog|mailtrap|ethereal\.email/, 'a local test mail server'],
  [/hmailserver/, 'hMailServer'],
  [/\bkerio\b/, 'Kerio Connect'],
  [/mailcow|rspamd/, 'mailcow'],
];

// A provider naming itself as the one that acts, the way Gmail's replies say "Gmail requires all
// senders to authenticate": Yahoo's copy of that sentence ("Yahoo requires all senders …", 5.7.9)
// is Yahoo's reply even with no host in the paste. The name must be followed by the verb, so a
// recipient domain ("to user@yahoo.com has been blocked") names no one.
const SELF_NAMED =
  /\b(yahoo|aol|outlook\.com|microsoft|hotmail|icloud|zoho|gmx|web\.de|yandex|mail\.ru|comcast)!? (?:requires|has detected|has blocked|does not accept|doesn't accept)\b/;
const SELF_NAMES: Record<string, string> = {
  yahoo: 'Yahoo',
  aol: 'Yahoo',
  'outlook.com': 'Outlook / Microsoft 365',
  microsoft: 'Outlook / Microsoft 365',
  hotmail: 'Outlook / Microsoft 365',
  icloud: 'iCloud Mail',
  zoho: 'Zoho Mail',
  gmx: 'GMX / WEB.DE',
  'web.de': 'GMX / WEB.DE',
  yandex: 'Yandex',
  'mail.ru': 'Mail.ru',
  comcast: 'Comcast',
};

// Replies that only other servers word this way (Postfix, Exim, qmail, Exchange, Dovecot). They name
// the replier even with no host in the paste.
const IDIOMS: readonly [RegExp, string][] = [
  [
    /relay access denied|recipient address rejected|sender address rejected|client host rejected|user unknown in (?:local|virtual)|error: authentication failed|error: need (?:rcpt|mail) command|message file too big|esmtp postfix/,
    'a Postfix server',
  ],
  [
    /incorrect authentication data|\bexim\b|has exceeded its 24-hour sending limit/,
    'an Exim / cPanel server',
  ],
  [/\(#[45]\.\d\.\d+\)|\bqmail\b/, 'a qmail server'],
  [
    /#[45]\.\d\.\d+\b|client was not authenticated|authentication unsuccessful|5\.7\.3 authentication/,
    'Microsoft Exchange',
  ],
  [/dovecot|lmtp/, 'a Dovecot server'],
  [/\bsendmail\b.*(?:said|reply)/, 'a Sendmail server'],
  [/authentication credentials invalid/, 'Amazon SES'],
  [/relaying disallowed/, 'Zoho Mail'],
  // Gmail says "Mail relay denied"; "Relaying denied" and "Unable to relay" are Sendmail's and Exchange's.
  [/relaying denied|unable to relay/, 'another mail server'],
  [/bad username \/ password/, 'SendGrid'],
];

// Where a paste names the server that replied. Each captures a host name.
const REPLIER: readonly RegExp[] = [
  /host ([\w.-]+\.[a-z]{2,})\.?\s*\[[\d.:a-f]+\] said:/,
  /remote-mta: dns; ?([\w.-]+\.[a-z]{2,})/,
  /smtp error from remote mail server after [^:]*:\s*host ([\w.-]+\.[a-z]{2,})/,
  /at remote mailserver ([\w.-]+\.[a-z]{2,})/,
  /remote-host: ([\w.-]+\.[a-z]{2,})/,
  /for the recipient domain [\w.-]+ by ([\w.-]+\.[a-z]{2,})/,
  /< ([\w.-]+\.[a-z]{2,})\[[\d.:a-fA-F]+\]:\d+: [45]\d\d/,
  /(?:^|\n|-> |s: |<< ?|<- )[ \t]*220[ -]([\w.-]+\.[a-z]{2,}) (?:esmtp|microsoft|smtp)/,
  /connecting to ([\w.-]+\.[a-z]{2,}):\d+/,
  /failed to authenticate with ([\w.-]+\.[a-z]{2,}):\d+/,
];

// Exim's own words around the remote server's reply ("SMTP error from remote mail server after
// RCPT TO:<…>:"): the reply is the remote's, so they name Exim only when nothing names that remote
// (a host, `gsmtp`, a Gmail address or host in the paste: Gmail's MX answers for @gmail.com).
const EXIM_REPORTED = /smtp error from remote mail server/;

const SES_REPORTER = /"reportingmta"\s*:\s*"[^"\n]{0,200}"|[\w.-]{1,100}@email\.amazonses\.com/g;

const GMAIL_REPLY = /\bgsmtp\b|support\.google\.com\/(?:mail|a|accounts)|\?p=[a-z]+\b.*gsmtp/;
// Gmail ends its replies with "Learn more at" / "For more information, go to" and a help link.
const GMAIL_WEAK =
  /learn more at|for more information, go to|smtp\.gmail\.com|smtp-relay\.gmail\.com|gmail-smtp-in|aspmx\.l\.google|mx\.google\.com|googlemail\.com|oauth2\.googleapis\.com|accounts\.google\.com|googleapis\.com|google\.auth|\bgaxios\b|\bgmail\b|\bgoogle\b/;

// Gmail never ends these replies where its words end: it always goes on with "Learn more at" or
// "For more information, go to" and a help link ("530-5.5.1 Authentication Required. Learn more
// at\n530 5.5.1 https://support.google.com/mail/?p=WantAuthError … - gsmtp"). A client error that
// quotes the whole reply and is followed at once by its own stack trace (nodemailer, JavaMail, .NET)
// shows the reply ended there, so another server sent it (Zoho says "530 5.5.1 Authentication
// Required." and nothing more), also when a double-spaced copy put a blank line before the trace.
// A paste that merely stops there (a title, a first line) says nothing. Gmail's "504 5.7.4
// Unrecognized Authentication Type." goes on too, with its session id and "- gsmtp"; Microsoft's
// same words end the reply. Ruby prints its trace as "<file>.rb:<line>:in `<method>'" lines
// (net-smtp's check_auth_response), with "from " before them in an uncaught exception's report. A
// frame's line is read however a copy spaced it: its indent undone (a code block taken back out of
// Markdown), a double-spaced copy's blank lines before it, or on the reply's own line where a web
// page's source folded the line break into a space.
const ENDS_WHERE_GMAIL_GOES_ON =
  /\b5\d\d[ -]5\.\d\.\d{1,3} (?:authentication required|username and password not accepted|unrecognized authentication type)\.?(?:[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*|[ \t]+)(?:at [\w$.<>]+ ?\(|(?:from )?[\w./-]{1,200}\.rb:\d{1,6}:in\b)/;

function named(host: string): ReplyOrigin {
  if (GOOGLE_HOST.test(host)) return { provider: 'gmail', name: 'Gmail', evidence: host };
  for (const [re, name] of PROVIDERS) if (re.test(host)) return { provider: 'other', name, evidence: host };
  return { provider: 'other', name: host, evidence: host };
}

/**
 * Whose server replied, from the evidence in the (lower-cased) paste: the replier's host where the
 * paste names it, Gmail's `gsmtp` suffix and help links, another provider's hosts and idioms, and
 * last the weak hints (`smtp.gmail.com` in the settings, the word Gmail).
 */
export function originOf(pasted: string): ReplyOrigin {
  // An Amazon SES notification names SES where it reports ("reportingMTA":"dsn; …amazonses.com",
  // message ids at email.amazonses.com); the reply in its "diagnosticCode" is the remote server's,
  // so SES there is the reporter, not evidence of who replied.
  const lower = pasted.includes('"diagnosticcode"') ? pasted.replace(SES_REPORTER, '') : pasted;
  for (const re of REPLIER) {
    const m = re.exec(lower);
    if (m) return named(m[1]!);
  }
  const gsmtp = GMAIL_REPLY.exec(lower);
  if (gsmtp) return { provider: 'gmail', name: 'Gmail', evidence: gsmtp[0] };
  const self = SELF_NAMED.exec(lower);
  if (self) return { provider: 'other', name: SELF_NAMES[self[1]!] ?? self[1]!, evidence: self[0] };
  for (const [re, name] of PROVIDERS) {
    const m = re.exec(lower);
    if (m) return { provider: 'other', name, evidence: m[0] };
  }
  for (const [re, name] of IDIOMS) {
    const m = re.exec(lower);
    if (m) return { provider: 'other', name, evidence: m[0] };
  }
  const ended = ENDS_WHERE_GMAIL_GOES_ON.exec(lower);
  if (ended)
    return { provider: 'other', name: 'another mail server', evidence: ended[0].split('\n')[0]!.trim() };
  const weak = GMAIL_WEAK.exec(lower);
  if (weak) return { provider: 'gmail', name: 'Gmail', evidence: weak[0] };
  const reported = EXIM_REPORTED.exec(lower);
  if (reported) return { provider: 'other', name: 'an Exim / cPanel server', evidence: reported[0] };
  return { provider: null, name: null, evidence: null };
}
