import type { BounceReason } from './reason.js';

/**
 * One documented refusal of a provider or MTA: the stable marker it sends, the reason it stands
 * for (by the definitions in `reason.ts` and the labelling guide's tie-breaks), and where the
 * wording is documented.
 */
export interface ProviderReply {
  /** Whose wording it is ("Exchange Online", "Postfix", …). */
  readonly who: string;
  /** The marker, matched on the reply unfolded to single spaces. Linear: no nested quantifiers. */
  readonly re: RegExp;
  /** The reason the reply stands for. */
  readonly reason: BounceReason;
  /** A reply in the documented wording (addresses and IPs are documentation ones); the tests read it. */
  readonly example: string;
  /** Where the wording and its meaning are documented: a vendor page or an MTA source file. */
  readonly source: string;
}

const MS_NDR =
  'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online';
const MS_ONPREM =
  'https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages';
const OUTLOOK_PM = 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx';
const YAHOO = 'https://senders.yahooinc.com/smtp-error-codes';
const APPLE = 'https://support.apple.com/en-us/102322 (iCloud Mail postmaster; formerly HT204137)';
const COMCAST = 'http://postmaster.comcast.net/mail-error-codes.html';
const GODADDY = 'https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685';
const QQ = 'https://service.mail.qq.com/ (Tencent mail help: SMTP error codes)';
const COX = 'https://www.cox.com/residential/support/email-error-codes.html';
const MIMECAST = 'https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754';
const ORANGE = "Orange/La Poste replies' OFR/LPN codes (as tabled in Sisimai lib/Sisimai/Rhost/FrancePTT.pm)";
const ZOHO = 'https://www.zoho.com/mail/help/ and zoho/zohodesk-oas v1.0/EmailFailureAlert.json';
const SES = 'https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html';
const SES_SMTP = 'https://docs.aws.amazon.com/ses/latest/dg/smtp-response-codes.html';
const POSTFIX_SMTPD = 'Postfix src/smtpd/smtpd_check.c';
const POSTFIX_SMTP = 'Postfix src/smtp/smtp_connect.c, smtp_proto.c, smtp_trouble.c';
const EXIM = 'Exim src/src/deliver.c, transports/smtp.c, transports/appendfile.c, verify.c';
// Eleventh pass: the classic MTAs' own refusal and failure texts, read in their source.
const EXIM_SELF = 'Exim src/src/routers/rf_self_action.c';
const EXIM_SMTP_IN = 'Exim src/src/smtp_in.c';
const EXIM_APPENDFILE = 'Exim src/src/transports/appendfile.c';
const QMAIL_LOCAL = 'qmail-1.03 / notqmail qmail-local.c, qmail-lspawn.c, qmail-rspawn.c, qmail-smtpd.c';
const SENDMAIL_ERR = 'sendmail 8 sendmail/err.c, deliver.c, envelope.c, mci.c, recipient.c, udb.c';
const SENDMAIL_CF =
  'sendmail 8 cf/m4/proto.m4 (check_relay: "Relaying denied. IP name possibly forged / lookup failed")';
const POSTFIX_DNS = 'Postfix src/dns/dns_lookup.c, src/smtp/smtp_proto.c, src/qmgr/qmgr_message.c';
const QMAIL_R = 'qmail-1.03 qmail-remote.c';
const QMAIL_S = 'qmail-1.03 qmail-smtpd.c';
const SENDMAIL = 'sendmail 8 sendmail/deliver.c, parseaddr.c, srvrsmtp.c';
const DOVECOT = 'Dovecot core src/lib-storage/mail-error.h, src/lmtp/lmtp-local.c, src/lmtp/lmtp-proxy.c';
const OPENSMTPD = 'OpenSMTPD usr.sbin/smtpd/mta.c, mda.c';
const HARAKA = 'Haraka connection.js (default replies of the connect, mail and rcpt hooks)';
const MADDY = 'maddy internal/ (Go), its SMTP replies';
const CHASQUID = 'chasquid internal/smtpsrv/conn.go';
const COURIER = 'Courier MTA courier/submit.C, courier/module.esmtp/courieresmtp.C';
const POSTFIX_LOCAL = 'Postfix src/local/*.c, src/global/sys_exits.c, src/pipe/pipe.c';
const COREMAIL =
  'https://www.icoremail.vip/support/ (Coremail bounce tips: "Invalid IP", "Fake sender", "IP is rejected", "User in blacklist")';
const BARUWA = 'Baruwa reject texts as its operators document them (https://bastion.umanix.net/info)';
// Seventh pass: sending services' documented bounce / drop reasons and gateways' and ISPs' own
// reply texts, each meaning as the page gives it and each reason by the labelling guide.
const SPARKPOST =
  'https://support.sparkpost.com/docs/deliverability/bounce-classification-codes; https://support.sparkpost.com/docs/faq/understanding-delays-bounces';
const SENDGRID_DROPS = 'https://docs.sendgrid.com/glossary/drops (reasons for dropped emails)';
const ELASTIC =
  'https://help.elasticemail.com/en/articles/2300650-what-are-the-bounce-error-categories-and-filters; http://elasticemail.com/email-delivery-error-categories';
const MAILCHANNELS =
  'https://docs.mailchannels.com/inbound/smtp-errors; https://docs.mailchannels.com/outbound/smtp-errors; https://docs.mailchannels.com/email-api/sending-policies';
const SOPHOS =
  'https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html (Sophos Email XGEMAIL codes)';
const ATT_BLS =
  'http://worldnet.att.net/general-info/bls_info/block_enduser.html; http://www.att.net/general-info/mail_info/block_enduser.html (AT&T/BellSouth mailblock error summary)';
const SPECTRUM =
  'http://www.spectrum.net/support/internet/charter-postmaster-services/ (Charter/Spectrum postmaster)';
const YANDEX_BOUNCES =
  'https://www.yandex.com/support/mail/bounces/yandex.html; https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html';
const SFMC =
  'https://help.salesforce.com/apex/HTViewSolution?id=000229837 (Bounce reasons and descriptions for Marketing Cloud sends)';
const CONSTANT_CONTACT = 'http://support2.constantcontact.com/articles/FAQ/1766 (bounce categories)';
// Mailing-list managers' own refusals of a post (lex9), read in their source and templates.
const MAILMAN2 =
  'GNU Mailman 2.1 Mailman/Handlers/Hold.py, Moderate.py, SpamDetect.py, Emergency.py; templates/en/refuse.txt';
const MAILMAN3 =
  'GNU Mailman 3 src/mailman/rules/*.py (banned_address, dmarc, emergency, loop, max_recipients, no_senders, no_subject), chains/headers.py, runners/lmtp.py';
const MAJORDOMO2 =
  'Majordomo 2 files/en/error/* (denied_post, body_part_deny, post_block, over_message_limit, unknown_list), lib/Mj/Resend.pm';
const EZMLM = 'ezmlm-idx lang/en_US/messages (ERR_*, TXT_REJECT_POSTS), ezmlm-reject.c, ezmlm-send.c';
// Filters, policy daemons and hosting panels' MTA configs (lex10), read in their source and shipped configs.
const SPAMDYKE = 'spamdyke 5 spamdyke/spamdyke.h (ERROR_* reject texts and their REJECT_SEVERITY_*)';
const IREDAPD = 'iRedAPD libs/__init__.py (SMTP_ACTIONS), libs/default_settings.py (CHANGE_PASSWORD_MESSAGE)';
const CPANEL_EXIM =
  'cPanel etc/exim/acls/ (ACL_CONNECT_BLOCK/ratelimit, ACL_IDENTIFY_SENDER_BLOCK, ACL_POST_RECP_VERIFY_BLOCK/dictionary_attack, ACL_RBL_BLOCK/primary_hostname_bl), etc/exim/perl/mail_permissions';
const MAILU = 'Mailu core/rspamd/conf/force_actions.conf (ANTIVIRUS_FAILED soft reject)';
// Filters, policy daemons and hosting panels lex10 did not reach (lex13), read in their source and shipped configs.
const AMAVIS =
  "amavisd-new 2.11 amavisd (%smtp_reason_by_ccat: 'id=%n - BANNED: %F', 'id=%n - BAD HEADER: …', CC_MTA texts), as quoted in Sisimai's Lhost/Amavis.pm rule list";
const DIRECTADMIN =
  'DirectAdmin exim.conf / exim.strings.conf (RELAY_NOT_PERMITTED_AUTH, BLOCKED_DUE_TO_SPAM_HOST/_IP, RBL_BLOCKED_BY_LIST, CLAM_MALFORMED_MIME, CLAM_BAD_ATTACHMENT), as shipped in portsbuild/portsbuild exim/';
const CHKUSER =
  'chkuser 2.0 chkuser_settings.h (CHKUSER_*_STRING: RESOURCE, MAXRCPT, MAXWRONGRCPT/INTRUSIONTHRESHOLD, DOMAINMISSING, RCPTFORMAT, SENDERFORMAT, RCPTMX, SENDERMX)';
const HARAKA_PLUGINS =
  'haraka-plugin-karma index.js (deny message "very bad karma score: {score}"), haraka-plugin-fcrdns index.js (reject.no_fcrdns)';
// Commercial and less common servers (lex12): their own failure texts, read in their source or in
// another parser's rule list read as code.
const CYRUS_LMTP = 'Cyrus IMAP imap/lmtpengine.c (send_lmtp_error(), savemsg())';
const EXCHANGE_LISTS =
  'Sisimai lib/Sisimai/Lhost/Exchange2007.pm (NDR subjects: RESOLVER.ADR.*, SMTPSEND.DNS.*) and Exchange2003.pm (IMS codes), rule lists read as code';
const KOPANO_DAGENT = 'Kopano (Zarafa) kopano-core spooler/DAgent.cpp (LMTP replies)';
const CITADEL = 'Citadel citadel/modules/smtp/serv_smtp.c (SMTP replies)';
const JAMES =
  'Apache James server/protocols/protocols-smtp (DNSRBLHandler), server/mailet/mailets (remote delivery MailDelivrer, MailboxAppenderImpl)';
const MESSAGING_SERVER =
  'Sisimai lib/Sisimai/Lhost/MessagingServer.pm (Oracle Communications / Sun Java System Messaging Server, rule list read as code)';

/**
 * Documented replies of providers and MTAs, first match wins: put a marker that names a cause
 * (a connection failure, a block list) before one a wrapper could carry around any cause. Replies
 * that only say the sender's queue gave up ("retry timeout exceeded", "in the queue too long",
 * `4.4.7`) are left out on purpose: the guide lets the cause a notice also reports win, and the
 * general words in `reason.ts` read those last.
 */
export const providerReplies: readonly ProviderReply[] = [
  // ---- Block-list services ---------------------------------------------------------------------
  {
    who: 'Spamhaus (via any MTA)',
    // Spamhaus answers 127.255.255.254 with the TXT "Error: open resolver" when the receiver
    // queries its public mirrors through a public or open resolver: the lookup failed on the
    // receiver's side, no listing of the sender (the guide, §4: the receiver's own resolver ->
    // system). Read before "blocked using zen.spamhaus.org" around it says block list.
    re: /\bError: open resolver\b|\bspamhaus\.org\/returnc\/pub\b/i,
    reason: 'system',
    example:
      '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/198.51.100.53',
    source:
      'https://www.spamhaus.org/returnc/pub/ (return code 127.255.255.254, query via a public/open resolver); https://www.spamhaus.com/resource-center/successfully-accessing-spamhauss-free-block-lists-using-a-public-dns/',
  },
  // ---- Microsoft: Exchange Online, Outlook.com, Exchange Server --------------------------------
  {
    who: 'Exchange Online',
    // 4.7.650/651 rate limited for IP reputation, 4.7.652 too many connections: a rate first
    // (the guide: "temporarily rate limited … due to IP reputation" is rate-limited).
    re: /\b4\.7\.65\d\b|\btemporarily rate limited due to ip reputation\b/i,
    reason: 'rate-limited',
    example:
      '451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com',
    source: `${MS_NDR} (4.7.650-4.7.652)`,
  },
  {
    who: 'Exchange Online',
    // 4.7.500-699 and 4.7.850-899: the IP is temporarily restricted for suspicious activity; no
    // rate words, so a refusal of the sender.
    re: /\baccess denied, please try again later\b/i,
    reason: 'blocked',
    example: '451 4.7.500 Access denied, please try again later. (AS761)',
    source: `${MS_NDR} (4.7.500-699, 4.7.850-899)`,
  },
  {
    who: 'Exchange Online',
    re: /\b5\.7\.50[1-3]\b|\baccess denied, (?:spam abuse detected|banned sender)\b|\baccess denied, bad outbound sender\b/i,
    reason: 'blocked',
    example: '550 5.7.501 Access denied, spam abuse detected.',
    source: `${MS_NDR} (5.7.501-503, 5.7.511, 5.1.8)`,
  },
  {
    who: 'Exchange Online',
    // "Access denied, banned recipient": the recipient's own account is banned from receiving.
    re: /\b5\.7\.505\b|\baccess denied, banned recipient\b/i,
    reason: 'suspended',
    example: '550 5.7.505 Access denied, banned recipient.',
    source: `${MS_NDR} (5.7.505)`,
  },
  {
    who: 'maddy',
    // The SENDER's domain has a null MX or no MX at all (maddy's check on MAIL FROM): a rule about
    // the sender (the guide's sender domain not found, policy), read before RFC 7505's null MX of a
    // recipient domain below.
    re: /\bDomain in MAIL FROM (?:has null MX|does not have any MX)\b/i,
    reason: 'policy',
    example: '550 5.7.27 Domain in MAIL FROM has null MX record',
    source: `${MADDY} (check/requiretls, msgpipeline sender checks)`,
  },
  {
    who: 'RFC 7505',
    // A null MX says the domain accepts no mail at all: no mail host (host-unknown). Its status
    // 5.1.10 is also Exchange's unknown recipient below, so the words are read first.
    // Postfix writes it as one word, "Domain example.com does not accept mail (nullMX)"
    // (src/dns/dns_lookup.c), and refuses such a recipient with 556 5.1.10 (smtpd_check.c).
    // Not the SENDER's domain with a null MX (RFC 7505 §4.2: "550 5.7.27 Sender address has null
    // MX"; Postfix: "Sender address rejected: Domain … does not accept mail (nullMX)"): that is the
    // guide's §3 policy row ("sender domain not found"), read by the sender rules and X.7.27.
    re: /(?<!\bsender address has |\bsender address rejected:[^\n]{0,120})\bnull ?MX\b/i,
    reason: 'host-unknown',
    example: '556 5.1.10 Recipient address has null MX',
    source:
      'RFC 7505 §4.2 (556 5.1.10 for a recipient domain with a null MX); Postfix src/dns/dns_lookup.c (DNS_NULLMX), src/smtpd/smtpd_check.c',
  },
  {
    who: 'Exchange Online',
    // The guide: Microsoft's "Recipient address rejected: Access denied" is an unknown recipient.
    // Its 5.1.10 by its words only: the code itself is RFC 7505's null MX (host-unknown, reason.ts).
    re: /\b5\.7\.504\b|\bRESOLVER\.ADR\.(?:Ex)?Recip(?:ient)?NotFound\b|\brecipient not found by SMTP address lookup\b/i,
    reason: 'user-unknown',
    example: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    source: `${MS_NDR} (5.1.10, 5.7.504); ${MS_ONPREM} (5.1.1 RESOLVER.ADR.ExRecipNotFound)`,
  },
  {
    who: 'Exchange Online',
    // The sending server named itself as the receiver in HELO: a HELO name that is not its own.
    re: /\b5\.7\.506\b|\baccess denied, bad helo\b/i,
    reason: 'syntax',
    example: '550 5.7.506 Access Denied, Bad HELO',
    source: `${MS_NDR} (5.7.506)`,
  },
  {
    who: 'Exchange Online',
    // The recipient's organisation blocked the sending IP; or its own customer block list.
    re: /\b5\.7\.507\b|\baccess denied, rejected by recipient\b|\busing customer block list\b|\b5\.7\.513\b/i,
    reason: 'blocked',
    example: '550 5.7.507 Access denied, rejected by recipient',
    source: `${MS_NDR} (5.7.507, 5.7.513)`,
  },
  {
    who: 'Exchange Online',
    // The sender's IPv6 range sent too many messages in too short a time.
    re: /\b5\.7\.508\b|\bhas exceeded permitted limits within\b/i,
    reason: 'rate-limited',
    example:
      '550 5.7.508 Access denied, [2001:db8::1] has exceeded permitted limits within 2001:db8::/64 range',
    source: `${MS_NDR} (5.7.508)`,
  },
  {
    who: 'Exchange Online',
    re: /\b5\.7\.509\b|\bdoes not pass DMARC verification\b|\b5\.7\.515\b|\bdoesn't meet the required authentication level\b|\bsender policy framework violation\b|\b5\.7\.23\b/i,
    reason: 'auth-failure',
    example: '550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification',
    source: `${MS_NDR} (5.7.23, 5.7.509, 5.7.515)`,
  },
  {
    who: 'Exchange Online',
    re: /\b5\.7\.510\b|\bdoes not accept email over IPv6\b/i,
    reason: 'policy',
    example: '550 5.7.510 Access denied, example.com does not accept email over IPv6',
    source: `${MS_NDR} (5.7.510)`,
  },
  {
    who: 'Exchange Online',
    // A message without a valid From header field.
    re: /\b5\.7\.512\b|\bmust be RFC 5322 section 3\.6\.2 compliant\b/i,
    reason: 'syntax',
    example: '550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant',
    source: `${MS_NDR} (5.7.512)`,
  },
  {
    who: 'Exchange Online',
    // The sending tenant is banned (5.7.700-749) or sends from unregistered domains (5.7.750).
    re: /\b5\.7\.7(?:[0-4]\d|50)\b|\btenant has exceeded threshold\b|\bclient blocked from sending from unregistered domains\b/i,
    reason: 'blocked',
    example: '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains',
    source: `${MS_NDR} (5.7.700-749, 5.7.750)`,
  },
  {
    who: 'Exchange Online',
    // Sending limits: the sender's recipient or message rate, or a recipient's hourly receive limit.
    re: /\b5\.1\.90\b|\breached your daily limit for message recipients\b|\bsubmission quota exceeded\b|\bSubmissionQuotaExceededException\b|\b5\.2\.12[12]\b|\bper hour message receive limit\b|\brecipient thread limit exceeded\b|\bRESOLVER\.ADR\.RecipLimit\b/i,
    reason: 'rate-limited',
    example:
      '550 5.2.2 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Submission quota exceeded',
    source: `${MS_NDR} (5.1.90, 5.2.2, 5.2.121, 5.2.122, 4.3.2); ${MS_ONPREM} (5.5.3 RecipLimit)`,
  },
  {
    who: 'Exchange Online',
    re: /\bTenantAttribution; Relay Access Denied\b|\b5\.7\.64\b/i,
    reason: 'policy',
    example: '550 5.7.64 TenantAttribution; Relay Access Denied',
    source: `${MS_NDR} (5.7.64)`,
  },
  {
    who: 'Exchange Online',
    // Connection refused by the destination, or closed abruptly: the attempt's own failure.
    re: /\b[45]\.4\.31[68]\b|\bSuspiciousRemoteServerError\b/i,
    reason: 'network',
    example: '550 5.4.316 Message expired, connection refused(Socket error code 10061)',
    source: `${MS_NDR} (4.4.316/5.4.316, 4.4.318/5.4.318)`,
  },
  {
    who: 'Exchange',
    re: /\brouting loop detected\b|\bhop count exceeded - possible mail loop\b|\b5\.4\.14\b/i,
    reason: 'network',
    example: '554 5.4.14 Hop count exceeded - possible mail loop ATTR34',
    source: `${MS_NDR} (5.4.6, 5.4.14); ${MS_ONPREM} (5.4.6)`,
  },
  {
    who: 'Exchange Online',
    // DANE and required TLS: STARTTLS missing, certificate expired or mismatched, TLSA/DNSSEC invalid.
    re: /\b[45]\.(?:4\.317|7\.32[1-5])\b|\bstarttls-not-supported\b|\bcertificate-(?:expired|host-mismatch)\b|\btlsa-invalid\b/i,
    reason: 'tls',
    example: '451 5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail',
    source: `${MS_NDR} (4.4.317, 5.7.321-5.7.325)`,
  },
  {
    who: 'Exchange',
    // The guide: 530 5.7.57 "not authenticated to send anonymous mail" is credentials.
    re: /\bclient was not authenticated\b|\b5\.7\.57\b/i,
    reason: 'credentials',
    example:
      '530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful',
    source: `${MS_NDR} (5.7.57); ${MS_ONPREM} (5.7.1 Client was not authenticated)`,
  },
  {
    who: 'Exchange',
    // Restricted recipients: a group or mailbox that takes mail only from its organisation or an
    // allowed-senders list (5.7.13 would otherwise read as RFC 3463's "user account disabled").
    re: /\bsender (?:was )?not authenticated (?:by organization|for (?:group|mailbox|public folder))\b|\b5\.7\.1(?:24|3[3-6])\b|\bsender not in allowed-senders list\b|\bRESOLVER\.RST\.(?:AuthRequired|NotAuthorized|RestrictedToRecipientsPermission)\b/i,
    reason: 'policy',
    example:
      '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated for group',
    source: `${MS_NDR} (5.7.12, 5.7.124, 5.7.133-5.7.136); ${MS_ONPREM} (RESOLVER.RST.AuthRequired)`,
  },
  {
    who: 'Exchange',
    re: /\bRESOLVER\.RST\.(?:RecipSizeLimit|SendSizeLimit)/i,
    reason: 'too-big',
    example: '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
    source: `${MS_ONPREM} (5.2.3)`,
  },
  {
    who: 'Exchange',
    re: /\bQuotaExceededException\b/,
    reason: 'mailbox-full',
    example:
      '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded',
    source: `${MS_ONPREM} (5.2.2)`,
  },
  {
    who: 'Exchange',
    re: /\bSMTPSEND\.DNS\.NonExistentDomain\b/i,
    reason: 'host-unknown',
    example: '554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain',
    source: `${MS_ONPREM} (5.4.4)`,
  },
  {
    who: 'Exchange',
    // The NDR's user-facing text for 5.1.1 (RESOLVER.ADR.RecipNotFound / ExRecipNotFound), the
    // words a person copies when the diagnostic part is left out.
    re: /\bThe email address you entered couldn't be found\b|\bThe recipient's e-mail address was not found in the recipient's e-mail system\b/i,
    reason: 'user-unknown',
    example:
      "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.",
    source: `${MS_ONPREM} (5.1.1 user-facing text)`,
  },
  {
    who: 'Exchange',
    // Exchange's own DNS lookup of the recipient domain failed (4.4.0), permanently or not.
    re: /\bDNS query failed\b/i,
    reason: 'host-unknown',
    example: '451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry',
    source: `${MS_ONPREM} (4.4.0 DNS query failed)`,
  },
  {
    who: 'Exchange',
    // Could not connect to the destination (Winsock 10060 timed out, 10061 refused).
    re: /\bFailed to connect\. Winsock error code\b/i,
    reason: 'network',
    example:
      '451 4.4.0 Primary target IP address responded with: "Failed to connect. Winsock error code: 10060, Win32 error code: 10060." Attempted failover to alternate host, but that did not succeed.',
    source: `${MS_ONPREM} (4.4.1/4.4.0 connection failures)`,
  },
  {
    who: 'Exchange',
    // Bare line feeds in the message (SMTPSEND.BareLinefeedsAreIllegal).
    re: /\bBareLinefeedsAreIllegal\b|\b5\.6\.11\b/i,
    reason: 'syntax',
    example: '550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds',
    source: `${MS_NDR} (5.6.11)`,
  },
  {
    who: 'Exchange Online',
    re: /\bserver busy\. please try again later from\b|\bPFA agent busy\b/i,
    reason: 'system',
    example: '451 4.7.500 Server busy. Please try again later from [192.0.2.2]. (AS761)',
    source: `${MS_NDR} (4.7.500 server busy)`,
  },
  {
    who: 'Exchange Online',
    // The guide: Microsoft's "Recipient address rejected: Access denied" under 5.4.1 is an unknown
    // recipient (5.4.1 alone would read as a network status).
    re: /\b5\.4\.1 Recipient address rejected: Access denied\b/i,
    reason: 'user-unknown',
    example: '550 5.4.1 Recipient address rejected: Access denied',
    source: `${MS_NDR} (5.4.1)`,
  },
  {
    who: 'Exchange Online',
    // The sender's organisation forbids automatic forwarding to outside addresses: an admin rule.
    re: /\b5\.7\.520\b|\bdoes not allow external forwarding\b/i,
    reason: 'policy',
    example:
      '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)',
    source: `${MS_NDR} (5.7.520)`,
  },
  {
    who: 'Exchange',
    re: /\bContent Filter agent quarantined this message\b|\bMessage rejected due to content restrictions\b/i,
    reason: 'spam',
    example: '550 5.2.1 Content Filter agent quarantined this message',
    source: `${MS_ONPREM} (5.2.1)`,
  },
  {
    who: 'Exchange',
    re: /\b5\.1\.0 Sender denied\b/i,
    reason: 'policy',
    example: '550 5.1.0 Sender denied',
    source: `${MS_ONPREM} (5.1.0)`,
  },
  {
    who: 'Exchange',
    // Back pressure: the server's own disk or memory is low.
    re: /\b4\.3\.1 Insufficient system resources\b/i,
    reason: 'system',
    example: '452 4.3.1 Insufficient system resources',
    source: `${MS_ONPREM} (4.3.1)`,
  },
  {
    who: 'Outlook.com',
    // Consumer Outlook.com's block codes: SC- (spam-like network), DY- (dynamic IP), OU- (reputation).
    re: /\b(?:SC|DY|OU)-00[1-5]\b/,
    reason: 'blocked',
    example:
      "550 SC-001 (BAY0-MC1-F21) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dial-up or direct-to-MX mail from this IP address.",
    source: OUTLOOK_PM,
  },
  {
    who: 'Outlook.com',
    // RP-: the sender is over Outlook.com's hourly or daily limits.
    re: /\bRP-00[1-3]\b/,
    reason: 'rate-limited',
    example:
      "421 RP-001 (BAY0-MC1-F21) Unfortunately, some messages from 192.0.2.1 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day.",
    source: OUTLOOK_PM,
  },
  // ---- Yahoo / AOL ------------------------------------------------------------------------------
  {
    who: 'Yahoo',
    // The guide: Yahoo's bracketed reputation codes are blocked.
    re: /\[(?:IP)?TSS?\d\d\]|\[BL2\d\]|\[GL0\d\]|\btemporarily deferred - (?:\[\d{1,3}\]|4\.16\.\d)/,
    reason: 'blocked',
    example:
      '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    source: `${YAHOO} (TS01-TS03, TSS04, TSS09, BL21-BL23, GL01)`,
  },
  {
    who: 'Yahoo',
    re: /\byahoo requires all senders to authenticate\b/i,
    reason: 'auth-failure',
    example:
      '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.',
    source: YAHOO,
  },
  {
    who: 'Yahoo',
    // The guide: "Message not accepted for policy reasons" is policy.
    re: /\bnot accepted for policy reasons\b|\[PH01\]/i,
    reason: 'policy',
    example:
      '554 5.7.9 Message not accepted for policy reasons. See https://senders.yahooinc.com/error-codes',
    source: YAHOO,
  },
  {
    who: 'Yahoo',
    // The envelope sender's domain does not resolve: a rule about the sender.
    re: /\bunresolvable RFC\.?5321 (?:from )?domain\b/i,
    reason: 'policy',
    example:
      '451 Message temporarily deferred due to unresolvable RFC.5321 from domain. See https://senders.yahooinc.com/error-codes#unresolvable-from-domain',
    source: YAHOO,
  },
  {
    who: 'AOL',
    // RTR:RD is AOL's "the IP address you are using to connect does not have reverse DNS": the
    // guide's no reverse DNS (auth-failure, §3/§5), read before the RTR blocks below (ZoneMTA's
    // bounces.txt maps it to "Invalid reverse DNS", code).
    re: /\bRTR:RD\b/,
    reason: 'auth-failure',
    example: '554 RTR:RD The IP address you are using to connect to AOL does not have reverse DNS',
    source: 'http://postmaster.info.aol.com/errors/ (RTR:RD); zone-eu/zone-mta config/bounces.txt',
  },
  {
    who: 'AOL',
    // AOL's postmaster pages list its refusals by a category before a colon; the dynamic/residential
    // (DYN, RTR), complaint (RLY), connection (CON), IP-table (IPT) and ISP blocks refuse the sending
    // IP, whatever basic code (421 or 554) carries them.
    re: /\b(?:DYN|RTR|RLY|CON|IPT|ISP):[A-Z]{1,2}\d{0,2}\b/,
    reason: 'blocked',
    example: '421 DYN:T1 http://postmaster.info.aol.com/errors/421dynt1.html SERVICE NOT AVAILABLE',
    source: 'http://postmaster.info.aol.com/errors/ (RTR, RLY, DYN, CON Blocks)',
  },
  {
    who: 'AOL',
    // AOL's mailer-daemon text for a member who blocks the sender: "Recipient does not want your
    // mail" in other words, a rule about the sender (the guide's policy).
    // Not a refusal of the connecting IP or host ("not accepting mail from 192.0.2.1, because we
    // cannot resolve your IP address", postoffice's smtpd.c; "… from your IP"): the guide's §3 rows
    // for an IP refused (blocked) or its reverse DNS (auth-failure) decide those.
    re: /\bnot accepting mail from\b(?! (?:your |this |the sending )?ip\b| \[?\d{1,3}(?:\.\d{1,3}){3}\b| hosts?\b)/i,
    reason: 'policy',
    example: '550 user not accepting mail from this sender',
    source: 'http://postmaster.aol.com/trouble/mailer.html (Mailer-Daemon Errors)',
  },
  {
    who: 'Yahoo',
    re: /\bthis mailbox is disabled\b|\(554\.30\)/i,
    reason: 'suspended',
    example:
      '554 30 Sorry, your message to someone@aol.com cannot be delivered. This mailbox is disabled (554.30)',
    source: YAHOO,
  },
  {
    who: 'Yahoo',
    re: /\bdd This user doesn't have an? \S+ account\b/i,
    reason: 'user-unknown',
    example: "554 delivery error: dd This user doesn't have a yahoo.com account (someone@yahoo.com) [0]",
    source: YAHOO,
  },
  {
    who: 'Yahoo',
    re: /\buser is receiving mail too quickly\b|\bmax message per connection reached\b/i,
    reason: 'rate-limited',
    example: '421 Max message per connection reached, closing transmission channel',
    source: YAHOO,
  },
  // ---- Apple iCloud -----------------------------------------------------------------------------
  {
    who: 'iCloud',
    // The words are "rejected due to local policy": the guide's "local policy" is policy.
    re: /\[(?:CS0\d|HM0\d)\]/,
    reason: 'policy',
    example:
      '550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    source: APPLE,
  },
  {
    who: 'iCloud',
    re: /\[HME1\]|\bblocked for failing both SPF and DKIM\b/i,
    reason: 'auth-failure',
    example:
      '554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks. See https://support.apple.com/en-us/HT204137',
    source: APPLE,
  },
  {
    who: 'iCloud',
    re: /\bdeferred due to excessive volume\b/i,
    reason: 'rate-limited',
    example:
      '421 4.7.1 Messages to someone@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137',
    source: APPLE,
  },
  {
    who: 'iCloud',
    re: /\brecipient no longer on server\b|\bunknown or illegal alias\b/i,
    reason: 'user-unknown',
    example: '550 5.1.6 recipient no longer on server: someone@icloud.com',
    source: APPLE,
  },
  {
    who: 'iCloud',
    // Refused at the greeting.
    re: /\bESMTP not accepting connections\b/i,
    reason: 'blocked',
    example: '554 p00-smtpin001.me.com ESMTP not accepting connections',
    source: APPLE,
  },
  // ---- Comcast / Cox ----------------------------------------------------------------------------
  {
    who: 'Comcast',
    // ES: dynamic/residential space; BL: spam-like patterns or a block list (Spamhaus, Cloudmark, SenderScore).
    re: /\b(?:ES|BL)0{3}[01]{3}\b|\bBL0(?:0[1-9]|10)\b/,
    reason: 'blocked',
    example:
      '554 resimta-ch2-12v.sys.comcast.net resimta-ch2-12v.sys.comcast.net comcast 192.0.2.1 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000',
    source: COMCAST,
  },
  {
    who: 'Comcast',
    re: /\bRL0{3}[01]{3}\b|\bRL001\b|\btoo many sessions opened\b/i,
    reason: 'rate-limited',
    example:
      '421 resimta-po-01v.sys.comcast.net comcast 192.0.2.1 Too many sessions opened RL000001 - http://postmaster.comcast.net/smtp-error-codes.php#RL000001',
    source: COMCAST,
  },
  {
    who: 'Comcast',
    // Said at the greeting, but about the sending IP's reverse DNS (the guide: auth-failure).
    re: /\brequires that all mail servers must have a PTR record\b/i,
    reason: 'auth-failure',
    example:
      '554 IMTA08.westchester.pa.mail.comcast.net comcast 192.0.2.1 Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry.',
    source: COMCAST,
  },
  {
    who: 'Cox',
    re: /\bAUP#(?:CXBL|CDRBL|IPBL\d{4,5})\b/,
    reason: 'blocked',
    example: '554 cox.net ESMTP 192.0.2.1 blocked. Refer to Error Code AUP#CXBL at https://www.cox.com/aup',
    source: COX,
  },
  {
    who: 'Cox',
    // CXDNS: the sending IP's reverse DNS fails; CXSNDR: the sending domain failed SPF, DomainKeys or
    // DKIM (Cox's table; batch-62's blind adjudication, LABELLING §12: the code over "message rejected").
    re: /\bAUP#(?:CXDNS|CXSNDR)\b/,
    reason: 'auth-failure',
    example: '554 cox.net ESMTP 192.0.2.1 rejected - no rDNS. Refer to Error Code AUP#CXDNS',
    source: COX,
  },
  {
    who: 'Cox',
    re: /\bAUP#(?:CXCNCT|CXMXRT)\b/,
    reason: 'rate-limited',
    example: '421 cox.net too many sessions from 192.0.2.1 AUP#CXCNCT',
    source: COX,
  },
  {
    who: 'Cox',
    re: /\bAUP#URLBL\d+\b/,
    reason: 'spam',
    example: '554 cox.net message rejected: URL in body on a block list AUP#URLBL011',
    source: COX,
  },
  // ---- Zoho -------------------------------------------------------------------------------------
  {
    who: 'Zoho',
    re: /\bEmail Outgoing Blocked\b/i,
    reason: 'blocked',
    example: '554 5.1.8 Email Outgoing Blocked',
    source: ZOHO,
  },
  {
    who: 'Zoho',
    // 554 5.7.7 under words naming a policy: the words decide over 5.7.7 (integrity).
    re: /\bEmail policy violation detected\b|\bMailbox delivery restricted by policy\b/i,
    reason: 'policy',
    example: '554 5.7.7 Email policy violation detected',
    source: ZOHO,
  },
  {
    who: 'Zoho',
    // Sending as an address the account does not own.
    re: /\bRelaying disallowed\b/i,
    reason: 'policy',
    example: '553 Relaying disallowed as someone@example.com',
    source: ZOHO,
  },
  {
    who: 'Zoho',
    re: /\bdetected by Zoho Mail\b|\bEmail flagged as Spam\b/i,
    reason: 'spam',
    example: '554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.',
    source: ZOHO,
  },
  // ---- GMX / WEB.DE, Mail.ru, Yandex ------------------------------------------------------------
  {
    who: 'GMX/WEB.DE',
    // The envelope sender's domain has no MX or address record: a rule about the sender.
    re: /\binvalid DNS MX or A\/AAAA resource record\b/i,
    reason: 'policy',
    example:
      '550-Requested action not taken: mailbox unavailable 550 invalid DNS MX or A/AAAA resource record',
    source: 'https://postmaster.gmx.net/en/error-messages and https://postmaster.web.de/en/error-messages',
  },
  {
    who: 'Mail.ru',
    re: /\blocal mailbox \S+ is unavailable: account is disabled\b/i,
    reason: 'suspended',
    example:
      '550 Message was not accepted -- invalid mailbox. Local mailbox someone@mail.ru is unavailable: account is disabled',
    source: 'https://help.mail.ru/mail/postmaster/ (bounce codes)',
  },
  {
    who: 'Mail.ru',
    re: /\blocal mailbox \S+ is unavailable: user not found\b/i,
    reason: 'user-unknown',
    example:
      '550 Message was not accepted -- invalid mailbox. Local mailbox someone@mail.ru is unavailable: user not found',
    source: 'https://help.mail.ru/mail/postmaster/ (bounce codes)',
  },
  {
    who: 'Mail.ru',
    re: /\bspam message rejected\b|\bhelp\.mail\.ru\/notspam-support\b/i,
    reason: 'spam',
    example:
      '550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=x or report details to abuse@corp.mail.ru.',
    source: 'https://help.mail.ru/notspam-support',
  },
  {
    who: 'Yandex',
    // A mailbox's own size limit, not the message's ("size limit" alone reads as too-big).
    re: /\bmailbox size limit exceeded\b/i,
    reason: 'mailbox-full',
    example: '552 5.2.2 Mailbox size limit exceeded',
    source: 'https://yandex.com/support/mail/ (delivery errors: 552 5.2.2 Mailbox size limit exceeded)',
  },
  {
    who: 'Yandex',
    re: /\bsorry, the service is currently unavailable\. please come back later\b/i,
    reason: 'system',
    example: '451 4.7.1 Sorry, the service is currently unavailable. Please come back later.',
    source: 'https://yandex.com/support/mail/ (delivery errors)',
  },
  // ---- GoDaddy, Tencent QQ, NetEase ------------------------------------------------------------
  {
    who: 'GoDaddy',
    // IB103-106 block lists and poor reputation; IB110-113 the IP blocked for spam or invalid recipients.
    re: /\bIB1(?:0[3-6]|1[0-3])\b/,
    reason: 'blocked',
    example: '554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL). IB104',
    source: GODADDY,
  },
  {
    who: 'GoDaddy',
    re: /\bIB(?:007|504|510|605|607)\b/,
    reason: 'rate-limited',
    example: '550 This IP has sent too many messages this hour. IB504',
    source: GODADDY,
  },
  {
    who: 'GoDaddy',
    // IB108 the sending IP's reverse DNS; IB508 the sender domain's SPF.
    re: /\bIB(?:108|508)\b/,
    reason: 'auth-failure',
    example: '421 Temporarily rejected. Reverse DNS for this IP failed. IB108',
    source: GODADDY,
  },
  {
    who: 'GoDaddy',
    re: /\bIB(?:212|705)\b/,
    reason: 'spam',
    example:
      '552 This message has been rejected due to content judged to be spam by the internet community. IB212',
    source: GODADDY,
  },
  {
    who: 'GoDaddy',
    // A blank From, or an IP address as the From.
    re: /\bIB50[12]\b/,
    reason: 'syntax',
    example: '550 someone@example.com Blank From: addresses are not allowed. Provide a valid From. IB501',
    source: GODADDY,
  },
  {
    who: 'GoDaddy',
    // The From domain has no MX or address record: a rule about the sender.
    re: /\bIB506\b/,
    reason: 'policy',
    example: '550 example.com From: Domain is invalid. Provide a valid From: IB506',
    source: GODADDY,
  },
  {
    who: 'GoDaddy',
    re: /\bIB401\b/,
    reason: 'credentials',
    example: '535 Authentication not allowed on IBSMTP Servers. IB401',
    source: GODADDY,
  },
  {
    who: 'Tencent QQ Mail',
    re: /\bMail content denied\b/i,
    reason: 'spam',
    example:
      '550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726',
    source: QQ,
  },
  {
    who: 'Tencent QQ Mail',
    re: /\b(?:Ip|Domain|Connection) frequency limited\b/i,
    reason: 'rate-limited',
    example:
      '550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722',
    source: QQ,
  },
  {
    who: 'NetEase (163.com)',
    re: /\bDT:SPM\b/,
    reason: 'spam',
    example:
      '554 DT:SPM 163 smtp14,EsCowADnp_RJh1Nj test, please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1',
    source: 'http://mail.163.com/help/help_spam_16.htm (NetEase SMTP error codes)',
  },
  {
    who: 'NetEase (163.com) / Coremail',
    // The submission server takes only a MAIL FROM that is one of its own users (the sender
    // address is not the logged-in account's): a rule about the sender.
    re: /\bLocal user only\b/i,
    reason: 'policy',
    example: '553 Local user only,163 smtp5,ExAmPlE0aBcDeFg--.1234S2 1630000000',
    source:
      'https://www.icoremail.vip/support/index.php?cate_id=84 (Coremail bounce help: "Requested action not taken: Local user only"); http://mail.163.com/help/help_spam_16.htm',
  },
  {
    who: 'GMX/WEB.DE',
    // Said at the greeting, but about the sending IP's reverse DNS (the guide: auth-failure).
    re: /\binvalid DNS PTR resource record\b/i,
    reason: 'auth-failure',
    example:
      '554-web.de (mxweb012) Nemesis ESMTP Service not available 554-No SMTP service 554 invalid DNS PTR resource record, IP=192.0.2.1',
    source: 'https://postmaster.web.de/en/error-messages',
  },
  // ---- Orange / La Poste ------------------------------------------------------------------------
  // Not read by code alone: Orange's "Service refused, please try later" codes (_102, _103, _510,
  // _999) are tabled only by another parser (Sisimai's FrancePTT rhost), not published by Orange, so
  // the words decide (LABELLING.md §9) and name no cause (§8). The entries below say in their own
  // words what their codes mean.
  {
    who: 'Orange',
    re: /\b(?:OFR|LPN|OUK)(?:\d{3})?_104\b/,
    reason: 'rate-limited',
    example: '421 mwinf5c10 ME Too many connections, slow down. LPN105_104',
    source: ORANGE,
  },
  {
    who: 'Orange',
    re: /\b(?:OFR|LPN|OUK)(?:\d{3})?_?41[68]\b/,
    reason: 'user-unknown',
    example: '550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. LPN416',
    source: ORANGE,
  },
  {
    who: 'Orange',
    re: /\b(?:OFR|LPN|OUK)(?:\d{3})?_417\b|\bBoite du destinataire pleine\b/i,
    reason: 'mailbox-full',
    example: '552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417',
    source: ORANGE,
  },
  {
    who: 'Orange',
    re: /\b(?:OFR|LPN|OUK)(?:\d{3})?_(?:420|426)\b|\bBoite du destinataire archivee\b/i,
    reason: 'suspended',
    example: '550 5.5.0 Le compte du destinataire est bloque. The recipient account isblocked. LPN007_426',
    source: ORANGE,
  },
  {
    who: 'Orange',
    // Invalid sender, or a MAIL FROM the account does not own.
    re: /\b(?:OFR|LPN|OUK)(?:\d{3})?_(?:403|405|415|421)\b|\bEmetteur invalide\b/i,
    reason: 'policy',
    example: '550 5.0.1 Emetteur invalide. Invalid Sender. LPN105_405',
    source: ORANGE,
  },
  {
    who: 'Orange',
    re: /\b(?:OFR|LPN|OUK)(?:\d{3})?_(?:305|402)\b/,
    reason: 'credentials',
    example: '550 5.5.0 Authentification requise. Authentication Required. LPN105_402',
    source: ORANGE,
  },
  {
    who: 'Orange',
    re: /\b(?:OFR|LPN|OUK)(?:\d{3})?_401\b/,
    reason: 'auth-failure',
    example: '550 5.5.0 SPF: 192.0.2.1 is not allowed to send mail. LPN004_401',
    source: ORANGE,
  },
  {
    who: 'Orange',
    // _517: DMARC verification failed (the guide: auth-failure).
    re: /\b(?:OFR|LPN|OUK)(?:\d{3})?_517\b|\bverification DMARC en echec\b/i,
    reason: 'auth-failure',
    example:
      '571 5.7.1 Message refused, DMARC verification Failed. Message refuse, verification DMARC en echec LPN007_517',
    source: `${ORANGE}; Sisimai lib/sisimai/rhost/franceptt.rb (code)`,
  },
  {
    who: 'La Poste',
    // LPNAAA_101: the sending IP blocked by La Poste's services (a block-list lookup is offered):
    // blocked.
    re: /\bLPN(?:AAA|\d{3})?_101\b/,
    reason: 'blocked',
    example:
      '550 5.7.1 The emails sent to the mail host Laposte.net were blocked by our services. https://www.spamhaus.org/lookup/ LPNAAA_101',
    source: `Sisimai lib/sisimai/rhost/franceptt.rb (code)`,
  },
  {
    who: 'Orange',
    re: /\b(?:OFR|LPN|OUK)(?:\d{3})?_514\b|\bTaille limite du message atteinte\b/i,
    reason: 'too-big',
    example: '552 5.3.4 Taille limite du message atteinte. Message size limit exceeded. OFR_514',
    source: ORANGE,
  },
  // ---- Security gateways: Proofpoint, Mimecast, Symantec/MessageLabs, Cisco ----------------------
  {
    who: 'Proofpoint',
    // The reply links Proofpoint's IP reputation lookup: the sending IP is on its block list.
    re: /\b(?:ipcheck|support)\.proofpoint\.com\/(?:\?ip=|dnsbl-lookup)/i,
    reason: 'blocked',
    example: '554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1',
    source: 'https://ipcheck.proofpoint.com/ (Proofpoint IP reputation lookup)',
  },
  {
    who: 'Mimecast',
    // The guide: spoofing is the message's own fault.
    re: /\bAnti-Spoofing policy\b/i,
    reason: 'spam',
    example: '550 Rejected by header based Anti-Spoofing policy: someone@example.com',
    source: MIMECAST,
  },
  {
    who: 'Mimecast',
    // A blocked-senders entry for the sender's address or domain: a rule about the sender.
    re: /\bEnvelope blocked\b|\bBlocked Senders\b|\bBlock policy for (?:Envelope|Header) From\b|\bManually Blocked Senders\b/i,
    reason: 'policy',
    example: '550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550',
    source: MIMECAST,
  },
  {
    who: 'Mimecast',
    re: /\bContent Examination policy\b/i,
    reason: 'spam',
    example:
      '550 Message bounced due to Content Examination policy - https://community.mimecast.com/docs/DOC-1369#550',
    source: MIMECAST,
  },
  {
    who: 'Mimecast',
    // A Geographical Restriction policy refuses the sending host's network.
    re: /\bHost network not allowed\b/i,
    reason: 'blocked',
    example: '554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554',
    source: MIMECAST,
  },
  {
    who: 'Mimecast',
    re: /\bMaximum email size exceeded\b/i,
    reason: 'too-big',
    example: '554 Maximum email size exceeded - https://community.mimecast.com/docs/DOC-1369#554',
    source: MIMECAST,
  },
  {
    who: 'Mimecast',
    re: /\bOpen relay not allowed\b/i,
    reason: 'policy',
    example: '451 Open relay not allowed - https://community.mimecast.com/docs/DOC-1369#451',
    source: MIMECAST,
  },
  {
    who: 'Mimecast',
    re: /\bThis route requires (?:encryption \(TLS\)|TLS version|high-strength ciphers)/i,
    reason: 'tls',
    example: '553 This route requires encryption (TLS) - https://community.mimecast.com/docs/DOC-1369#553',
    source: MIMECAST,
  },
  {
    who: 'Mimecast',
    re: /\bExceeding outbound thread limit\b/i,
    reason: 'rate-limited',
    example: '550 Exceeding outbound thread limit',
    source: MIMECAST,
  },
  {
    who: 'Mimecast',
    re: /\bMail loop detected\b/i,
    reason: 'network',
    example: '554 Mail loop detected - https://community.mimecast.com/docs/DOC-1369#554',
    source: MIMECAST,
  },
  {
    who: 'Symantec Email Security.cloud (MessageLabs)',
    // Refused at the connection (the guide: "Connection rejected by policy" at connection is blocked).
    re: /\bConnection rejected by policy \[\d\.\d\]/i,
    reason: 'blocked',
    example:
      '501 Connection rejected by policy [7.7] 12345, please visit www.messagelabs.com/support for more details about this error message.',
    source: 'https://support.broadcom.com/ (Email Security.cloud SMTP error codes)',
  },
  {
    who: 'Symantec Email Security.cloud (MessageLabs)',
    re: /\bMessage filtered\. (?:Refer to|Please see) the Troubleshooting page\b/i,
    reason: 'spam',
    example:
      '553-Message filtered. Refer to the Troubleshooting page at http://www.symanteccloud.com/troubleshooting for more information. (#5.7.1)',
    source: 'https://support.broadcom.com/ (Email Security.cloud SMTP error codes)',
  },
  {
    who: 'Cisco Secure Email (IronPort)',
    // AsyncOS's default HAT reject for a sender group of poor SenderBase reputation.
    re: /\byour access to this mail system has been rejected due to the sending MTA's poor reputation\b/i,
    reason: 'blocked',
    example:
      "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
    source: 'Cisco Secure Email AsyncOS User Guide, "Sender Groups" (default HAT reject response)',
  },
  {
    who: 'Cisco Secure Email (IronPort)',
    // The LDAP accept query found no such recipient.
    re: /#5\.1\.0 Address rejected\b/i,
    reason: 'user-unknown',
    example: '550 #5.1.0 Address rejected.',
    source: 'Cisco Secure Email AsyncOS User Guide, "LDAP Queries" (accept query default response)',
  },
  {
    who: 'Cisco Secure Email (IronPort)',
    re: /\btoo many concurrent (?:smtp )?connections\b/i,
    reason: 'rate-limited',
    example: '421 Too many concurrent SMTP connections from this IP address; please try again later.',
    source: 'Cisco Secure Email AsyncOS User Guide, "Mail Flow Policies" (max concurrent connections)',
  },
  // ---- Senders' own services: Amazon SES, SendGrid, Mailgun ---------------------------------------
  {
    who: 'Amazon SES',
    re: /\bMaximum sending rate exceeded\b|\bDaily message quota exceeded\b/i,
    reason: 'rate-limited',
    example: '454 Throttling failure: Maximum sending rate exceeded.',
    source: SES_SMTP,
  },
  {
    who: 'Amazon SES',
    // The sending identity is not verified in the region: a rule about the sender.
    re: /\bEmail address is not verified\. The following identities failed the check\b/i,
    reason: 'policy',
    example:
      '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com',
    source: SES_SMTP,
  },
  {
    who: 'Amazon SES',
    // SES's own suppression list refused the address before any server was asked (bounceSubType
    // "Suppressed", or "OnAccountSuppressionList" for the account's list): the guide's §6, a sending
    // service's own suppression list is policy, whatever made SES list it.
    // Its Diagnostic-Code for the account's list: "Amazon SES did not send the message to this address
    // because it is on the suppression list for your account" (batch-45).
    re: /\bhas suppressed sending to this address because it has a recent history of bouncing as an invalid address\b|\bdid not send the message to this address because it is on the suppression list for your account\b|"bounceSubType"\s?:\s?"(?:Suppressed|OnAccountSuppressionList)"/i,
    reason: 'policy',
    example:
      'Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.',
    source: SES,
  },
  {
    who: 'Amazon SES',
    re: /"bounceSubType"\s?:\s?"NoEmail"/,
    reason: 'user-unknown',
    example: '{"bounceType":"Permanent","bounceSubType":"NoEmail"}',
    source: SES,
  },
  {
    who: 'Amazon SES',
    re: /"bounceSubType"\s?:\s?"MailboxFull"/,
    reason: 'mailbox-full',
    example: '{"bounceType":"Transient","bounceSubType":"MailboxFull"}',
    source: SES,
  },
  {
    who: 'Amazon SES',
    re: /"bounceSubType"\s?:\s?"MessageTooLarge"/,
    reason: 'too-big',
    example: '{"bounceType":"Transient","bounceSubType":"MessageTooLarge"}',
    source: SES,
  },
  {
    who: 'Amazon SES',
    re: /"bounceSubType"\s?:\s?"ContentRejected"/,
    reason: 'spam',
    example: '{"bounceType":"Transient","bounceSubType":"ContentRejected"}',
    source: SES,
  },
  {
    who: 'Amazon SES',
    // A forbidden attachment type: the guide's policy.
    re: /"bounceSubType"\s?:\s?"AttachmentRejected"/,
    reason: 'policy',
    example: '{"bounceType":"Transient","bounceSubType":"AttachmentRejected"}',
    source: SES,
  },
  {
    who: 'SendGrid',
    // SendGrid could not look the recipient domain's mail hosts up; Braze, which sends through it,
    // documents the reason as an invalid (mistyped) recipient domain. The "PTR record" in it is
    // SendGrid's lookup, not the sender's reverse DNS.
    re: /\bunable to get mx info\b/i,
    reason: 'host-unknown',
    example: 'unable to get mx info: failed to get IPs from PTR record: lookup <nil>: unrecognized address',
    source:
      'https://www.braze.com/docs/user_guide/message_building_by_channel/email/ (FAQ: bounce reason "unable to get mx info")',
  },
  {
    who: 'SendGrid',
    // SendGrid's SMTP relay to a client that did not log in with its API key: SMTP AUTH required
    // (credentials), not an SPF/DKIM failure, whatever "unauthenticated" suggests.
    re: /\bunauthenticated senders not allowed\b/i,
    reason: 'credentials',
    example: '550 Unauthenticated senders not allowed',
    source:
      'https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api (SMTP relay requires AUTH)',
  },
  {
    who: 'SendGrid',
    // Dropped before sending because the address bounced before: SendGrid's own suppression list
    // refused it, the guide's §6 (a sending service's suppression list: policy).
    re: /"reason"\s?:\s?"Bounced Address"/,
    reason: 'policy',
    example: '{"event":"dropped","reason":"Bounced Address","status":"5.0.0"}',
    source: 'https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event (dropped reasons)',
  },
  {
    who: 'SendGrid',
    re: /"reason"\s?:\s?"(?:Unsubscribed Address|Spam Reporting Address)"/,
    reason: 'policy',
    example: '{"event":"dropped","reason":"Unsubscribed Address","status":"5.0.0"}',
    source: 'https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event (dropped reasons)',
  },
  {
    who: 'Mailgun',
    // Mailgun's suppression list, not the recipient's server: the guide's §6, policy.
    re: /\bNot delivering to previously bounced address\b/i,
    reason: 'policy',
    example: '605 Not delivering to previously bounced address',
    source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/events/ (delivery-status codes)',
  },
  {
    who: 'Mailgun',
    re: /\bNot delivering to (?:a user who marked your messages as spam|unsubscribed address)\b/i,
    reason: 'policy',
    example: '607 Not delivering to a user who marked your messages as spam',
    source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/events/ (delivery-status codes)',
  },
  {
    who: 'Mailgun',
    re: /\bNo MX for \S+\.\w+/i,
    reason: 'host-unknown',
    example: '498 No MX for example.invalid',
    source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/events/ (delivery-status codes)',
  },
  // ---- Postal -----------------------------------------------------------------------------------
  {
    who: 'Forward Email',
    // The recipient domain's forward-email TXT record is missing, malformed or has no entry for the
    // address: the domain's DNS gives the mail no destination, like a missing MX (batch-64's blind
    // adjudication, LABELLING §12).
    re: /\bInvalid forward-email TXT record\b/i,
    reason: 'host-unknown',
    example: '550 Invalid forward-email TXT record',
    source:
      'forwardemail/free-email-forwarding, its getForwardingAddress (the 550 for a domain whose forward-email= TXT record is missing or holds no entry)',
  },
  {
    who: 'Postal',
    // No MX or address record gave a host to connect to.
    re: /\bNo SMTP servers were available for \S+ No hosts to try\b/i,
    reason: 'host-unknown',
    example: 'No SMTP servers were available for example.com. No hosts to try.',
    source: 'postalserver/postal, its SMTP sender (send_message: a SoftFail result with connect_error)',
  },
  {
    who: 'Postal',
    // Every MX host was tried and none could be connected to (Postal flags it connect_error).
    re: /\bNo SMTP servers were available for \S+ Tried\b/i,
    reason: 'network',
    example: 'No SMTP servers were available for example.com. Tried mx1.example.com and mx2.example.com',
    source: 'postalserver/postal, its SMTP sender (send_message: a SoftFail result with connect_error)',
  },
  // ---- cPanel -----------------------------------------------------------------------------------
  {
    who: 'cPanel (Exim)',
    // The sending domain's own hourly cap on failed or deferred messages (WHM Tweak Settings): a
    // sending quota of the sender's host, not a refusal by the recipient's.
    re: /\bhas exceeded the max(?:imum)? defers and failures per hour\b/i,
    reason: 'rate-limited',
    example:
      'Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.',
    source:
      'https://support.cpanel.net/hc/en-us/articles/360049231233-The-exceeded-the-max-defers-and-failures-per-hour-message',
  },
  {
    who: 'Postfix VDA quota patch',
    // The patch's default virtual_maildir_limit_message, as many Postfix mail hosts keep it.
    re: /\bmaildir has overdrawn his diskspace quota\b/i,
    reason: 'mailbox-full',
    example:
      "<someone@example.net>: maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota, please try again later.",
    source: 'Postfix VDA patch (postfix-vda), src/global/mail_params.h DEF_VIRT_MAILDIR_LIMIT_MESSAGE',
  },
  // ---- Postfix ----------------------------------------------------------------------------------
  {
    who: 'Postfix',
    // The client could not connect or lost the connection: the attempt's failure, whatever queue
    // lifetime the notice adds around it.
    // The words after the colon are the OS's strerror(): Linux says "Connection timed out",
    // the BSDs and macOS "Operation timed out" for the same ETIMEDOUT.
    re: /\bconnect to [^\s:]+(?::\d+)?: (?:Connection timed out|Operation timed out|Connection refused|No route to host|Network is unreachable|Host is unreachable)\b|\blost connection with \S+ while\b|\bconversation with \S+ timed out while\b/i,
    reason: 'network',
    example: 'connect to mx.example.com[192.0.2.1]:25: Connection timed out',
    source: POSTFIX_SMTP,
  },
  {
    who: 'Postfix',
    re: /\bmail for \S+ loops back to myself\b/i,
    reason: 'network',
    example: 'mail for example.com loops back to myself',
    source: 'Postfix src/smtp/smtp_addr.c',
  },
  {
    who: 'Postfix',
    re: /\bUser unknown in (?:local recipient|virtual mailbox|virtual alias|relay recipient) table\b/i,
    reason: 'user-unknown',
    example:
      '550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown in local recipient table',
    source: POSTFIX_SMTPD,
  },
  {
    who: 'Postfix',
    re: /\bRecipient address rejected: Domain not found\b/i,
    reason: 'host-unknown',
    example: '450 4.1.2 <someone@example.invalid>: Recipient address rejected: Domain not found',
    source: POSTFIX_SMTPD,
  },
  {
    who: 'Postfix',
    // The guide: a HELO name that is not a FQDN is syntax.
    re: /\bHelo command rejected: (?:need fully-qualified hostname|Invalid name)\b/i,
    reason: 'syntax',
    example: '504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname',
    source: POSTFIX_SMTPD,
  },
  {
    who: 'Postfix',
    // An address that is not well formed (reject_non_fqdn_sender/recipient).
    re: /\b(?:Sender|Recipient) address rejected: need fully-qualified address\b/i,
    reason: 'syntax',
    example: '504 5.5.2 <someone>: Recipient address rejected: need fully-qualified address',
    source: POSTFIX_SMTPD,
  },
  {
    who: 'Postfix',
    // check_client_access REJECT: the connecting host itself is refused.
    re: /\bClient host rejected: Access denied\b/i,
    reason: 'blocked',
    example: '554 5.7.1 <unknown[192.0.2.1]>: Client host rejected: Access denied',
    source: POSTFIX_SMTPD,
  },
  {
    who: 'Postfix',
    // Unless the server adds that a login would allow it (reason-words.ts: credentials).
    re: /\bRelay access denied\b(?![^.\n]{0,40}?\b(?:(?:please |you must |must )authenticate|authentication (?:is )?required)\b)/i,
    reason: 'policy',
    example: '554 5.7.1 <someone@example.net>: Relay access denied',
    source: POSTFIX_SMTPD,
  },
  {
    who: 'Postfix',
    re: /\bImproper use of SMTP command pipelining\b/i,
    reason: 'syntax',
    example: '503 5.5.0 <someone@example.com>: Client host rejected: Improper use of SMTP command pipelining',
    source: POSTFIX_SMTPD,
  },
  {
    who: 'Postfix',
    re: /\bData command rejected: Multi-recipient bounce\b/i,
    reason: 'policy',
    example: '550 5.5.3 <DATA>: Data command rejected: Multi-recipient bounce',
    source: POSTFIX_SMTPD,
  },
  {
    who: 'Postfix',
    // local(8) hitting mailbox_size_limit: the mailbox file is full, not the message too big.
    re: /\bcannot update mailbox \S+ for user \S+\. error writing message: File too large\b/i,
    reason: 'mailbox-full',
    example:
      'cannot update mailbox /var/mail/someone for user someone. error writing message: File too large',
    source: 'Postfix src/local/mailbox.c',
  },
  {
    who: 'Postfix',
    // pipe(8): the delivery program failed (the guide: a failed pipe is system), unless its output
    // reports the mailbox owner's quota (LABELLING.md §7: mailbox-full, read by the general words).
    re: /(?:\bCommand died with status \d+\b|\bCommand time limit exceeded\b)(?![^\n]{0,300}?\bCommand output:[^\n]{0,200}?\b(?:quota|mailbox (?:is )?full|mailbox limit)\b)/i,
    reason: 'system',
    example: 'Command died with status 1: "/usr/bin/procmail". Command output: procmail: Error',
    source: 'Postfix src/pipe/pipe.c, src/global/pipe_command.c',
  },
  {
    who: 'Postfix',
    re: /\bTLS is required, but (?:was not offered by host|our TLS engine is unavailable)\b|\bCannot start TLS: handshake failure\b/i,
    reason: 'tls',
    example: 'TLS is required, but was not offered by host mx.example.com[192.0.2.1]',
    source: 'Postfix src/smtp/smtp_proto.c',
  },
  // ---- Exim -------------------------------------------------------------------------------------
  {
    who: 'Exim',
    re: /\ball relevant MX records point to non-existent hosts\b|\ban MX or SRV record indicated no SMTP service\b|\ball host address lookups failed (?:permanently|temporarily)\b|\bhost lookup did not complete\b|\bmissing MX, or all MXs point to missing A records\b/i,
    reason: 'host-unknown',
    example: 'all relevant MX records point to non-existent hosts',
    source: EXIM,
  },
  {
    who: 'Exim',
    re: /\bToo many "Received" headers - suspected mail loop\b/i,
    reason: 'network',
    example: 'Too many "Received" headers - suspected mail loop',
    source: 'Exim src/src/receive.c',
  },
  {
    who: 'Exim',
    // The remote host closed or stopped answering on an attempt.
    re: /\bRemote host (?:\S+ \[[^\]]{1,45}\] )?closed connection in response to\b|\bSMTP timeout after\b/i,
    reason: 'network',
    example: 'Remote host mx.example.com [192.0.2.1] closed connection in response to end of data',
    source: 'Exim src/src/transports/smtp.c',
  },
  {
    who: 'Exim',
    re: /\bmessage has lines too long for transport\b/i,
    reason: 'syntax',
    example: 'message has lines too long for transport',
    source: 'Exim src/src/transports/smtp.c',
  },
  {
    who: 'Exim',
    // appendfile over the mailbox quota.
    re: /\bMTA-imposed quota exceeded\b/i,
    reason: 'mailbox-full',
    example: 'mailbox is full (MTA-imposed quota exceeded while writing to tmp/1700000000.H1P1.host)',
    source: 'Exim src/src/transports/appendfile.c',
  },
  {
    who: 'Exim',
    // pipe transport: the delivery program failed.
    re: /\bChild process of \S+ transport returned \d+/i,
    reason: 'system',
    example:
      'Child process of address_pipe transport returned 69 (could mean service or program unavailable) from command: /usr/bin/handler',
    source: 'Exim src/src/transports/pipe.c',
  },
  {
    who: 'Exim',
    // The ACL's dnslists condition, as the Exim spec's example message words it.
    re: /\bis in a black list at\b/i,
    reason: 'blocked',
    example: '550 rejected because 192.0.2.1 is in a black list at zen.spamhaus.org',
    source: 'Exim specification, ch. 43 "Access control lists" (dnslists example)',
  },
  {
    who: 'Exim',
    // The guide: sender verify failed is policy, whatever "Unrouteable address" says before it.
    // Baruwa words the same check "Sender verification failed".
    re: /\bSender verif(?:y|ication) failed\b/i,
    reason: 'policy',
    example:
      '550-Verification failed for <someone@example.invalid> 550-Unrouteable address 550 Sender verify failed',
    source: `Exim src/src/acl.c, verify.c; ${BARUWA}`,
  },
  {
    who: 'cPanel Exim / Symantec Email Security.cloud',
    // The relay refusal that asks the client to log in first ("…, or login to the IMAP/POP3 server
    // before sending your message. <ip> is not permitted to relay through this server without
    // authentication"): the missing login is the cause, the guide's `credentials`.
    re: /\bPlease turn on SMTP Authentication in your mail client\b|\bnot permitted to relay through this server without authentication\b/i,
    reason: 'credentials',
    example:
      '550-Please turn on SMTP Authentication in your mail client, or login to the 550-IMAP/POP3 server before sending your message. 550 mail.example.com [192.0.2.1]:51234 is not permitted to relay through this server without authentication.',
    source:
      'cPanel Exim ACL (acl_smtp_rcpt relay check message); classed as a security/auth error for MessageLabs in Sisimai lib/Sisimai/Rhost (code read, no samples)',
  },
  {
    who: 'Exim',
    // The server's own AUTH check failed to run (an expansion or lookup error in its authenticator's
    // condition): Exim answers 435 whatever the client sent, a fault of the receiving server.
    re: /\bUnable to authenticate at present\b/i,
    reason: 'system',
    example:
      '435 Unable to authenticate at present (syntax error in Exim::expand_string argument: failed to open /etc/example for linear search: Permission denied)',
    source: 'Exim specification, ch. 33 "SMTP authentication" (435 when server_condition cannot be expanded)',
  },
  {
    who: 'Exim',
    // Not DirectAdmin's "relay not permitted, authentication required" (its port-587 ACL): the
    // missing login is the cause, the guide's credentials (lex13, below).
    re: /\brelay not permitted\b(?!, authentication required)|\bAdministrative prohibition\b/i,
    reason: 'policy',
    example: '550 relay not permitted',
    source: 'Exim default configuration (acl_check_rcpt) and src/src/acl.c',
  },
  {
    who: 'Exim',
    // The lowest MX (or the remote address) is this host itself: mail would loop back to it (the
    // guide's routing loop, network), as Postfix's "mail for … loops back to myself".
    re: /\blowest numbered MX record points to local host\b|\bremote host address is the local host\b/i,
    reason: 'network',
    example: 'lowest numbered MX record points to local host',
    source: EXIM_SELF,
  },
  {
    who: 'Exim',
    // The other server's reply could not be read as SMTP: a malformed conversation (§3 syntax).
    re: /\bMalformed SMTP reply\b/i,
    reason: 'syntax',
    example: 'Malformed SMTP reply (an empty line) in response to RCPT TO:<someone@example.com>',
    source: 'Exim src/src/transports/smtp.c',
  },
  {
    who: 'Exim',
    // A pipe transport's command that ran too long is the delivery program failing (§4 system),
    // not a connection that timed out.
    re: /\bpipe delivery process timed out\b/i,
    reason: 'system',
    example: 'pipe delivery process timed out',
    source: 'Exim src/src/transports/pipe.c',
  },
  {
    who: 'Exim',
    // appendfile could not lock, open or trust the mailbox file: the local server's own fault
    // (§3 system), not the mailbox missing or full.
    re: /\bfailed to lock mailbox\b|\bwhile (?:opening|creating) mailbox\b|\bmailbox \S+ (?:has wrong (?:uid|gid)|has the wrong mode|has too many links|is not a regular file)\b/i,
    reason: 'system',
    example: 'failed to lock mailbox /var/mail/someone (lock file)',
    source: EXIM_APPENDFILE,
  },
  {
    who: 'Exim',
    // Its check_spool_space refusal: the receiving server's disk is short (§3 disk full, system).
    re: /\bSpace shortage, please try later\b/i,
    reason: 'system',
    example: '452 Space shortage, please try later',
    source: EXIM_SMTP_IN,
  },
  {
    who: 'Exim',
    // Commands sent before the reply (no PIPELINING) or an extension used that was never offered:
    // out-of-sequence commands, the guide's malformed conversation (§3 syntax).
    re: /\bSMTP (?:protocol )?synchronization error\b|\b(?:AUTH|BDAT|STARTTLS|XCLIENT|SMTPUTF8) (?:command )?used when (?:not advertised|CHUNKING not advertised)\b/i,
    reason: 'syntax',
    example: '554 SMTP synchronization error',
    source: EXIM_SMTP_IN,
  },
  // ---- qmail ------------------------------------------------------------------------------------
  {
    who: 'qmail',
    re: /\bSorry, no mailbox here by that name\b/i,
    reason: 'user-unknown',
    example: 'Sorry, no mailbox here by that name. (#5.1.1)',
    source: 'qmail-1.03 qmail-local.c / vpopmail vdelivermail.c',
  },
  {
    who: 'qmail',
    re: /\bSorry, I couldn't find any host (?:named|by that name)\b|\bSorry, I couldn't find a mail exchanger or IP address\b/i,
    reason: 'host-unknown',
    example: "Sorry, I couldn't find any host named example.invalid. (#5.1.2)",
    source: QMAIL_R,
  },
  {
    who: 'qmail',
    re: /\bSorry, I wasn't able to establish an SMTP connection\b|\bbut connection died\b/i,
    reason: 'network',
    example: "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
    source: QMAIL_R,
  },
  {
    who: 'qmail',
    re: /\bThis message is looping: it already has my Delivered-To line\b/i,
    reason: 'network',
    example: 'This message is looping: it already has my Delivered-To line. (#5.4.6)',
    source: 'qmail-1.03 qmail-local.c',
  },
  {
    who: 'qmail',
    // A 5xx greeting: the connecting host is refused before any message is seen.
    re: /\bbut greeting failed\. Remote host said: 5\d\d\b/i,
    reason: 'blocked',
    example: 'Connected to 192.0.2.1 but greeting failed. Remote host said: 554 mx.example.com',
    source: QMAIL_R,
  },
  {
    who: 'qmail',
    re: /\bthat message size exceeds my databytes limit\b/i,
    reason: 'too-big',
    example: '552 sorry, that message size exceeds my databytes limit (#5.3.4)',
    source: QMAIL_S,
  },
  {
    who: 'qmail',
    // Bare LF line endings: qmail-smtpd points at djb's page on them.
    // notqmail points at the same page on cr.yp.to.
    re: /\bpobox\.com\/~djb\/docs\/smtplf\.html\b|\bcr\.yp\.to\/docs\/smtplf\.html\b/i,
    reason: 'syntax',
    example: '451 See http://pobox.com/~djb/docs/smtplf.html.',
    source: QMAIL_S,
  },
  {
    who: 'qmail',
    re: /\bthat domain isn't in my list of allowed rcpthosts\b|\byour envelope sender is in my badmailfrom list\b/i,
    reason: 'policy',
    example: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    source: QMAIL_S,
  },
  {
    who: 'qmail',
    // qmail-remote's temporary DNS failure while canonicalising the recipient's domain (§3 DNS,
    // temporarily: host-unknown).
    re: /\bCNAME lookup failed temporarily\b/i,
    reason: 'host-unknown',
    example: 'CNAME lookup failed temporarily. (#4.4.3)',
    source: QMAIL_R,
  },
  {
    who: 'qmail',
    // Local delivery or the queue failing on the server itself: a maildir it cannot reach or write,
    // a .qmail or home directory with unsafe permissions ("Uh-oh:"), a helper that would not run or
    // crashed, the queue refusing the message (qqt). The local server's own fault (§3 system),
    // whatever the #4.2.1 or #4.7.0 qmail puts after some of them.
    re: /\b(?:Unable to chdir to maildir|Timeout on maildir delivery|Temporary error on maildir delivery)\b|\bUh-oh: (?:\.qmail|home directory)\b|\bUnable to run qmail-\w+|\bqmail-\w+ (?:crashed|produced no output)\b|\bqqt failure\b/i,
    reason: 'system',
    example: 'Unable to chdir to maildir. (#4.2.1)',
    source: QMAIL_LOCAL,
  },
  // ---- sendmail ---------------------------------------------------------------------------------
  {
    who: 'sendmail',
    re: /\bDeferred: Connection (?:timed out|refused) (?:with|by)\b|\breply: read error from\b/i,
    reason: 'network',
    example: 'mx.example.com.: Deferred: Connection timed out with mx.example.com.',
    source: SENDMAIL,
  },
  {
    who: 'sendmail',
    // The relay refusal sendmail words this way when it offers AUTH: what is missing is the login,
    // so the guide's "SMTP AUTH required" (`credentials`) is the specific cause, not relay policy.
    re: /\bRelaying denied\. Proper authentication required\b/i,
    reason: 'credentials',
    example: '550 5.7.1 <someone@example.net>... Relaying denied. Proper authentication required.',
    source: 'sendmail 8 cf/m4/proto.m4 (confRELAY_MSG with _USE_AUTH_)',
  },
  {
    who: 'POP-before-SMTP servers (ISPs)',
    // A server that lets a client send only after it logged in to POP: the login is what is missing.
    re: /\bPlease receive your mail before sending\b|\bPOP before SMTP\b/i,
    reason: 'credentials',
    example: '553 5.3.0 <someone@example.net>... Please receive your mail before sending',
    source:
      'http://www.adhost.com/support/email/serverconfig/pop_smtp.shtml (POP before SMTP); http://www.ddn.ne.jp/support/faq/email/mailerdaemon.html',
  },
  {
    who: 'sendmail',
    re: /\bToo many hops\b/i,
    reason: 'network',
    example:
      '554 5.4.6 Too many hops 26 (25 max): from <sender@example.com> via localhost, to <someone@example.com>',
    source: 'sendmail 8 sendmail/collect.c',
  },
  {
    who: 'sendmail',
    re: /\bHost unknown \(Name server: /i,
    reason: 'host-unknown',
    example:
      '550 5.1.2 <someone@example.invalid>... Host unknown (Name server: example.invalid: host not found)',
    source: SENDMAIL,
  },
  {
    who: 'sendmail',
    re: /\bName server: \S+: host name lookup failure\b/i,
    reason: 'host-unknown',
    example: 'mx.example.com.: Deferred: Name server: mx.example.com.: host name lookup failure',
    source: SENDMAIL,
  },
  {
    who: 'sendmail',
    // The sender's domain does not exist: a rule about the sender ("does not exist" alone would
    // read as an unknown recipient).
    re: /\bDomain of sender address \S+ does not exist\b/i,
    reason: 'policy',
    example:
      '553 5.1.8 <sender@example.invalid>... Domain of sender address sender@example.invalid does not exist',
    source: 'sendmail 8 cf/m4/proto.m4 (check_mail ruleset: "553 Domain of sender address … does not exist")',
  },
  {
    who: 'sendmail',
    re: />\.\.\. User unknown\b/i,
    reason: 'user-unknown',
    example: '550 5.1.1 <someone@example.com>... User unknown',
    source: SENDMAIL,
  },
  {
    who: 'sendmail',
    re: /\.\.\. (?:Hostname|User address) required\b|\bData format error\b/i,
    reason: 'syntax',
    example: '553 5.1.3 <someone>... User address required',
    source: SENDMAIL,
  },
  {
    who: 'sendmail',
    // The DNS answered nothing usable or not in time ("Name server timeout", "Name server: x: no
    // data known"): the recipient's mail host not found, temporarily (§3 host-unknown).
    re: /\bName server (?:timeout|failure)\b|\bName server: \S+: (?:no data known|non-recoverable error)\b/i,
    reason: 'host-unknown',
    example: 'mx.example.com.: Deferred: Name server: mx.example.com.: no data known',
    source: SENDMAIL_ERR,
  },
  {
    who: 'sendmail',
    // Its queue's notices that it gave up or is still trying ("Cannot send message for 5 days",
    // "Warning: could not send message for past 4 hours"): no cause of their own, so expired unless
    // a cause stated beside them decides (read after the general words, as every expired marker).
    re: /\bCannot send message for \d+ (?:days?|hours?|minutes?)\b|\bcould not send message for past \d+ (?:days?|hours?|minutes?)\b/i,
    reason: 'expired',
    example: 'Cannot send message for 5 days',
    source: SENDMAIL_ERR,
  },
  {
    who: 'sendmail',
    // The next host is down (EHOSTDOWN): could not connect (§3 network).
    re: /\bHost \S+ is down\b/i,
    reason: 'network',
    example: 'mx.example.com.: Deferred: Host mx.example.com is down',
    source: SENDMAIL_ERR,
  },
  {
    who: 'sendmail',
    // A local mailer's exit code sendmail has no text for, or its user database failing: the
    // delivery program or the server itself (§3/§4 system).
    re: /\bUnknown mailer error \d+|\buser database error\b/i,
    reason: 'system',
    example: '554 5.3.0 unknown mailer error 1',
    source: SENDMAIL_ERR,
  },
  {
    who: 'sendmail',
    // MAIL before HELO/EHLO: commands out of sequence (§3 syntax).
    re: /\bI demand that you introduce yourself first\b|\bPolite people say HELO first\b/i,
    reason: 'syntax',
    example: '503 5.0.0 I demand that you introduce yourself first',
    source: 'sendmail 8 sendmail/srvrsmtp.c',
  },
  {
    who: 'sendmail',
    // check_relay: the connecting IP's name does not resolve back to it ("possibly forged") or does
    // not resolve at all: the sending IP's reverse DNS (§3 auth-failure), not a relay rule.
    re: /\bIP name (?:possibly forged|lookup failed)\b/i,
    reason: 'auth-failure',
    example: '550 5.7.1 <someone@example.com>... Relaying denied. IP name possibly forged mail.example.org',
    source: SENDMAIL_CF,
  },
  // ---- Postfix (eleventh pass) -------------------------------------------------------------------
  {
    who: 'Postfix',
    // The other server greets with this host's own name: mail would loop back here (the guide's
    // routing loop, network), as "mail for … loops back to myself".
    re: /\b(?:greeted me|replied to HELO\/EHLO) with my own hostname\b/i,
    reason: 'network',
    example: 'host mx.example.com[192.0.2.1] greeted me with my own hostname mail.example.org',
    source: POSTFIX_DNS,
  },
  {
    who: 'Postfix',
    // A CNAME chain that never ends: the recipient's domain cannot be resolved (§3 host-unknown).
    re: /\bName server loop for\b/i,
    reason: 'host-unknown',
    example: 'Name server loop for example.com',
    source: POSTFIX_DNS,
  },
  {
    who: 'Postfix',
    // trivial-rewrite did not answer the queue manager: the sending server's own fault (§3 system).
    re: /\baddress resolver failure\b/i,
    reason: 'system',
    example: 'address resolver failure',
    source: 'Postfix src/qmgr/qmgr_message.c',
  },
  // ---- Provider replies tabled in Sisimai's rhost modules (read as code), decided by our guide ---
  {
    who: 'Gmail',
    // The IP itself is not allowed to send to Gmail directly (use a relay): any message from it is
    // refused, so the guide's blocked ("not authorized for this IP"), not a sender-address policy.
    re: /\bnot authori[sz]ed to send (?:e-?mail|mail|messages) directly to our servers\b/i,
    reason: 'blocked',
    example:
      "550 5.7.1 The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead.",
    source: 'Sisimai lib/sisimai/rhost/google.rb (code); https://support.google.com/a/answer/3726730',
  },
  {
    who: 'Gmail',
    // 4.2.1 the recipient receives mail faster than Gmail accepts: rate words.
    re: /\bat a rate that prevents additional messages\b/i,
    reason: 'rate-limited',
    example:
      '450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.',
    source: 'Sisimai lib/sisimai/rhost/google.rb (code); https://support.google.com/a/answer/3726730',
  },
  {
    who: 'Tencent QQ',
    // "frequency limited": the sender sends too often, a rate.
    re: /\b(?:sender |send )?frequency (?:limited|limit exceeded|too high)\b/i,
    reason: 'rate-limited',
    example: '550 Mail sent denied. Sender frequency limited.',
    source: `Sisimai lib/sisimai/rhost/tencent.rb (code); ${QQ}`,
  },
  {
    who: 'Cox',
    // CXMXRT: too many messages from the sender in a period, a rate.
    re: /\bmessage threshold exceeded\b/i,
    reason: 'rate-limited',
    example: '452 4.2.0 cox message threshold exceeded',
    source: `Sisimai lib/sisimai/rhost/cox.rb (code); ${COX}`,
  },
  {
    who: 'GoDaddy',
    // The recipient account's storage is used up: the guide's mailbox-full.
    re: /\b(?:account|mailbox|user) storage (?:limit|quota)\b/i,
    reason: 'mailbox-full',
    example: '552 5.2.2 Account storage limit exceeded',
    source: `Sisimai lib/sisimai/rhost/godaddy.rb (code); ${GODADDY}`,
  },
  {
    who: 'Mimecast',
    // An SMTP AUTH login to Mimecast refused: credentials.
    re: /\bsubmitter failed to authenticate\b/i,
    reason: 'credentials',
    example: '535 Submitter failed to authenticate',
    source: `Sisimai lib/sisimai/rhost/mimecast.rb (code); ${MIMECAST}`,
  },
  {
    who: 'Mimecast',
    // Mimecast's own capacity ("unable to process connection/email at this time"): the receiver's
    // fault, system.
    re: /\bunable to process (?:an? )?(?:e-?mail|message|connection|command)s?(?: at this time)?\b/i,
    reason: 'system',
    example: '451 Unable to process connection at this time',
    source: `Sisimai lib/sisimai/rhost/mimecast.rb (code); ${MIMECAST}`,
  },
  // ---- Delivery agents and servers (read as code or their documented reply tables) -------------
  {
    who: 'Dovecot',
    // A mailbox lock the delivery agent could not take in time (MAIL_ERRSTR_LOCK_TIMEOUT): the
    // receiving server's own state (system), not a connection that timed out.
    re: /\bTimeout while waiting for lock\b/i,
    reason: 'system',
    example: '451 4.2.0 <someone@example.com> Timeout while waiting for lock',
    source: DOVECOT,
  },
  {
    who: 'Dovecot',
    // The LMTP proxy finding that it loops (a routing loop, X.4.6: network). Its quota plugin's
    // "Too many messages in the mailbox" is read with the mailbox-full words (reason.ts).
    re: /\bProxying (?:loops to itself|appears to be looping)\b/i,
    reason: 'network',
    example: '554 5.4.6 <someone@example.com> Proxying loops to itself',
    source: DOVECOT,
  },
  {
    who: 'OpenSMTPD',
    // mta.c's relay failures: DNS found no mail host, no route or address family to reach one; the
    // local side could not pick a source address (its own set-up). mda.c's user lookup.
    re: /\bTemporary failure in MX lookup\b/i,
    reason: 'host-unknown',
    example: 'Temporary failure in MX lookup',
    source: OPENSMTPD,
  },
  {
    who: 'OpenSMTPD',
    re: /\bNo valid route to (?:remote MX|destination)\b|\bAddress family mismatch on destination MXs\b|\bNetwork error on destination MXs\b/i,
    reason: 'network',
    example: 'Address family mismatch on destination MXs',
    source: OPENSMTPD,
  },
  {
    who: 'OpenSMTPD',
    re: /\bCould not retrieve source address\b|\bTemporary failure in user lookup\b/i,
    reason: 'system',
    example: 'Could not retrieve source address',
    source: OPENSMTPD,
  },
  {
    who: 'OpenSMTPD',
    // The local user database answered that the user does not exist (LKA_PERMFAIL, status 5.1.6).
    re: /\bPermanent failure in user lookup\b/i,
    reason: 'user-unknown',
    example: 'Permanent failure in user lookup',
    source: OPENSMTPD,
  },
  {
    who: 'Haraka',
    // The connect hook's default refusal: the connecting host is refused before any message.
    re: /\bYour mail is not welcome here\b/i,
    reason: 'blocked',
    example: '554 Your mail is not welcome here',
    source: HARAKA,
  },
  {
    who: 'Haraka',
    // The mail hook's default refusal names the sender: a rule about the sender (policy). Not its
    // "I cannot deliver mail for <a>" (no plugin accepted the recipient): the guide's §7 reads it as
    // naming no cause (other), so no rule reads it (review9).
    // Only the bare default: a plugin's stated cause after it ("denied: SPF check failed") decides
    // (the guide's §4, a stated cause in the same reply) (review9).
    re: /\bsender <[^<>\s]{0,254}> denied\b(?!\s*[:;,(-]\s*\S)/i,
    reason: 'policy',
    example: '550 sender <someone@example.net> denied',
    source: HARAKA,
  },
  {
    who: 'Haraka',
    // The rcpt hook's default refusal: a recipient rejected with no more detail (user-unknown).
    // Only the bare default, as for the sender's above ("denied: mailbox full" is mailbox-full).
    re: /\brecipient <[^<>\s]{0,254}> denied\b(?!\s*[:;,(-]\s*\S)/i,
    reason: 'user-unknown',
    example: '550 recipient <someone@example.com> denied',
    source: HARAKA,
  },
  {
    who: 'Haraka',
    // outbound/hmail.js: neither an MX nor an address for the domain. (Its "Temporary MX lookup error
    // for" is read by reason.ts's "MX lookup error" words; review9 dropped the duplicate here.)
    re: /\bNowhere to deliver mail to for domain\b/i,
    reason: 'host-unknown',
    example: 'Nowhere to deliver mail to for domain: example.com',
    source: 'Haraka outbound/hmail.js',
  },
  {
    who: 'maddy',
    // A message the checks put in quarantine, refused on delivery: its content (spam).
    re: /\bRefusing to deliver (?:a )?quarantined message\b/i,
    reason: 'spam',
    example: '550 5.7.0 Refusing to deliver a quarantined message',
    source: MADDY,
  },
  {
    who: 'chasquid',
    // The server's own queue or DKIM signer failing, and its temporary address check: system.
    re: /\bFailed to queue message\b|\bDKIM signing failed\b|\bTemporary error checking address\b/i,
    reason: 'system',
    example: '451 4.3.0 Failed to queue message: Queue size too big, try again later',
    source: CHASQUID,
  },
  {
    who: 'Courier',
    // Courier's check of the SENDER's domain (submit.C: "Domain does not exist", bad MX records,
    // "Invalid domain, see <URL:…rfc1035>"): the guide's sender domain not found, policy; and a
    // recipient's own opt-in list the sender is not on ("not whitelisted by this recipient").
    re: /\bInvalid domain, see <URL:[^>\s]{0,120}rfc1035>|\bnot whitelisted by this recipient\b/i,
    reason: 'policy',
    example:
      '517-Domain does not exist: example.invalid. 517 Invalid domain, see <URL:https://datatracker.ietf.org/doc/html/rfc1035>',
    source: COURIER,
  },
  {
    who: 'Courier',
    // The HELO name did not resolve (the guide: a HELO name refused as unresolvable is syntax, as
    // Postfix's "Helo command rejected: Host not found").
    re: /\bDNS lookup on HELO \S+ failed\b/i,
    reason: 'syntax',
    example: '417 DNS lookup on HELO helo.example failed. Try again later.',
    source: COURIER,
  },
  {
    who: 'Courier',
    // courieresmtp's DNS results for the recipient's domain: no mail host (host-unknown).
    // ("Domain does not receive mail" is read by reason.ts's words for a domain that takes no mail;
    // review9 dropped the duplicate here.)
    re: /\bThis domain's DNS violates RFC 1035\b/i,
    reason: 'host-unknown',
    example: "This domain's DNS violates RFC 1035.",
    source: COURIER,
  },
  {
    who: 'Courier',
    re: /\bNetwork connection shut down by the remote mail server\b|\bConnection unexpectedly closed by remote host\b/i,
    reason: 'network',
    example: 'Network connection shut down by the remote mail server',
    source: COURIER,
  },
  {
    who: 'Courier',
    re: /\bCannot obtain local socket IP address\b|\bMail filters temporarily unavailable\b/i,
    reason: 'system',
    example: '432 Mail filters temporarily unavailable.',
    source: `${COURIER}; courier/cdfilters.C`,
  },
  {
    who: 'Postfix',
    // local(8): the alias or user table failing to answer is the server's own fault; an alias
    // expanding into itself or nesting too deep is a loop (network, like X.4.6).
    re: /\balias database unavailable\b|\btable lookup failure\b|\buser lookup error\b|\bunable to create lock file\b/i,
    reason: 'system',
    example:
      'cannot update mailbox /var/mail/someone for user someone. unable to create lock file /var/mail/someone.lock: Permission denied',
    source: POSTFIX_LOCAL,
  },
  {
    who: 'Postfix',
    re: /\balias database loop for\b|\brecipient nesting limit exceeded\b/i,
    reason: 'network',
    example: 'alias database loop for someone',
    source: POSTFIX_LOCAL,
  },
  {
    who: 'Postfix',
    // pipe(8) reporting its command's exit status by sysexits text, then the command's output: a
    // local delivery program that failed is system whatever its output (the guide, §4), unless the
    // output reports the mailbox owner's quota ("maildrop: maildir over quota").
    re: /\b(?:service unavailable|temporary failure|internal software error|system resource problem|local configuration error|critical OS file missing|can't create user output file|input\/output error|permission denied)\. Command output:(?![^\n]{0,200}?\b(?:quota|mailbox (?:is )?full)\b)/i,
    reason: 'system',
    example: 'service unavailable. Command output: /usr/bin/procmail: Couldn\'t create "/var/mail/someone"',
    source: POSTFIX_LOCAL,
  },
  {
    who: 'Postfix postscreen',
    // The pregreet test: the client spoke before the greeting, refused at the connection (blocked).
    re: /\bI can break rules, too\. Goodbye\b/i,
    reason: 'blocked',
    example: '521 5.7.0 Error: I can break rules, too. Goodbye.',
    source: 'Postfix src/postscreen/postscreen_early.c',
  },
  {
    who: 'T-Online',
    // The connecting IP refused (bad or unknown reputation, block list, dial-up): blocked.
    re: /\bIP=[\da-f.:]{3,45} - (?:A problem occurred|None\/bad reputation)\b/i,
    reason: 'blocked',
    example:
      '554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)',
    source: 'https://postmaster.t-online.de/index.en.html (4.7 SMTP connection rejected)',
  },
  {
    who: 'Coremail',
    // The sending IP refused; the sender's address claimed without authority (spoofing: spam); the
    // sender on the recipient user's own block list (the guide, §6: policy).
    re: /\bmail action not taken: Invalid IP\b|\bIP is rejected\b/i,
    reason: 'blocked',
    example: '550 Requested mail action not taken: Invalid IP',
    source: COREMAIL,
  },
  {
    who: 'Coremail',
    re: /\bmail action not taken: Fake sender\b/i,
    reason: 'spam',
    example: '550 Requested mail action not taken: Fake sender',
    source: COREMAIL,
  },
  {
    who: 'Coremail',
    re: /\bUser in blacklist\b/i,
    reason: 'policy',
    example: '550 User in blacklist',
    source: COREMAIL,
  },
  {
    who: 'Baruwa',
    // The sending IP on the banned list or caught harvesting addresses: blocked.
    re: /\bThe sender \d{1,3}(?:\.\d{1,3}){3} is banned\b|\bDictionary attack detected\b/i,
    reason: 'blocked',
    example: '550 The sender 192.0.2.1 is banned',
    source: BARUWA,
  },
  {
    who: 'Baruwa',
    // The sender's domain on the banned list (§6), a bounce sent to several recipients, the
    // sender's address failing verification: rules about the sender (policy).
    re: /\bThe domain [\w.-]{1,253} is banned\b|\bLegitimate bounces are never sent to more than one recipient\b/i,
    reason: 'policy',
    example: '550 Legitimate bounces are never sent to more than one recipient.',
    source: BARUWA,
  },
  {
    who: 'Baruwa',
    re: /\bRecipient verification failed\b/i,
    reason: 'user-unknown',
    example: '550 Recipient verification failed',
    source: BARUWA,
  },
  {
    who: 'Baruwa',
    re: /\bRestricted characters in address\b/i,
    reason: 'syntax',
    example: '550 Restricted characters in address',
    source: BARUWA,
  },
  {
    who: 'Trend Micro',
    // Email Reputation Services refusing the connecting IP (RBL+, Zombie/QIL lists): blocked.
    re: /\bdenial of connection \(\d{3}\) for (?:RBL\+|Zombie|QIL) matches\b/i,
    reason: 'blocked',
    example: '450 Temporary denial of connection (450) for Zombie matches (ERS)',
    source:
      'https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes',
  },
  {
    who: 'Rackspace',
    // A DMARC policy lookup of the sender's domain failing (G1E): the authentication check, not
    // the recipient's domain.
    re: /\bTemporary DMARC DNS lookup failure\b/i,
    reason: 'auth-failure',
    example: '450 4.4.0 <someone@example.com> Temporary DMARC DNS lookup failure (G1E)',
    source: 'https://docs.rackspace.com/docs/common-email-bounces (emailsrvr.com G-codes)',
  },
  // ---- Sending services' own drop and bounce reasons (seventh pass) ----------------------------
  {
    who: 'SparkPost',
    // Its Adaptive Email Delivery backing off an ISP that pushed back: SparkPost throttles its own
    // sending IP (a rate, §3 "throttled"), not an account suspended.
    re: /\[internal\] Sending IP temporarily suspended\b/i,
    reason: 'rate-limited',
    example: '451 4.3.0 [internal] Sending IP temporarily suspended',
    source: SPARKPOST,
  },
  {
    who: 'SparkPost',
    // Bounce class 25 "Admin Failure": SparkPost's own policies refused the message (§3 policy).
    re: /\bfailed by SparkPost's configured policies\b/i,
    reason: 'policy',
    example: "Admin Failure: The message was failed by SparkPost's configured policies.",
    source: SPARKPOST,
  },
  {
    who: 'SparkPost',
    // Bounce class 53 "Prohibited Attachment": the guide's forbidden attachment type (policy).
    re: /\bblocked by the receiver because it contained an attachment\b/i,
    reason: 'policy',
    example:
      'Prohibited Attachment: The message was blocked by the receiver because it contained an attachment.',
    source: SPARKPOST,
  },
  {
    who: 'SendGrid',
    // Dropped before sending because the X-SMTPAPI header the client built is malformed: syntax.
    re: /\bInvalid SMTPAPI header\b/i,
    reason: 'syntax',
    example: '{"event":"dropped","reason":"Invalid SMTPAPI header"}',
    source: SENDGRID_DROPS,
  },
  {
    who: 'Elastic Email',
    // "Ignore": not sent because the address is on the account's bounce list, the service's own
    // suppression list (the guide, §6: policy).
    re: /\bemail address is currently in the "?Bounce List"?/i,
    reason: 'policy',
    example: 'The email was not delivered because the email address is currently in the "Bounce List".',
    source: ELASTIC,
  },
  {
    who: 'Salesforce Marketing Cloud',
    // Block bounce 1005 "URL Block": the links in the message are refused (its content, spam).
    re: /\bEmails containing your URLs are blocked\b/i,
    reason: 'spam',
    example: 'Block bounce (URL Block): Emails containing your URLs are blocked.',
    source: SFMC,
  },
  {
    who: 'Salesforce Marketing Cloud',
    // Block bounce 1009 "High Unknown Address Pct.": the sender refused for its list's quality (a
    // reputation block, §3 blocked), not an inactive account.
    re: /\bhigh quantity or percentage of unknown or inactive addresses\b/i,
    reason: 'blocked',
    example:
      'Block bounce: Email is blocked due to the high quantity or percentage of unknown or inactive addresses on your list.',
    source: SFMC,
  },
  {
    who: 'Salesforce Marketing Cloud',
    // Block bounce 1010 "Authentication": SPF/DKIM/DMARC missing or failing (§3 auth-failure).
    re: /\bMessage lacks required authentication\b/i,
    reason: 'auth-failure',
    example: 'Block bounce (Authentication): Message lacks required authentication.',
    source: SFMC,
  },
  {
    who: 'Constant Contact',
    // Its "Suspended" bounce category: an address held by Constant Contact after bouncing as
    // non-existent, the service's own suppression list (§6: policy), not a suspended account.
    re: /\bconsistently bounced? as non-?existent\b|\bplaced on an internal hold\b/i,
    reason: 'policy',
    example:
      'Suspended: addresses that consistently bounce as non-existent are placed on an internal hold to prevent us from sending to them again.',
    source: CONSTANT_CONTACT,
  },
  // ---- Gateways' and ISPs' own reply texts (seventh pass) --------------------------------------
  {
    who: 'MailChannels',
    // Inbound filtering's greylisting deferral (its page: retry later, the message will be taken).
    re: /\[S09\] Try Again Later\b/i,
    reason: 'policy',
    example: '450 [S09] Try Again Later',
    source: MAILCHANNELS,
  },
  {
    who: 'MailChannels',
    // The connecting IP address is blocked by MailChannels (§3 blocked).
    re: /\[S10\] Blocked\b/i,
    reason: 'blocked',
    example: '550 [S10] Blocked',
    source: MAILCHANNELS,
  },
  {
    who: 'MailChannels',
    // A message matching a known spam signature: its content (spam), whatever else the line says.
    re: /\b5\.7\.1 \[SS\]/,
    reason: 'spam',
    example: '550 5.7.1 [SS] Message blocked.',
    source: MAILCHANNELS,
  },
  {
    who: 'MailChannels',
    // The sending account refused for an excessive number of invalid recipients: the sender is
    // refused for its list's reputation (blocked), not an unknown recipient.
    re: /\b5\.7\.1 \[BR\]/,
    reason: 'blocked',
    example:
      '550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account.',
    source: MAILCHANNELS,
  },
  {
    who: 'MailChannels',
    // The recipient unsubscribed from the sender's list: the service's suppression (§6 policy).
    re: /\b5\.7\.1 \[UNS\]/,
    reason: 'policy',
    example: '550 5.7.1 [UNS] Recipient has unsubscribed from your list.',
    source: MAILCHANNELS,
  },
  {
    who: 'MailChannels',
    // Domain Lockdown: this sending account may not send for that domain, a rule about the sender's
    // domain (§3 policy), not an SPF failure.
    // Not "… from your IP" / "from 192.0.2.1": the sending IP refused (§3 blocked) (review9).
    re: /\bThis sender is not authori[sz]ed to send from (?!(?:your|this|the sending) ip\b|\[?\d{1,3}(?:\.\d{1,3}){3}\b)\S+/i,
    reason: 'policy',
    example: '550 5.7.1 This sender is not authorized to send from example.com',
    source: MAILCHANNELS,
  },
  {
    who: 'MailChannels',
    // Recipients whose policies differ are deferred to a separate transaction (its page: retried
    // one transaction each): the per-transaction recipient limit (X.5.3, rate-limited), not a policy.
    re: /\bRecipient policy mismatch\b/i,
    reason: 'rate-limited',
    example: '452 4.5.3 Recipient policy mismatch',
    source: MAILCHANNELS,
  },
  {
    who: 'Sophos Email',
    // XGEMAIL_0001-0003: no valid DKIM signature, SPF failed, DMARC failed.
    re: /\bXGEMAIL_000[123]\b/,
    reason: 'auth-failure',
    example: '550 5.7.1 Message rejected (XGEMAIL_0002)',
    source: SOPHOS,
  },
  {
    who: 'Sophos Email',
    // XGEMAIL_0004/0005: the sending IP failed an RBL test, the sender domain a DBL test (named
    // block lists, §3 and §6: blocked).
    re: /\bXGEMAIL_000[45]\b/,
    reason: 'blocked',
    example: '550 5.7.1 Message rejected (XGEMAIL_0004)',
    source: SOPHOS,
  },
  {
    who: 'Sophos Email',
    // XGEMAIL_0006: the TLS version used does not match the version the policy requires.
    re: /\bXGEMAIL_0006\b/,
    reason: 'tls',
    example: '550 5.7.1 Message rejected (XGEMAIL_0006)',
    source: SOPHOS,
  },
  {
    who: 'Sophos Email',
    // XGEMAIL_0007: the receiving organisation's licence has expired: the receiver's own fault.
    re: /\bXGEMAIL_0007\b/,
    reason: 'system',
    example: '550 5.7.1 Message rejected (XGEMAIL_0007)',
    source: SOPHOS,
  },
  {
    who: 'Sophos Email',
    // XGEMAIL_0008-0010: the admin's or the user's block list (a domain, IP or address: an admin
    // rule, §6 policy), or a recipient domain Sophos does not protect (relay denied).
    re: /\bXGEMAIL_00(?:0[89]|10)\b/,
    reason: 'policy',
    example: '550 5.7.1 Message rejected (XGEMAIL_0009)',
    source: SOPHOS,
  },
  {
    who: 'Sophos Email',
    // XGEMAIL_0011: the recipient address does not exist in the protected domain.
    re: /\bXGEMAIL_0011\b/,
    reason: 'user-unknown',
    example: '550 5.1.1 Message rejected (XGEMAIL_0011)',
    source: SOPHOS,
  },
  {
    who: 'Sophos Email',
    // XGEMAIL_0012: the message exceeded the allowed size.
    re: /\bXGEMAIL_0012\b/,
    reason: 'too-big',
    example: '552 5.3.4 Message rejected (XGEMAIL_0012)',
    source: SOPHOS,
  },
  {
    who: 'Sophos Email',
    // XGEMAIL_0013-0015: too many recipients for a large message; the recipient's inbound rate
    // limit for one sender or for all senders (§3 rate-limited).
    re: /\bXGEMAIL_001[345]\b/,
    reason: 'rate-limited',
    example: '451 4.7.1 Message rejected (XGEMAIL_0014)',
    source: SOPHOS,
  },
  {
    who: 'AT&T (BellSouth)',
    // "There seems to be a failure in your IP reverse DNS lookup": the sending IP's reverse DNS
    // (§3 auth-failure), not the recipient's domain.
    re: /\b421[- ]failure in DNS look-up\b/i,
    reason: 'auth-failure',
    example: '421-failure in DNS look-up.',
    source: ATT_BLS,
  },
  {
    who: 'AT&T (BellSouth)',
    // A sender connecting too often or asking for more than the servers have free: connections
    // limited (§3 rate-limited), to be retried.
    re: /\b450 busy--Please try again later\b/i,
    reason: 'rate-limited',
    example: '450 busy--Please try again later',
    source: ATT_BLS,
  },
  {
    who: 'AT&T (BellSouth)',
    // The sending system not recognised as a valid source of mail, or listed in BellSouth's own
    // block list (ldap rblmx): the sending host refused (§3 blocked).
    re: /\bunauthorized interface for\b|\bblocked by ldap:ou=rblmx\b/i,
    reason: 'blocked',
    example: '550 <192.0.2.1> blocked by ldap:ou=rblmx,dc=bellsouth,dc=net',
    source: ATT_BLS,
  },
  {
    who: 'AT&T (BellSouth)',
    // "We were unable to verify the identity of the sending system": the sender's domain refused
    // as invalid (§3 policy, sender domain not found).
    re: /\brequires valid sender domain\b/i,
    reason: 'policy',
    example: '550 [permfail] bellsouth.net requires valid sender domain',
    source: ATT_BLS,
  },
  {
    who: 'AT&T Worldnet',
    // "No identifying information has been entered into the DNS for this sending system": the
    // sending IP's DNS (reverse DNS, §3 auth-failure).
    re: /\bBlocked for status: <unknown sender>/i,
    reason: 'auth-failure',
    example: '550 Error. Blocked for status: <unknown sender>',
    source: ATT_BLS,
  },
  {
    who: 'Charter/Spectrum',
    // A compromised or infected customer broadcasting spam may not send at all until unblocked:
    // the sender refused (§3 blocked), whatever the message.
    re: /\b554 Email Security Alert\b/i,
    reason: 'blocked',
    example: '554 Email Security Alert',
    source: SPECTRUM,
  },
  {
    who: 'Yandex',
    // "If only spam is coming from your mailbox, the Yandex mail server will block receipt of
    // messages from it for 24 hours": the sender refused (blocked), not this message's content.
    re: /\bBlocked by spam statistics\b/i,
    reason: 'blocked',
    example: '554 5.7.1 Blocked by spam statistics - see https://yandex.com/support/mail/',
    source: YANDEX_BOUNCES,
  },
  {
    who: 'Yandex',
    // "Your recipient's account has been blocked due to User Agreement violations": the
    // recipient's account disabled (§3 suspended), not a rule about the sender.
    re: /\bPolicy rejection on the target address\b/i,
    reason: 'suspended',
    example: '550 5.7.1 Policy rejection on the target address',
    source: YANDEX_BOUNCES,
  },
  {
    who: 'Yandex',
    // Listed with the non-existing addresses ("No correct recipients"): §3 user-unknown.
    re: /\bno correct recipients\b/i,
    reason: 'user-unknown',
    example: '554 5.5.1 Error: no correct recipients',
    source: YANDEX_BOUNCES,
  },
  // ---- Mailing-list managers ---------------------------------------------------------------------
  {
    who: 'GNU Mailman 2 and 3',
    // DMARC mitigation set to reject: the list refuses posts From: a domain whose DMARC policy is
    // reject or quarantine, a rule about the sender's domain (§3 policy), not a DMARC check that
    // failed (auth-failure). Read before the general DMARC words.
    re: /\bfrom: a domain which publishes a dmarc policy of (?:reject|quarantine)\b/i,
    reason: 'policy',
    example:
      'You are not allowed to post to this mailing list From: a domain which publishes a DMARC policy of reject or quarantine, and your message has been automatically rejected.',
    source: `${MAILMAN2}; ${MAILMAN3}`,
  },
  {
    who: 'GNU Mailman 2 and 3',
    // Holds and rejections by the list's own rules: a sender forbidden by the list, a restricted
    // list, emergency moderation, the admin's header rules (bounce_matching_headers, header_filter
    // rules, Mailman 3 header matches): the guide's admin rule (§3 policy).
    re: /\bsender is explicitly forbidden\b|\brestricted list\b[^.\n]{0,40}?\brequires approval\b|\blist is restricted; your message was not approved\b|\bemergency (?:hold|moderation) (?:on all list traffic )?is in effect\b|\bmessage (?:has|had) a suspicious header\b|\bheader matched regexp\b|\bmatched a header rule\b|\brejected by filter rule match\b/i,
    reason: 'policy',
    example: 'Message rejected by filter rule match',
    source: `${MAILMAN2}; ${MAILMAN3}`,
  },
  {
    who: 'GNU Mailman 2 and 3',
    // Too many explicit recipients (Mailman 2's "Please trim the recipient list; it is too long",
    // Mailman 3's "Message has more than 10 recipients"): §3 too many recipients (rate-limited),
    // not a message too long.
    re: /\btrim the recipient list\b|\bmessage has more than \d+ recipients\b/i,
    reason: 'rate-limited',
    example: 'Please trim the recipient list; it is too long.',
    source: `${MAILMAN2}; ${MAILMAN3}`,
  },
  {
    who: 'GNU Mailman 3',
    // rules/loop.py: the message already carries this list's X-BeenThere: a mail loop (§3 network).
    re: /\bmessage has already been posted to this list\b/i,
    reason: 'network',
    example: 'Message has already been posted to this list',
    source: MAILMAN3,
  },
  {
    who: 'GNU Mailman 3',
    // runners/lmtp.py ERR_501 (the parser found defects) and rules/no_senders.py (no From:, Sender:
    // or envelope sender found): a malformed message (§3 syntax).
    re: /\b501 message has defects\b|\bmessage has no valid senders\b|\bno sender was found in the message\b/i,
    reason: 'syntax',
    example: '501 Message has defects',
    source: MAILMAN3,
  },
  {
    who: 'GNU Mailman 3, ezmlm-idx',
    // A list that takes no post without a Subject (Mailman 3 rules/no_subject.py, ezmlm-reject's
    // ERR_NO_SUBJECT): a rule of the list, not a malformed message (RFC 5322 makes Subject
    // optional): §3 policy.
    re: /\bmessage has no subject\b|\b(?:do not|don't) accept messages? with (?:an )?empty subject\b/i,
    reason: 'policy',
    example: "Sorry, I don't accept message with empty Subject (#5.7.0)",
    source: `${MAILMAN3}; ${EZMLM}`,
  },
  {
    who: 'ezmlm-idx',
    // ezmlm-reject's and ezmlm-send's refusals: MIME types the list strips or refuses (a forbidden
    // attachment type), a message too short, commands in the subject, the poster's posts refused,
    // bounces and host-less senders not answered, a sublist's parent check, moderator-only
    // commands (§3 policy), whatever their #5.2.3 (which alone would say too-big).
    re: /\bunacceptable MIME (?:Content-Type|parts)\b|\b(?:do not|don't) accept messages (?:of MIME Content-Type|shorter than)\b|\b(?:do not|don't) accept commands in the subject line\b|\btold to reject (?:your posts|all requests)\b|\bI do not reply to (?:bounce messages|senders without host names)\b|\bnot from my parent list\b|\bsublist messages must have a Mailing-List header\b|\bcommand allowed only to moderators\b|\bonly subscribers can \w+/i,
    reason: 'policy',
    example: "Sorry, I don't accept messages of MIME Content-Type 'application/zip' (#5.2.3)",
    source: EZMLM,
  },
  {
    who: 'Majordomo 2',
    // Resend's refusals of a post: a denied post, a MIME part the list denies (a forbidden
    // attachment type), the poster's postblock flag (§3 policy).
    re: /\bdenied post to the \S+ mailing list\b|\billegal MIME part in\b|\bpostblock flag is set\b/i,
    reason: 'policy',
    example: 'Denied post to the example-l mailing list',
    source: MAJORDOMO2,
  },
  {
    who: 'Majordomo 2',
    // over_message_limit: the poster sent more than the list's count of posts in its period: a
    // sending quota (§3 rate-limited).
    re: /\bmore than \d+ messages posted out of the last\b/i,
    reason: 'rate-limited',
    example: 'More than 5 messages posted out of the last 1d.',
    source: MAJORDOMO2,
  },
  {
    who: 'Majordomo 2',
    // unknown_list: no such list at this site (§3 mailbox does not exist).
    re: /\bmailing list is not supported at\b/i,
    reason: 'user-unknown',
    example: 'The "example-l" mailing list is not supported at example.org.',
    source: MAJORDOMO2,
  },
  // ---- Filters, policy daemons and hosting panels (lex10) -----------------------------------------
  {
    who: 'spamdyke',
    // DENIED_IP_IN_CC_RDNS / DENIED_IP_IN_RDNS: the sending IP's reverse DNS name is a generic one
    // (it holds the IP and a country code or a keyword such as "dynamic"): the guide's generic
    // reverse DNS (auth-failure), not a ban of the IP that "banned keyword" would otherwise read as.
    re: /\breverse DNS entry contains your IP address\b/i,
    reason: 'auth-failure',
    example: '554 Refused. Your reverse DNS entry contains your IP address and a banned keyword.',
    source: SPAMDYKE,
  },
  {
    who: 'spamdyke',
    // DENIED_EARLYTALKER (the client spoke before the greeting) and DENIED_UNQUALIFIED_RECIPIENT (a
    // recipient with no domain): a malformed conversation or address (syntax), not "Refused" policy.
    re: /\bRefused\. You are not following the SMTP protocol\b|\bImproper recipient address\. Try supplying a domain name\b/i,
    reason: 'syntax',
    example: '554 Refused. You are not following the SMTP protocol.',
    source: SPAMDYKE,
  },
  {
    who: 'iRedAPD',
    // CHANGE_PASSWORD_MESSAGE: the sender's login is refused until its password is changed
    // (the guide's SMTP AUTH login refused, credentials), whatever "Sender address rejected" says.
    re: /\bPassword expired or never changed, please change your password\b/i,
    reason: 'credentials',
    example:
      '554 5.7.1 <lee@example.org>: Sender address rejected: Password expired or never changed, please change your password in webmail before sending email',
    source: IREDAPD,
  },
  {
    who: 'iRedAPD',
    // reject_blacklisted_rdns: the sending IP's reverse DNS name is on the receiver's block list (a
    // listed host, the guide's blocked), not a missing or mismatched reverse DNS (auth-failure).
    re: /\bBlacklisted reverse DNS name of server IP address\b/i,
    reason: 'blocked',
    example:
      '554 5.7.1 <kim@example.net>: Recipient address rejected: Blacklisted reverse DNS name of server IP address (mail.example.org)',
    source: IREDAPD,
  },
  {
    who: 'cPanel (Exim)',
    // ACL_CONNECT_BLOCK/ratelimit (too many connections from the host) and dictionary_attack (too
    // many failed recipients in a session): a rate (the guide's too many connections, rate-limited).
    re: /\bhas reached its limit for processing requests from your host\b|\bNumber of failed recipients exceeded\b/i,
    reason: 'rate-limited',
    example:
      '421 The server has reached its limit for processing requests from your host.  Please try again later.',
    source: CPANEL_EXIM,
  },
  {
    who: 'cPanel (Exim)',
    // primary_hostname_bl: mail to the server's own host name is taken only after a login (the
    // guide's relay refused for want of a login, credentials).
    re: /\bsufficient privileges to send mail to this address\.\s{0,3}Please authenticate\b/i,
    reason: 'credentials',
    example:
      '550 You do not have sufficient privileges to send mail to this address.  Please authenticate and try again.',
    source: CPANEL_EXIM,
  },
  {
    who: 'cPanel (Exim)',
    // default_identify_sender: a demo account may not send; mail_permissions: the host suspended a
    // domain's or an address's outgoing mail. Admin rules on the sender (policy), not a closed
    // mailbox of the recipient's (suspended).
    re: /\bDemo accounts may not send mail\b|\bOutgoing mail from "[^"\n]{1,254}" has been suspended\b/i,
    reason: 'policy',
    example: '550 Outgoing mail from "example.org" has been suspended.',
    source: CPANEL_EXIM,
  },
  {
    who: 'Mailu (rspamd)',
    // ANTIVIRUS_FAILED: the virus scanner was not ready, so the message is deferred: the receiver's
    // own fault (system), not a virus found (spam).
    re: /\b(?:anti-?virus|oletools)(?:\/oletools)? not ready\b/i,
    reason: 'system',
    example: '451 4.7.1 Please retry later (anti-virus/oletools not ready)',
    source: MAILU,
  },
  // ---- Filters, policy daemons and hosting panels lex10 did not reach (lex13) ----------------------
  {
    who: 'amavisd-new',
    // CC_BANNED ("id=%n - BANNED: %F"): a part whose file name or type the site's banned_filename
    // rules refuse (.exe, .scr, a MIME type), the guide's forbidden attachment type (policy), not a
    // banned sender (blocked) nor a spam verdict.
    re: /\bid=[\w.-]{1,40} - BANNED\b/i,
    reason: 'policy',
    example: '554 5.7.0 Reject, id=12345-03 - BANNED: invoice.pdf.exe',
    source: AMAVIS,
  },
  {
    who: 'amavisd-new',
    // CC_BADH ("id=%n - BAD HEADER: MIME error / nonencoded 8-bit character / duplicate header
    // field / syntax error …", 554 5.6.0 or 5.6.3): a malformed message (syntax).
    re: /\bid=[\w.-]{1,40} - BAD HEADER\b/i,
    reason: 'syntax',
    example: '554 5.6.0 Reject, id=12345-03 - BAD HEADER: duplicate header field',
    source: AMAVIS,
  },
  {
    who: 'amavisd-new',
    // CC_MTA: amavis could not hand the checked message back to its MTA (or got a temporary failure
    // doing so): the receiving side's own fault (system), not relay denied.
    re: /\bid=[\w.-]{1,40} - (?:Temporary MTA failure on relaying|Unable to relay message back to MTA)\b/i,
    reason: 'system',
    example: '450 4.3.5 Temporary failure, id=12345-03 - Temporary MTA failure on relaying',
    source: AMAVIS,
  },
  {
    who: 'DirectAdmin Exim',
    // RELAY_NOT_PERMITTED_AUTH, port 587 for logged-in users only: a relay refused for want of a
    // login (the guide's credentials).
    re: /\brelay not permitted, authentication required\b/i,
    reason: 'credentials',
    example: '550 relay not permitted, authentication required',
    source: DIRECTADMIN,
  },
  {
    who: 'DirectAdmin Exim',
    // BLOCKED_DUE_TO_SPAM_HOST / _IP: the sending host or IP is on the server's bad_sender_hosts
    // lists, so any message from it is refused (blocked), whatever "due to SPAM" says of the past.
    re: /\b(?:host|ip) blocked due to spam\b/i,
    reason: 'blocked',
    example: '554 denied. 5.7.1 IP Blocked due to SPAM',
    source: DIRECTADMIN,
  },
  {
    who: 'DirectAdmin Exim',
    // RBL_BLOCKED_BY_LIST ("Email blocked by $dnslist_domain"): the sending IP is listed in the named
    // DNS block list's zone (blocked), whatever list it is. Not "blocked by administrator" (no zone).
    re: /\bEmail blocked by (?:[a-z0-9-]{1,63}\.){1,10}[a-z]{2,24}\b/i,
    reason: 'blocked',
    example: '550 Email blocked by bl.example.org',
    source: DIRECTADMIN,
  },
  {
    who: 'DirectAdmin Exim',
    // CLAM_MALFORMED_MIME: a malformed message (syntax).
    re: /\bcontains malformed MIME\b|\bmalformed_MIME:/i,
    reason: 'syntax',
    example: '550 This message contains malformed MIME (malformed_MIME:demime error)',
    source: DIRECTADMIN,
  },
  {
    who: 'DirectAdmin Exim',
    // CLAM_BAD_ATTACHMENT: an attachment of a refused type (the guide's forbidden attachment type).
    re: /\battachment of a type (?:which|that) we do not accept\b|\battachment_not_allow:/i,
    reason: 'policy',
    example:
      '550 This message contains an attachment of a type which we do not accept (attachment_not_allow:.scr)',
    source: DIRECTADMIN,
  },
  {
    who: 'chkuser (qmail/vpopmail)',
    // CHKUSER_RESOURCE_STRING: the receiver's own user database could not be read (system).
    re: /\bsystem temporary unavailable, try again later\b/i,
    reason: 'system',
    example: '430 system temporary unavailable, try again later (#4.3.0 - chkuser)',
    source: CHKUSER,
  },
  {
    who: 'chkuser (qmail/vpopmail)',
    // CHKUSER_MAXRCPT_STRING: too many recipients in one session (the guide's rate-limited).
    re: /\breached maximum number of recipients for one session\b/i,
    reason: 'rate-limited',
    example: '571 sorry, reached maximum number of recipients for one session (#5.7.1 - chkuser)',
    source: CHKUSER,
  },
  {
    who: 'chkuser (qmail/vpopmail)',
    // CHKUSER_MAXWRONGRCPT / INTRUSIONTHRESHOLD: the session tried too many unknown recipients and is
    // refused by the site's rule (policy), whatever its #5.1.1.
    re: /\byou are violating our security policies\b/i,
    reason: 'policy',
    example: '571 sorry, you are violating our security policies (#5.1.1 - chkuser)',
    source: CHKUSER,
  },
  {
    who: 'chkuser (qmail/vpopmail)',
    // CHKUSER_DOMAINMISSING / RCPTFORMAT / SENDERFORMAT: address syntax (syntax), whatever #5.1.1.
    re: /\byou must specify a domain\b|\b(?:recipient|sender) address has invalid format\b/i,
    reason: 'syntax',
    example: '511 sorry, recipient address has invalid format (#5.1.1 - chkuser)',
    source: CHKUSER,
  },
  {
    who: 'chkuser (qmail/vpopmail)',
    // CHKUSER_SENDERMX_STRING: the sender's domain has no usable MX, the guide's sender domain not
    // found (policy), read before the recipient's domain below.
    re: /\bcan't find a valid MX for sender domain\b/i,
    reason: 'policy',
    example: "511 sorry, can't find a valid MX for sender domain (#5.1.1 - chkuser)",
    source: CHKUSER,
  },
  {
    who: 'chkuser (qmail/vpopmail)',
    // CHKUSER_RCPTMX_STRING: DNS finds no mail host for the recipient's domain (host-unknown).
    re: /\bcan't find a valid MX for rcpt domain\b/i,
    reason: 'host-unknown',
    example: "511 sorry, can't find a valid MX for rcpt domain (#5.1.1 - chkuser)",
    source: CHKUSER,
  },
  {
    who: 'Haraka (karma plugin)',
    // The connection's karma (its IP's history and this session's behaviour) fell below the deny
    // threshold: a reputation refusal of the sender (blocked).
    re: /\bbad karma score\b/i,
    reason: 'blocked',
    example: '550 very bad karma score: -9',
    source: HARAKA_PLUGINS,
  },
  {
    who: 'Haraka (fcrdns plugin)',
    // No forward-confirmed reverse DNS for the sending IP: the guide's mismatched reverse DNS.
    re: /\bno FCrDNS match\b/i,
    reason: 'auth-failure',
    example: '550 Sorry, no FCrDNS match found',
    source: HARAKA_PLUGINS,
  },
  {
    who: 'MIMEDefang',
    // mimedefang.pl: "Message contained too many MIME parts. We do not accept such complicated
    // messages.": a limit on the message itself (too-big), as Gmail's too-many-attachments page.
    re: /\btoo many MIME parts\b/i,
    reason: 'too-big',
    example: '554 5.7.1 Message contained too many MIME parts.  We do not accept such complicated messages.',
    source: 'MIMEDefang mimedefang.pl.in',
  },
  {
    who: 'MIMEDefang',
    // Mail::MIMEDefang::TLSPolicy: the recipient's MX is not one its MTA-STS policy allows, a TLS
    // policy failure (tls), not a host refused as a sender that "not permitted" would read as.
    re: /\bnot permitted by MTA-STS policy\b/i,
    reason: 'tls',
    example: '554 5.7.1 MX host mx.example.net not permitted by MTA-STS policy',
    source: 'MIMEDefang modules/lib/Mail/MIMEDefang/TLSPolicy.pm',
  },
  {
    who: 'MailScanner',
    // rejection.report.txt ("Unrequested mail rejected": "a mail message to us which was not
    // requested and has been rejected"): unsolicited mail, the guide's spam.
    re: /\bUnrequested mail rejected\b|\bwhich was not requested and has been rejected\b/i,
    reason: 'spam',
    example:
      'You have sent a mail message to us which was not requested and has been rejected. Please do not send any more mail to us at this address.',
    source: 'MailScanner v5 reports/en/rejection.report.txt',
  },
  {
    who: 'Proxmox Mail Gateway',
    // PMG::SMTP: its filter could not hand the whole message on to local delivery ("Local delivery
    // failed: unfinished data"): the receiving side's own fault (system).
    re: /\bLocal delivery failed: unfinished data\b/i,
    reason: 'system',
    example: '451 4.5.0 Local delivery failed: unfinished data',
    source: 'Proxmox pmg-api src/PMG/SMTP.pm',
  },
  // ---- Commercial and less common servers (lex12) ---------------------------------------------
  {
    who: 'Cyrus IMAP (lmtpd)',
    // IMAP_MAILBOX_BADFORMAT ("451 4.2.0 Mailbox has an invalid format") and a spool file it could not
    // create ("451 4.3.2 cannot create temporary file: <errno text>"): the receiving server's own
    // fault (the guide's system row), not a full mailbox (X.2.0 has no detail) nor a policy
    // ("Permission denied" is the errno text of the spool directory, not a rule about the sender).
    re: /\bmailbox has an invalid format\b|\bcannot create (?:temporary )?file: /i,
    reason: 'system',
    example: '451 4.3.2 cannot create temporary file: Permission denied',
    source: CYRUS_LMTP,
  },
  {
    who: 'Kopano / Zarafa (dagent)',
    // The LMTP delivery agent could not reach its own storage server ("network or permissions error
    // to storage server: <MAPI code>", "Connection error: <MAPI code>") or failed to queue a
    // recipient ("Failed to add user to recipients"): the receiving server's own fault (the guide's
    // system row), whatever X.1.1 it sends, and not a policy ("permissions" is the store's).
    re: /\berror to storage server\b|\bConnection error: 0x[0-9a-f]{8}\b|\bFailed to add user to recipients\b/i,
    reason: 'system',
    example: '450 4.5.0 ada@example.net network or permissions error to storage server: 0x80040115',
    source: KOPANO_DAGENT,
  },
  {
    who: 'Exchange',
    // The destination domain's MX points at a loopback address, so the mail would come back to the
    // sending server itself: a routing loop (the guide's network row), as Exim's "lowest numbered MX
    // record points to local host", not an unknown domain (whatever 5.4.4 says).
    re: /\bSMTPSEND\.DNS\.MxLoopback\b/i,
    reason: 'network',
    example:
      '554 5.4.4 SMTPSEND.DNS.MxLoopback; DNS records for the destination domain point to a loopback address',
    source: EXCHANGE_LISTS,
  },
  {
    who: 'Citadel',
    // The server's own message filters (its spam and rule filters run on the message after DATA)
    // refused it: a content filter (the guide's spam row). Not a "filter policy" or "filter rule"
    // another server names (an admin rule, policy).
    re: /\b550 Message rejected by filter\b(?! (?:polic|rule))/i,
    reason: 'spam',
    example: '550 Message rejected by filter',
    source: CITADEL,
  },
  {
    who: 'Apache James',
    // DNSRBLHandler: the connecting IP is on a block list the server checks, so only authenticated
    // mail is taken from it: the IP refused as a sender (the guide's block-list row, blocked), not
    // SPF/DKIM ("unauthenticated" is SMTP AUTH's word here).
    re: /\bRejected: unauthenticated e-mail from \S{1,64} is restricted\b/i,
    reason: 'blocked',
    example:
      '554 5.7.1 Rejected: unauthenticated e-mail from 192.0.2.1 is restricted.  Contact the postmaster for details.',
    source: JAMES,
  },
  {
    who: 'Apache James',
    // Remote delivery found no MX or address record for the recipient's domain (the guide's
    // host-unknown row).
    re: /\bno DNS entries for the hostname\b/i,
    reason: 'host-unknown',
    example:
      'There are no DNS entries for the hostname example.net.  I cannot determine where to send this message.',
    source: JAMES,
  },
  {
    who: 'Apache James',
    // Local delivery could not open or write the recipient's mailbox (a mailbox store error, not its
    // quota, which James reports apart): the receiving server's own fault (system).
    re: /\bUnable to access mailbox\.(?!\S)/i,
    reason: 'system',
    example: 'Unable to access mailbox.',
    source: JAMES,
  },
  {
    who: 'Oracle/Sun Messaging Server',
    // The recipient's domain matches no host or domain the MTA knows (the guide's host-unknown row).
    re: /\billegal host\/domain name found\b/i,
    reason: 'host-unknown',
    example: 'Reason: Illegal host/domain name found',
    source: MESSAGING_SERVER,
  },
  // ---- Generic submission refusals worded alike by several servers -----------------------------
  {
    who: 'SMTP AUTH (Zoho, Amazon SES, Exchange, Postfix)',
    re: /\b535[- ](?:\d\.\d\.\d+ )?(?:Authentication (?:Failed|unsuccessful|Credentials Invalid)|Incorrect authentication data)\b/i,
    reason: 'credentials',
    example: '535 Authentication Credentials Invalid',
    source: `${SES_SMTP}; ${MIMECAST} (535 Incorrect authentication data)`,
  },
];

// A refusal at the greeting (4xx or 5xx) is `blocked` whatever its words (the guide, §4), which
// `reason-words.ts` decides: here only markers that say more than that (a block, reverse DNS) apply.
const GREETING =
  /\brefused to talk to me: [45]\d\d\b|\binvalid greeting\. response=[45]\d\d\b|\bafter initial connection:\s?(?:host [^\n:]{0,200}:\s?)?[45]\d\d\b|\bexpected response code 220 but got code "?[45]\d\d\b/i;
const AT_GREETING: ReadonlySet<BounceReason> = new Set(['blocked', 'auth-failure']);

/**
 * The reason a reply gives in a provider's or MTA's documented wording (`providerReplies`), or
 * `null`. Reads the reply as `reasonOfText` hands it over (unfolded); linear in its length.
 */
export function reasonOfProvider(text: string): BounceReason | null {
  const atGreeting = GREETING.test(text);
  for (const p of providerReplies) {
    if (atGreeting && !AT_GREETING.has(p.reason)) continue;
    if (p.re.test(text)) return p.reason;
  }
  return null;
}
