// Errors below SMTP as systems that speak another language word them. A paste from a machine whose
// locale is not English carries the same failure in the locale's words: glibc's strerror() and
// gai_strerror() (PHP, msmtp, curl and any program that set its locale, on Linux) print the
// translation from glibc's message catalogue, and Windows prints a Winsock error (10060, 10061 …) in
// its display language, which .NET's SocketException, Python's "[WinError …]" and PHP on Windows quote.
// Each row is one family's phrase in one language; families.ts reads these rows as its own (same
// matcher, same tests in families.test.ts). Only phrases that say a network failure are here: the
// translations of "Permission denied" and the like are everyday words in every language.
//
// glibc: the translation of ECONNREFUSED, ETIMEDOUT, ENETUNREACH, EHOSTUNREACH, ECONNRESET and of
// gai_strerror's EAI_NONAME and EAI_AGAIN, from glibc's po file for the language (none of them fuzzy).
// Where the translation has an apostrophe that varies (' or ’), a dotted capital İ (which lower-cases
// to two code points) or a backquote, the phrase is the part around it. Where the bare words also say
// something else (French "connexion" is also a login, Portuguese "ligação" also a link), the phrase
// keeps the runtime's errno around it.
//
// Windows: the message Windows prints for 10061 and 10060 in its display language. Microsoft's
// localised reference pages translate the English description anew (pt-BR's "recusou-a de forma
// ativa", zh-CN's "主动拒绝" are not what Windows prints), so each phrase here is the system's own text
// as public code and logs quote it from localised Windows, checked in several independent places.
//
// PHPMailer (session 14, lex18): the library translates its own messages (`setLanguage()`, one
// language/phpmailer.lang-<xx>.php per language), so a PHP app that runs in French prints
// "Erreur SMTP : impossible de se connecter au serveur SMTP." where families.ts has "SMTP Error: Could
// not connect to SMTP host.". Each language's `authenticate`, `connect_host` and
// `smtp_connect_failed` is a row here, marked like its English sibling: `authenticate` is the login
// wrapper (auth-wrapper, strong) and keeps its "SMTP Error:"-like prefix as the English row does,
// because "authentication failed" alone is every program's words; `connect_host` drops the prefix
// as the English row does (a prefix typed another way still matches), except where the rest names
// no SMTP and is everyday words (fi, si, ur, pl, old eo): there the prefix stays; both connection
// messages are weak `no-reason`, as in English. A phrase is the sentence without its trailing
// punctuation, with the apostrophe straight and no zero-width joiner (the classifier reads a paste
// so: classify.ts `plainTyped`); "SMTP Connect() failed." left untranslated is the English row.
// Earlier releases worded some translations differently: each such wording is a row too, cited at
// the last release that shipped it. Translations of `smtp_error` ("SMTP server error: ") are not
// rows: the message after it decides.
//
// .NET (session 14, lex19): .NET Framework, and .NET on a Windows machine whose language pack is
// installed, print their own exception messages translated, where families.ts has the English
// (System.Net.Security's "The remote certificate is invalid according to the validation procedure.",
// System.Net's "Unable to connect to the remote server"). Each row is one language's wording as a
// Microsoft page in that language quotes it under the exception's name (SSIS Scale Out, Data
// Factory's self-hosted runtime, gRPC and SignalR troubleshooting, DMS, Entra Connect), marked like its
// English sibling: the certificate sentence is weak `cert-untrusted` (a more specific cause in the same
// paste wins), the connect sentence weak `no-reason`. Where a language's pages word it differently
// (Polish "walidacji" / "weryfikacji" / "sprawdzania poprawności", Russian "недопустим" /
// "недействителен"), the phrase is the part they share. Not rows: "Failure sending mail." (names no
// cause, as in English), "… the remote party has closed the transport stream" and the bare
// "… rejected by the provided RemoteCertificateValidationCallback" (no English row), "The operation
// has timed out" (everyday words in every language), and the connect sentence where it is a common
// sentence of the language (French, Japanese, Chinese: the same words head Exchange's 4.4.317 and
// any app's own message).

import { type FamilyRow, r, weak } from './family-row.js';

/** glibc's message catalogue, one po file per language. */
const GLIBC_PO = {
  de: 'https://github.com/bminor/glibc/blob/master/po/de.po',
  fr: 'https://github.com/bminor/glibc/blob/master/po/fr.po',
  es: 'https://github.com/bminor/glibc/blob/master/po/es.po',
  it: 'https://github.com/bminor/glibc/blob/master/po/it.po',
  pt_BR: 'https://github.com/bminor/glibc/blob/master/po/pt_BR.po',
  pt: 'https://github.com/bminor/glibc/blob/master/po/pt.po',
  nl: 'https://github.com/bminor/glibc/blob/master/po/nl.po',
  pl: 'https://github.com/bminor/glibc/blob/master/po/pl.po',
  ru: 'https://github.com/bminor/glibc/blob/master/po/ru.po',
  uk: 'https://github.com/bminor/glibc/blob/master/po/uk.po',
  cs: 'https://github.com/bminor/glibc/blob/master/po/cs.po',
  tr: 'https://github.com/bminor/glibc/blob/master/po/tr.po',
  ja: 'https://github.com/bminor/glibc/blob/master/po/ja.po',
  ko: 'https://github.com/bminor/glibc/blob/master/po/ko.po',
  zh_CN: 'https://github.com/bminor/glibc/blob/master/po/zh_CN.po',
  zh_TW: 'https://github.com/bminor/glibc/blob/master/po/zh_TW.po',
  vi: 'https://github.com/bminor/glibc/blob/master/po/vi.po',
  sv: 'https://github.com/bminor/glibc/blob/master/po/sv.po',
  fi: 'https://github.com/bminor/glibc/blob/master/po/fi.po',
  hu: 'https://github.com/bminor/glibc/blob/master/po/hu.po',
} as const;
const WINSOCK = 'https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2';
const WINSOCK_10061 = (language: string) =>
  `${WINSOCK} (WSAECONNREFUSED 10061, as ${language} Windows prints it)`;
const WINSOCK_10060 = (language: string) =>
  `${WINSOCK} (WSAETIMEDOUT 10060, as ${language} Windows prints it)`;
/** PHPMailer's language files, one per language, as shipped now. */
const PHPMAILER_LANG = {
  af: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-af.php',
  ar: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-ar.php',
  as: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-as.php',
  az: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-az.php',
  ba: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-ba.php',
  be: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-be.php',
  bg: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-bg.php',
  bn: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-bn.php',
  ca: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-ca.php',
  cs: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-cs.php',
  da: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-da.php',
  de: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-de.php',
  el: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-el.php',
  eo: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-eo.php',
  es: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-es.php',
  et: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-et.php',
  fa: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-fa.php',
  fi: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-fi.php',
  fo: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-fo.php',
  fr: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-fr.php',
  gl: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-gl.php',
  he: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-he.php',
  hi: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-hi.php',
  hr: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-hr.php',
  hu: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-hu.php',
  hy: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-hy.php',
  id: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-id.php',
  it: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-it.php',
  ja: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-ja.php',
  ka: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-ka.php',
  ko: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-ko.php',
  ku: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-ku.php',
  lt: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-lt.php',
  lv: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-lv.php',
  mg: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-mg.php',
  mn: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-mn.php',
  ms: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-ms.php',
  nb: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-nb.php',
  nl: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-nl.php',
  pl: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-pl.php',
  pt: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-pt.php',
  pt_br: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-pt_br.php',
  ro: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-ro.php',
  ru: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-ru.php',
  si: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-si.php',
  sk: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-sk.php',
  sl: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-sl.php',
  sr: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-sr.php',
  sr_latn: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-sr_latn.php',
  sv: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-sv.php',
  tl: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-tl.php',
  tr: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-tr.php',
  uk: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-uk.php',
  ur: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-ur.php',
  vi: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-vi.php',
  zh: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-zh.php',
  zh_cn: 'https://github.com/PHPMailer/PHPMailer/blob/master/language/phpmailer.lang-zh_cn.php',
} as const;
/** The same files at the last release that shipped an earlier translation (or a file since renamed). */
const PHPMAILER_LANG_AT = {
  'ar@v5.2.2':
    'https://github.com/PHPMailer/PHPMailer/blob/10c57b72fe4476901d1b3f5ccf3f5cedb4b3c8b1/language/phpmailer.lang-ar.php (v5.2.2)',
  'ba@v5.2.28':
    'https://github.com/PHPMailer/PHPMailer/blob/acba50393dd03da69a50226c139722af8b153b11/language/phpmailer.lang-ba.php (v5.2.28)',
  'br@v5.2.2':
    'https://github.com/PHPMailer/PHPMailer/blob/10c57b72fe4476901d1b3f5ccf3f5cedb4b3c8b1/language/phpmailer.lang-br.php (v5.2.2)',
  'ca@v5.2.2':
    'https://github.com/PHPMailer/PHPMailer/blob/10c57b72fe4476901d1b3f5ccf3f5cedb4b3c8b1/language/phpmailer.lang-ca.php (v5.2.2)',
  'ch@v6.6.2':
    'https://github.com/PHPMailer/PHPMailer/blob/b52ed06864fdda81b82ec8bf564cf15d45ed4f95/language/phpmailer.lang-ch.php (v6.6.2)',
  'cz@v5.2.2':
    'https://github.com/PHPMailer/PHPMailer/blob/10c57b72fe4476901d1b3f5ccf3f5cedb4b3c8b1/language/phpmailer.lang-cz.php (v5.2.2)',
  'da@v5.2.28':
    'https://github.com/PHPMailer/PHPMailer/blob/acba50393dd03da69a50226c139722af8b153b11/language/phpmailer.lang-da.php (v5.2.28)',
  'de@v5.2.2':
    'https://github.com/PHPMailer/PHPMailer/blob/10c57b72fe4476901d1b3f5ccf3f5cedb4b3c8b1/language/phpmailer.lang-de.php (v5.2.2)',
  'el@v6.6.3':
    'https://github.com/PHPMailer/PHPMailer/blob/9400f305a898f194caff5521f64e5dfa926626f3/language/phpmailer.lang-el.php (v6.6.3)',
  'eo@v6.12.0':
    'https://github.com/PHPMailer/PHPMailer/blob/d1ac35d784bf9f5e61b424901d5a014967f15b12/language/phpmailer.lang-eo.php (v6.12.0)',
  'es@v5.2.2':
    'https://github.com/PHPMailer/PHPMailer/blob/10c57b72fe4476901d1b3f5ccf3f5cedb4b3c8b1/language/phpmailer.lang-es.php (v5.2.2)',
  'es@v5.2.9':
    'https://github.com/PHPMailer/PHPMailer/blob/73b61679809615850706f1dbf88e6df2ddc05745/language/phpmailer.lang-es.php (v5.2.9)',
  'fa@v5.2.7':
    'https://github.com/PHPMailer/PHPMailer/blob/8717a79565b2c0ed67f851d70e1949febdf3b226/language/phpmailer.lang-fa.php (v5.2.7)',
  'fr@v5.2.2':
    'https://github.com/PHPMailer/PHPMailer/blob/10c57b72fe4476901d1b3f5ccf3f5cedb4b3c8b1/language/phpmailer.lang-fr.php (v5.2.2)',
  'fr@v6.5.1':
    'https://github.com/PHPMailer/PHPMailer/blob/dd803df5ad7492e1b40637f7ebd258fee5ca7355/language/phpmailer.lang-fr.php (v6.5.1)',
  'hu@v5.2.2':
    'https://github.com/PHPMailer/PHPMailer/blob/10c57b72fe4476901d1b3f5ccf3f5cedb4b3c8b1/language/phpmailer.lang-hu.php (v5.2.2)',
  'id@v5.2.28':
    'https://github.com/PHPMailer/PHPMailer/blob/acba50393dd03da69a50226c139722af8b153b11/language/phpmailer.lang-id.php (v5.2.28)',
  'nb@v5.2.23':
    'https://github.com/PHPMailer/PHPMailer/blob/7115df4a6f76281109ebe352900c42403b728bb4/language/phpmailer.lang-nb.php (v5.2.23)',
  'nb@v6.8.0':
    'https://github.com/PHPMailer/PHPMailer/blob/df16b615e371d81fb79e506277faea67a1be18f1/language/phpmailer.lang-nb.php (v6.8.0)',
  'nl@v5.2.2':
    'https://github.com/PHPMailer/PHPMailer/blob/10c57b72fe4476901d1b3f5ccf3f5cedb4b3c8b1/language/phpmailer.lang-nl.php (v5.2.2)',
  'nl@v6.12.0':
    'https://github.com/PHPMailer/PHPMailer/blob/d1ac35d784bf9f5e61b424901d5a014967f15b12/language/phpmailer.lang-nl.php (v6.12.0)',
  'no@v5.2.2':
    'https://github.com/PHPMailer/PHPMailer/blob/10c57b72fe4476901d1b3f5ccf3f5cedb4b3c8b1/language/phpmailer.lang-no.php (v5.2.2)',
  'pl@v5.2.2':
    'https://github.com/PHPMailer/PHPMailer/blob/10c57b72fe4476901d1b3f5ccf3f5cedb4b3c8b1/language/phpmailer.lang-pl.php (v5.2.2)',
  'pl@v6.12.0':
    'https://github.com/PHPMailer/PHPMailer/blob/d1ac35d784bf9f5e61b424901d5a014967f15b12/language/phpmailer.lang-pl.php (v6.12.0)',
  'pl@v6.6.4':
    'https://github.com/PHPMailer/PHPMailer/blob/a94fdebaea6bd17f51be0c2373ab80d3d681269b/language/phpmailer.lang-pl.php (v6.6.4)',
  'pt@v6.9.3':
    'https://github.com/PHPMailer/PHPMailer/blob/2f5c94fe7493efc213f643c23b1b1c249d40f47e/language/phpmailer.lang-pt.php (v6.9.3)',
  'ro@v5.2.16':
    'https://github.com/PHPMailer/PHPMailer/blob/1d85f9ef3ecfc42bbc4f3c70d5e37ca9a65f629a/language/phpmailer.lang-ro.php (v5.2.16)',
  'ro@v5.2.2':
    'https://github.com/PHPMailer/PHPMailer/blob/10c57b72fe4476901d1b3f5ccf3f5cedb4b3c8b1/language/phpmailer.lang-ro.php (v5.2.2)',
  'rs@v5.2.28':
    'https://github.com/PHPMailer/PHPMailer/blob/acba50393dd03da69a50226c139722af8b153b11/language/phpmailer.lang-rs.php (v5.2.28)',
  'ru@v5.2.28':
    'https://github.com/PHPMailer/PHPMailer/blob/acba50393dd03da69a50226c139722af8b153b11/language/phpmailer.lang-ru.php (v5.2.28)',
  'ru@v6.9.1':
    'https://github.com/PHPMailer/PHPMailer/blob/039de174cd9c17a8389754d3b877a2ed22743e18/language/phpmailer.lang-ru.php (v6.9.1)',
  'sl@v5.2.28':
    'https://github.com/PHPMailer/PHPMailer/blob/acba50393dd03da69a50226c139722af8b153b11/language/phpmailer.lang-sl.php (v5.2.28)',
  'tr@v5.2.7':
    'https://github.com/PHPMailer/PHPMailer/blob/8717a79565b2c0ed67f851d70e1949febdf3b226/language/phpmailer.lang-tr.php (v5.2.7)',
  'uk@v5.2.10':
    'https://github.com/PHPMailer/PHPMailer/blob/07005ecbb80d11ec8c0f067bb37e8909cc7fcbb7/language/phpmailer.lang-uk.php (v5.2.10)',
  'uk@v5.2.28':
    'https://github.com/PHPMailer/PHPMailer/blob/acba50393dd03da69a50226c139722af8b153b11/language/phpmailer.lang-uk.php (v5.2.28)',
  'zh@v5.2.2':
    'https://github.com/PHPMailer/PHPMailer/blob/10c57b72fe4476901d1b3f5ccf3f5cedb4b3c8b1/language/phpmailer.lang-zh.php (v5.2.2)',
  'zh@v5.2.9':
    'https://github.com/PHPMailer/PHPMailer/blob/73b61679809615850706f1dbf88e6df2ddc05745/language/phpmailer.lang-zh.php (v5.2.9)',
} as const;

/** Microsoft's pages that quote .NET's messages in their language, one per language and message. */
const DOTNET_LOCALISED = {
  de: 'https://learn.microsoft.com/de-de/sql/integration-services/scale-out/troubleshooting-scale-out',
  fr: 'https://learn.microsoft.com/fr-fr/sql/integration-services/scale-out/troubleshooting-scale-out',
  es: 'https://learn.microsoft.com/es-es/azure/data-factory/self-hosted-integration-runtime-troubleshoot-guide',
  it: 'https://learn.microsoft.com/it-it/sql/integration-services/scale-out/troubleshooting-scale-out',
  pt_br:
    'https://learn.microsoft.com/pt-br/azure/data-factory/self-hosted-integration-runtime-troubleshoot-guide',
  ja: 'https://learn.microsoft.com/ja-jp/sql/integration-services/scale-out/troubleshooting-scale-out',
  zh_cn: 'https://learn.microsoft.com/zh-cn/aspnet/core/grpc/troubleshoot',
  zh_tw: 'https://learn.microsoft.com/zh-tw/sql/integration-services/scale-out/troubleshooting-scale-out',
  ko: 'https://learn.microsoft.com/ko-kr/sql/integration-services/scale-out/troubleshooting-scale-out',
  ru: 'https://learn.microsoft.com/ru-ru/sql/integration-services/scale-out/troubleshooting-scale-out',
  ru_signalr:
    'https://learn.microsoft.com/ru-ru/aspnet/signalr/overview/testing-and-debugging/troubleshooting',
  pl: 'https://learn.microsoft.com/pl-pl/aspnet/core/grpc/troubleshoot',
  tr: 'https://learn.microsoft.com/tr-tr/aspnet/signalr/overview/testing-and-debugging/troubleshooting',
  nl: 'https://learn.microsoft.com/nl-nl/azure/dms/known-issues-mongo-cosmos-db',
  cs: 'https://learn.microsoft.com/cs-cz/aspnet/core/grpc/troubleshoot',
  sv: 'https://learn.microsoft.com/sv-se/azure/virtual-machines/extensions/custom-script-windows',
  de_connect: 'https://learn.microsoft.com/de-de/entra/identity/hybrid/connect/tshoot-connect-connectivity',
} as const;
/** glibc's wordings by language, then Windows'. */
const systemRows: readonly FamilyRow[] = [
  // de
  r(
    'refused',
    'php',
    'verbindungsaufbau abgelehnt',
    'SMTP ERROR: Failed to connect to server: Verbindungsaufbau abgelehnt (111)',
    `${GLIBC_PO.de} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    'die wartezeit für die verbindung ist abgelaufen',
    'SMTP ERROR: Failed to connect to server: Die Wartezeit für die Verbindung ist abgelaufen (110)',
    `${GLIBC_PO.de} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    'das netzwerk ist nicht erreichbar',
    'OSError: [Errno 101] Das Netzwerk ist nicht erreichbar',
    `${GLIBC_PO.de} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    'keine route zum zielrechner',
    'OSError: [Errno 113] Keine Route zum Zielrechner',
    `${GLIBC_PO.de} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    'die verbindung wurde vom kommunikationspartner zurückgesetzt',
    'ConnectionResetError: [Errno 104] Die Verbindung wurde vom Kommunikationspartner zurückgesetzt',
    `${GLIBC_PO.de} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    'der name oder der dienst ist nicht bekannt',
    'socket.gaierror: [Errno -2] Der Name oder der Dienst ist nicht bekannt',
    `${GLIBC_PO.de} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    'temporärer fehler bei der namensauflösung',
    'socket.gaierror: [Errno -3] Temporärer Fehler bei der Namensauflösung',
    `${GLIBC_PO.de} (EAI_AGAIN)`,
  ),
  // fr
  r(
    'refused',
    'php',
    'connexion refusée (111)',
    'SMTP ERROR: Failed to connect to server: Connexion refusée (111)',
    `${GLIBC_PO.fr} (ECONNREFUSED)`,
  ),
  r(
    'refused',
    'python',
    '[errno 111] connexion refusée',
    'ConnectionRefusedError: [Errno 111] Connexion refusée',
    `${GLIBC_PO.fr} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    'connexion terminée par expiration du délai',
    "SMTP ERROR: Failed to connect to server: Connexion terminée par expiration du délai d'attente (110)",
    `${GLIBC_PO.fr} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    "le réseau n'est pas accessible",
    "OSError: [Errno 101] Le réseau n'est pas accessible",
    `${GLIBC_PO.fr} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    "aucun chemin d'accès pour atteindre l'hôte cible",
    "OSError: [Errno 113] Aucun chemin d'accès pour atteindre l'hôte cible",
    `${GLIBC_PO.fr} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    'connexion ré-initialisée par le correspondant',
    'ConnectionResetError: [Errno 104] Connexion ré-initialisée par le correspondant',
    `${GLIBC_PO.fr} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    'nom ou service inconnu',
    'socket.gaierror: [Errno -2] Nom ou service inconnu',
    `${GLIBC_PO.fr} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    'échec temporaire dans la résolution du nom',
    'socket.gaierror: [Errno -3] Échec temporaire dans la résolution du nom',
    `${GLIBC_PO.fr} (EAI_AGAIN)`,
  ),
  // es
  r(
    'refused',
    'php',
    'conexión rehusada',
    'SMTP ERROR: Failed to connect to server: Conexión rehusada (111)',
    `${GLIBC_PO.es} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    'expiró el tiempo de conexión',
    'SMTP ERROR: Failed to connect to server: Expiró el tiempo de conexión (110)',
    `${GLIBC_PO.es} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    'la red es inaccesible',
    'OSError: [Errno 101] La red es inaccesible',
    `${GLIBC_PO.es} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    'no existe ninguna ruta hasta el',
    "OSError: [Errno 113] No existe ninguna ruta hasta el `host'",
    `${GLIBC_PO.es} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    'conexión reinicializada por la máquina remota',
    'ConnectionResetError: [Errno 104] Conexión reinicializada por la máquina remota',
    `${GLIBC_PO.es} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    'nombre o servicio desconocido',
    'socket.gaierror: [Errno -2] Nombre o servicio desconocido',
    `${GLIBC_PO.es} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    'fallo temporal en la resolución del nombre',
    'socket.gaierror: [Errno -3] Fallo temporal en la resolución del nombre',
    `${GLIBC_PO.es} (EAI_AGAIN)`,
  ),
  // it
  r(
    'refused',
    'php',
    'connessione rifiutata',
    'SMTP ERROR: Failed to connect to server: Connessione rifiutata (111)',
    `${GLIBC_PO.it} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    'connessione scaduta',
    'SMTP ERROR: Failed to connect to server: Connessione scaduta (110)',
    `${GLIBC_PO.it} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    'la rete non è raggiungibile',
    'OSError: [Errno 101] La rete non è raggiungibile',
    `${GLIBC_PO.it} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    "nessun instradamento per l'host",
    "OSError: [Errno 113] Nessun instradamento per l'host",
    `${GLIBC_PO.it} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    'connessione interrotta dal corrispondente',
    'ConnectionResetError: [Errno 104] Connessione interrotta dal corrispondente',
    `${GLIBC_PO.it} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    'nome o servizio sconosciuto',
    'socket.gaierror: [Errno -2] Nome o servizio sconosciuto',
    `${GLIBC_PO.it} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    'errore temporaneo nella risoluzione del nome',
    'socket.gaierror: [Errno -3] Errore temporaneo nella risoluzione del nome',
    `${GLIBC_PO.it} (EAI_AGAIN)`,
  ),
  // pt_BR (families.ts has the refusal with PHP's '(111)'; here the bare phrase, as Python prints it)
  r(
    'refused',
    'python',
    'conexão recusada',
    'ConnectionRefusedError: [Errno 111] Conexão recusada',
    `${GLIBC_PO.pt_BR} (ECONNREFUSED)`,
  ),
  r(
    'refused',
    'php',
    'conexão recusada',
    'SMTP ERROR: Failed to connect to server: Conexão recusada (111)',
    `${GLIBC_PO.pt_BR} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    'tempo esgotado para conexão',
    'SMTP ERROR: Failed to connect to server: Tempo esgotado para conexão (110)',
    `${GLIBC_PO.pt_BR} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    'a rede está fora de alcance',
    'OSError: [Errno 101] A rede está fora de alcance',
    `${GLIBC_PO.pt_BR} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    'não há rota para o host',
    'OSError: [Errno 113] Não há rota para o host',
    `${GLIBC_PO.pt_BR} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    'conexão fechada pela outra ponta',
    'ConnectionResetError: [Errno 104] Conexão fechada pela outra ponta',
    `${GLIBC_PO.pt_BR} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    'nome ou serviço desconhecido',
    'socket.gaierror: [Errno -2] Nome ou serviço desconhecido',
    `${GLIBC_PO.pt_BR} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    'falha temporário na resolução de nome',
    'socket.gaierror: [Errno -3] Falha temporário na resolução de nome',
    `${GLIBC_PO.pt_BR} (EAI_AGAIN)`,
  ),
  // pt
  r(
    'refused',
    'php',
    'ligação recusada',
    'SMTP ERROR: Failed to connect to server: Ligação recusada (111)',
    `${GLIBC_PO.pt} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    'ligação expirada (110)',
    'SMTP ERROR: Failed to connect to server: Ligação expirada (110)',
    `${GLIBC_PO.pt} (ETIMEDOUT)`,
  ),
  r(
    'timeout',
    'python',
    '[errno 110] ligação expirada',
    'TimeoutError: [Errno 110] Ligação expirada',
    `${GLIBC_PO.pt} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    'rede inacessível',
    'OSError: [Errno 101] Rede inacessível',
    `${GLIBC_PO.pt} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    'sem caminho para o anfitrião',
    'OSError: [Errno 113] Sem caminho para o anfitrião',
    `${GLIBC_PO.pt} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    'ligação reposta pelo peer',
    'ConnectionResetError: [Errno 104] Ligação reposta pelo peer',
    `${GLIBC_PO.pt} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    'nome ou serviço desconhecidos',
    'socket.gaierror: [Errno -2] Nome ou serviço desconhecidos',
    `${GLIBC_PO.pt} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    'falha temporária na resolução de nome',
    'socket.gaierror: [Errno -3] Falha temporária na resolução de nome',
    `${GLIBC_PO.pt} (EAI_AGAIN)`,
  ),
  // nl
  r(
    'refused',
    'php',
    'verbinding is geweigerd',
    'SMTP ERROR: Failed to connect to server: Verbinding is geweigerd (111)',
    `${GLIBC_PO.nl} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    'verbinding is verlopen',
    'SMTP ERROR: Failed to connect to server: Verbinding is verlopen (110)',
    `${GLIBC_PO.nl} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    'netwerk is onbereikbaar',
    'OSError: [Errno 101] Netwerk is onbereikbaar',
    `${GLIBC_PO.nl} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    'geen route naar host',
    'OSError: [Errno 113] Geen route naar host',
    `${GLIBC_PO.nl} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    'verbinding is weggevallen',
    'ConnectionResetError: [Errno 104] Verbinding is weggevallen',
    `${GLIBC_PO.nl} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    'naam of dienst is niet bekend',
    'socket.gaierror: [Errno -2] Naam of dienst is niet bekend',
    `${GLIBC_PO.nl} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    'tijdelijk probleem in naamsherleiding',
    'socket.gaierror: [Errno -3] Tijdelijk probleem in naamsherleiding',
    `${GLIBC_PO.nl} (EAI_AGAIN)`,
  ),
  // pl
  r(
    'refused',
    'php',
    'połączenie odrzucone',
    'SMTP ERROR: Failed to connect to server: Połączenie odrzucone (111)',
    `${GLIBC_PO.pl} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    'przekroczony czas oczekiwania na połączenie',
    'SMTP ERROR: Failed to connect to server: Przekroczony czas oczekiwania na połączenie (110)',
    `${GLIBC_PO.pl} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    'sieć jest niedostępna',
    'OSError: [Errno 101] Sieć jest niedostępna',
    `${GLIBC_PO.pl} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    'brak trasy do hosta',
    'OSError: [Errno 113] Brak trasy do hosta',
    `${GLIBC_PO.pl} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    'połączenie zerwane przez drugą stronę',
    'ConnectionResetError: [Errno 104] Połączenie zerwane przez drugą stronę',
    `${GLIBC_PO.pl} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    'ta nazwa lub usługa jest nieznana',
    'socket.gaierror: [Errno -2] Ta nazwa lub usługa jest nieznana',
    `${GLIBC_PO.pl} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    'odwzorowanie nazwy jest chwilowo niemożliwe',
    'socket.gaierror: [Errno -3] Odwzorowanie nazwy jest chwilowo niemożliwe',
    `${GLIBC_PO.pl} (EAI_AGAIN)`,
  ),
  // ru
  r(
    'refused',
    'php',
    'в соединении отказано',
    'SMTP ERROR: Failed to connect to server: В соединении отказано (111)',
    `${GLIBC_PO.ru} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    'время ожидания соединения истекло',
    'SMTP ERROR: Failed to connect to server: Время ожидания соединения истекло (110)',
    `${GLIBC_PO.ru} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    'сеть недоступна',
    'OSError: [Errno 101] Сеть недоступна',
    `${GLIBC_PO.ru} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    'нет маршрута до узла',
    'OSError: [Errno 113] Нет маршрута до узла',
    `${GLIBC_PO.ru} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    'соединение разорвано другой стороной',
    'ConnectionResetError: [Errno 104] Соединение разорвано другой стороной',
    `${GLIBC_PO.ru} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    'неизвестное имя или служба',
    'socket.gaierror: [Errno -2] Неизвестное имя или служба',
    `${GLIBC_PO.ru} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    'временный сбой в разрешении имен',
    'socket.gaierror: [Errno -3] Временный сбой в разрешении имен',
    `${GLIBC_PO.ru} (EAI_AGAIN)`,
  ),
  // uk
  r(
    'refused',
    'php',
    'єднанні відмовлено',
    "SMTP ERROR: Failed to connect to server: У з'єднанні відмовлено (111)",
    `${GLIBC_PO.uk} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    'перевищено інтервал очікування з',
    "SMTP ERROR: Failed to connect to server: Перевищено інтервал очікування з'єднання (110)",
    `${GLIBC_PO.uk} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    'не вдалося отримати доступ до мережі',
    'OSError: [Errno 101] Не вдалося отримати доступ до мережі',
    `${GLIBC_PO.uk} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    'немає маршруту до вузла',
    'OSError: [Errno 113] Немає маршруту до вузла',
    `${GLIBC_PO.uk} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    'вузол розірвав з',
    'ConnectionResetError: [Errno 104] Вузол розірвав з’єднання',
    `${GLIBC_PO.uk} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    'невідома назва чи сервіс',
    'socket.gaierror: [Errno -2] Невідома назва чи сервіс',
    `${GLIBC_PO.uk} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    'тимчасова помилка розв',
    "socket.gaierror: [Errno -3] Тимчасова помилка розв'язання назв",
    `${GLIBC_PO.uk} (EAI_AGAIN)`,
  ),
  // cs
  r(
    'refused',
    'php',
    'spojení odmítnuto',
    'SMTP ERROR: Failed to connect to server: Spojení odmítnuto (111)',
    `${GLIBC_PO.cs} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    'spojení bylo příliš dlouho neaktivní',
    'SMTP ERROR: Failed to connect to server: Spojení bylo příliš dlouho neaktivní (110)',
    `${GLIBC_PO.cs} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    'síť není dostupná',
    'OSError: [Errno 101] Síť není dostupná',
    `${GLIBC_PO.cs} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    'k počítači neexistuje cesta',
    'OSError: [Errno 113] K počítači neexistuje cesta',
    `${GLIBC_PO.cs} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    'spojení zrušeno druhou stranou',
    'ConnectionResetError: [Errno 104] Spojení zrušeno druhou stranou',
    `${GLIBC_PO.cs} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    'neznámé jméno nebo služba',
    'socket.gaierror: [Errno -2] Neznámé jméno nebo služba',
    `${GLIBC_PO.cs} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    'dočasná chyba při vyhodnocování jména',
    'socket.gaierror: [Errno -3] Dočasná chyba při vyhodnocování jména',
    `${GLIBC_PO.cs} (EAI_AGAIN)`,
  ),
  // tr
  r(
    'refused',
    'php',
    'bağlantı reddedildi',
    'SMTP ERROR: Failed to connect to server: Bağlantı reddedildi (111)',
    `${GLIBC_PO.tr} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    'bağlantıda zaman aşımı',
    'SMTP ERROR: Failed to connect to server: Bağlantıda zaman aşımı (110)',
    `${GLIBC_PO.tr} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    'ağ erişilebilir durumda değil',
    'OSError: [Errno 101] Ağ erişilebilir durumda değil',
    `${GLIBC_PO.tr} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    'makinaya ağ üzerinden yol yok',
    'OSError: [Errno 113] Makinaya ağ üzerinden yol yok',
    `${GLIBC_PO.tr} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    'bağlantı karşıdan kesildi',
    'ConnectionResetError: [Errno 104] Bağlantı karşıdan kesildi',
    `${GLIBC_PO.tr} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    'ya da servis bilinmiyor',
    'socket.gaierror: [Errno -2] İsim ya da servis bilinmiyor',
    `${GLIBC_PO.tr} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    'çözünürlüğünde geçici başarısızlık',
    'socket.gaierror: [Errno -3] İsim çözünürlüğünde geçici başarısızlık',
    `${GLIBC_PO.tr} (EAI_AGAIN)`,
  ),
  // ja
  r(
    'refused',
    'php',
    '接続を拒否されました',
    'SMTP ERROR: Failed to connect to server: 接続を拒否されました (111)',
    `${GLIBC_PO.ja} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    '接続がタイムアウトしました',
    'SMTP ERROR: Failed to connect to server: 接続がタイムアウトしました (110)',
    `${GLIBC_PO.ja} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    'ネットワークに届きません',
    'OSError: [Errno 101] ネットワークに届きません',
    `${GLIBC_PO.ja} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    'ホストへの経路がありません',
    'OSError: [Errno 113] ホストへの経路がありません',
    `${GLIBC_PO.ja} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    '接続が相手からリセットされました',
    'ConnectionResetError: [Errno 104] 接続が相手からリセットされました',
    `${GLIBC_PO.ja} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    '名前またはサービスが不明です',
    'socket.gaierror: [Errno -2] 名前またはサービスが不明です',
    `${GLIBC_PO.ja} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    '名前解決に一時的に失敗しました',
    'socket.gaierror: [Errno -3] 名前解決に一時的に失敗しました',
    `${GLIBC_PO.ja} (EAI_AGAIN)`,
  ),
  // ko
  r(
    'refused',
    'php',
    '연결이 거부됨',
    'SMTP ERROR: Failed to connect to server: 연결이 거부됨 (111)',
    `${GLIBC_PO.ko} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    '연결 시간 초과',
    'SMTP ERROR: Failed to connect to server: 연결 시간 초과 (110)',
    `${GLIBC_PO.ko} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    '네트워크가 접근 불가능합니다',
    'OSError: [Errno 101] 네트워크가 접근 불가능합니다',
    `${GLIBC_PO.ko} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    '호스트로 갈 루트가 없음',
    'OSError: [Errno 113] 호스트로 갈 루트가 없음',
    `${GLIBC_PO.ko} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    '상대편이 연결을 끊음',
    'ConnectionResetError: [Errno 104] 상대편이 연결을 끊음',
    `${GLIBC_PO.ko} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    '이름 혹은 서비스를 알 수 없습니다',
    'socket.gaierror: [Errno -2] 이름 혹은 서비스를 알 수 없습니다',
    `${GLIBC_PO.ko} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    'name resolution에서 일시적인 실패',
    'socket.gaierror: [Errno -3] name resolution에서 일시적인 실패',
    `${GLIBC_PO.ko} (EAI_AGAIN)`,
  ),
  // zh_CN
  r(
    'refused',
    'php',
    '连接被拒绝',
    'SMTP ERROR: Failed to connect to server: 连接被拒绝 (111)',
    `${GLIBC_PO.zh_CN} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    '连接超时',
    'SMTP ERROR: Failed to connect to server: 连接超时 (110)',
    `${GLIBC_PO.zh_CN} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    '网络不可达',
    'OSError: [Errno 101] 网络不可达',
    `${GLIBC_PO.zh_CN} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    '没有到主机的路由',
    'OSError: [Errno 113] 没有到主机的路由',
    `${GLIBC_PO.zh_CN} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    '连接被对方重置',
    'ConnectionResetError: [Errno 104] 连接被对方重置',
    `${GLIBC_PO.zh_CN} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    '名称或服务未知',
    'socket.gaierror: [Errno -2] 名称或服务未知',
    `${GLIBC_PO.zh_CN} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    '域名解析出现暂时性错误',
    'socket.gaierror: [Errno -3] 域名解析出现暂时性错误',
    `${GLIBC_PO.zh_CN} (EAI_AGAIN)`,
  ),
  // zh_TW
  r(
    'refused',
    'php',
    '連線被拒絕',
    'SMTP ERROR: Failed to connect to server: 連線被拒絕 (111)',
    `${GLIBC_PO.zh_TW} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    '連線超過時間',
    'SMTP ERROR: Failed to connect to server: 連線超過時間 (110)',
    `${GLIBC_PO.zh_TW} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    '無法接觸網路',
    'OSError: [Errno 101] 無法接觸網路',
    `${GLIBC_PO.zh_TW} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    '找不到通往該主機的路由路徑',
    'OSError: [Errno 113] 找不到通往該主機的路由路徑',
    `${GLIBC_PO.zh_TW} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    '連線被對方重設',
    'ConnectionResetError: [Errno 104] 連線被對方重設',
    `${GLIBC_PO.zh_TW} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    '名稱或服務未知',
    'socket.gaierror: [Errno -2] 名稱或服務未知',
    `${GLIBC_PO.zh_TW} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    '解析名稱時發生暫時性錯誤',
    'socket.gaierror: [Errno -3] 解析名稱時發生暫時性錯誤',
    `${GLIBC_PO.zh_TW} (EAI_AGAIN)`,
  ),
  // vi
  r(
    'refused',
    'php',
    'kết nối bị từ chối',
    'SMTP ERROR: Failed to connect to server: Kết nối bị từ chối (111)',
    `${GLIBC_PO.vi} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    'kết nối đã quá hạn',
    'SMTP ERROR: Failed to connect to server: Kết nối đã quá hạn (110)',
    `${GLIBC_PO.vi} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    'không thể kết nối mạng',
    'OSError: [Errno 101] Không thể kết nối mạng',
    `${GLIBC_PO.vi} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    'không có đường dẫn đến máy',
    'OSError: [Errno 113] Không có đường dẫn đến máy',
    `${GLIBC_PO.vi} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    'kết nối bị đặt lại bởi ngang hàng',
    'ConnectionResetError: [Errno 104] Kết nối bị đặt lại bởi ngang hàng',
    `${GLIBC_PO.vi} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    'không rõ tên hoặc dịch vụ',
    'socket.gaierror: [Errno -2] Không rõ tên hoặc dịch vụ',
    `${GLIBC_PO.vi} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    'tạm thời không thể phân giải tên',
    'socket.gaierror: [Errno -3] Tạm thời không thể phân giải tên',
    `${GLIBC_PO.vi} (EAI_AGAIN)`,
  ),
  // sv
  r(
    'refused',
    'php',
    'förbindelsen förvägrad',
    'SMTP ERROR: Failed to connect to server: Förbindelsen förvägrad (111)',
    `${GLIBC_PO.sv} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    'förbindelsens tidsgräns löpte ut',
    'SMTP ERROR: Failed to connect to server: Förbindelsens tidsgräns löpte ut (110)',
    `${GLIBC_PO.sv} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    'nätverket kan inte nås',
    'OSError: [Errno 101] Nätverket kan inte nås',
    `${GLIBC_PO.sv} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    'ingen väg till värd',
    'OSError: [Errno 113] Ingen väg till värd',
    `${GLIBC_PO.sv} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    'förbindelse borttagen av partnern',
    'ConnectionResetError: [Errno 104] Förbindelse borttagen av partnern',
    `${GLIBC_PO.sv} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    'namn eller tjänst okänd',
    'socket.gaierror: [Errno -2] Namn eller tjänst okänd',
    `${GLIBC_PO.sv} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    'namnuppslagning misslyckades temporärt',
    'socket.gaierror: [Errno -3] Namnuppslagning misslyckades temporärt',
    `${GLIBC_PO.sv} (EAI_AGAIN)`,
  ),
  // fi
  r(
    'refused',
    'php',
    'yhteys torjuttu',
    'SMTP ERROR: Failed to connect to server: Yhteys torjuttu (111)',
    `${GLIBC_PO.fi} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    'yhteys aikakatkaistu',
    'SMTP ERROR: Failed to connect to server: Yhteys aikakatkaistu (110)',
    `${GLIBC_PO.fi} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    'verkkoa ei tavoiteta',
    'OSError: [Errno 101] Verkkoa ei tavoiteta',
    `${GLIBC_PO.fi} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    'reititystä koneeseen ei ole',
    'OSError: [Errno 113] Reititystä koneeseen ei ole',
    `${GLIBC_PO.fi} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    'vastapää sulki yhteyden',
    'ConnectionResetError: [Errno 104] Vastapää sulki yhteyden',
    `${GLIBC_PO.fi} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    'nimeä tai palvelua ei tunneta',
    'socket.gaierror: [Errno -2] Nimeä tai palvelua ei tunneta',
    `${GLIBC_PO.fi} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    'tilapäinen virhe nimenselvityksessä',
    'socket.gaierror: [Errno -3] Tilapäinen virhe nimenselvityksessä',
    `${GLIBC_PO.fi} (EAI_AGAIN)`,
  ),
  // hu
  r(
    'refused',
    'php',
    'kapcsolat elutasítva',
    'SMTP ERROR: Failed to connect to server: Kapcsolat elutasítva (111)',
    `${GLIBC_PO.hu} (ECONNREFUSED)`,
  ),
  r(
    'timeout',
    'php',
    'időtúllépés a kapcsolatban',
    'SMTP ERROR: Failed to connect to server: Időtúllépés a kapcsolatban (110)',
    `${GLIBC_PO.hu} (ETIMEDOUT)`,
  ),
  r(
    'unreachable',
    'python',
    'a hálózat elérhetetlen',
    'OSError: [Errno 101] A hálózat elérhetetlen',
    `${GLIBC_PO.hu} (ENETUNREACH)`,
  ),
  r(
    'unreachable',
    'python',
    'nincs útvonal a gép felé',
    'OSError: [Errno 113] Nincs útvonal a gép felé',
    `${GLIBC_PO.hu} (EHOSTUNREACH)`,
  ),
  r(
    'reset',
    'python',
    'a kapcsolatot bontotta a távoli fél',
    'ConnectionResetError: [Errno 104] A kapcsolatot bontotta a távoli fél',
    `${GLIBC_PO.hu} (ECONNRESET)`,
  ),
  r(
    'dns',
    'python',
    'a név vagy a szolgáltatás nem ismert',
    'socket.gaierror: [Errno -2] A név vagy a szolgáltatás nem ismert',
    `${GLIBC_PO.hu} (EAI_NONAME)`,
  ),
  r(
    'dns',
    'python',
    'átmeneti névfeloldási hiba',
    'socket.gaierror: [Errno -3] Átmeneti névfeloldási hiba',
    `${GLIBC_PO.hu} (EAI_AGAIN)`,
  ),
  // Windows 10061: nothing listens at the address (families.ts has the Chinese wording).
  r(
    'refused',
    'python',
    'da der zielcomputer die verbindung verweigerte',
    'ConnectionRefusedError: [WinError 10061] Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte',
    WINSOCK_10061('German'),
  ),
  r(
    'refused',
    'php',
    // "… car l’ordinateur cible l’a expressément refusée": the part after the typographic apostrophe.
    'a expressément refusée',
    'stream_socket_client(): Unable to connect to smtp.gmail.com:587 (Aucune connexion n’a pu être établie car l’ordinateur cible l’a expressément refusée)',
    WINSOCK_10061('French'),
  ),
  r(
    'refused',
    'dotnet',
    'el equipo de destino denegó expresamente dicha conexión',
    'System.Net.Sockets.SocketException (10061): No se puede establecer una conexión ya que el equipo de destino denegó expresamente dicha conexión.',
    WINSOCK_10061('Spanish'),
  ),
  r(
    'refused',
    'python',
    'rifiuto persistente del computer di destinazione',
    'ConnectionRefusedError: [WinError 10061] Impossibile stabilire la connessione. Rifiuto persistente del computer di destinazione',
    WINSOCK_10061('Italian'),
  ),
  r(
    'refused',
    'dotnet',
    'porque a máquina de destino as recusou ativamente',
    'System.Net.Sockets.SocketException (10061): Nenhuma conexão pôde ser feita porque a máquina de destino as recusou ativamente.',
    WINSOCK_10061('Brazilian Portuguese'),
  ),
  r(
    'refused',
    'python',
    'конечный компьютер отверг запрос на подключение',
    'ConnectionRefusedError: [WinError 10061] Подключение не установлено, т.к. конечный компьютер отверг запрос на подключение',
    WINSOCK_10061('Russian'),
  ),
  r(
    'refused',
    'dotnet',
    '対象のコンピューターによって拒否されたため、接続できませんでした',
    'System.Net.Sockets.SocketException (10061): 対象のコンピューターによって拒否されたため、接続できませんでした。',
    WINSOCK_10061('Japanese'),
  ),
  r(
    'refused',
    'python',
    '대상 컴퓨터에서 연결을 거부했으므로 연결하지 못했습니다',
    'ConnectionRefusedError: [WinError 10061] 대상 컴퓨터에서 연결을 거부했으므로 연결하지 못했습니다',
    WINSOCK_10061('Korean'),
  ),
  // Windows 10060: nothing answered in time.
  r(
    'timeout',
    'python',
    'da die gegenstelle nach einer bestimmten zeitspanne',
    'TimeoutError: [WinError 10060] Ein Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle nach einer bestimmten Zeitspanne nicht richtig reagiert hat',
    WINSOCK_10060('German'),
  ),
  r(
    'timeout',
    'php',
    'a échoué car le parti connecté',
    'stream_socket_client(): Unable to connect to ssl://smtp.gmail.com:465 (Une tentative de connexion a échoué car le parti connecté n’a pas répondu convenablement au-delà d’une certaine durée)',
    WINSOCK_10060('French'),
  ),
  r(
    'timeout',
    'python',
    'la parte conectada no respondió adecuadamente',
    'TimeoutError: [WinError 10060] Se produjo un error durante el intento de conexión ya que la parte conectada no respondió adecuadamente tras un periodo de tiempo',
    WINSOCK_10060('Spanish'),
  ),
  r(
    'timeout',
    'dotnet',
    'o componente conectado não respondeu',
    'System.Net.Sockets.SocketException (10060): Uma tentativa de conexão falhou porque o componente conectado não respondeu corretamente após um período de tempo',
    WINSOCK_10060('Brazilian Portuguese'),
  ),
  r(
    'timeout',
    'dotnet',
    'от другого компьютера за требуемое время не получен',
    'System.Net.Sockets.SocketException (10060): Попытка установить соединение была безуспешной, т.к. от другого компьютера за требуемое время не получен нужный отклик',
    WINSOCK_10060('Russian'),
  ),
  r(
    'timeout',
    'python',
    '接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかった',
    'TimeoutError: [WinError 10060] 接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかったため、接続できませんでした。',
    WINSOCK_10060('Japanese'),
  ),
  r(
    'timeout',
    'python',
    '由于连接方在一段时间后没有正确答复或连接的主机没有反应',
    'TimeoutError: [WinError 10060] 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。',
    WINSOCK_10060('Chinese'),
  ),
];

/** PHPMailer's `authenticate` message in one language: the login wrapper, as its English row. */
const pmAuth = (says: string, example: string, source: string): FamilyRow =>
  r('auth-wrapper', 'php', says, example, source);
/** PHPMailer's `connect_host` or `smtp_connect_failed` message: a connection that failed, no cause. */
const pmConnect = (says: string, example: string, source: string): FamilyRow =>
  weak(r('no-reason', 'php', says, example, source));

/** PHPMailer's own messages in every language it ships, by language file. */
const phpMailerRows: readonly FamilyRow[] = [
  // af
  pmAuth(
    'smtp-fout: kon nie geverifieer word nie',
    'Mailer Error: SMTP-fout: kon nie geverifieer word nie.',
    PHPMAILER_LANG.af,
  ),
  pmConnect(
    'kon nie aan smtp-verbind nie',
    'Mailer Error: SMTP-fout: kon nie aan SMTP-verbind nie.',
    PHPMAILER_LANG.af,
  ),
  pmConnect(
    'smtp-verbinding () misluk',
    'Mailer Error: SMTP-verbinding () misluk. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.af,
  ),
  // ar
  pmAuth(
    'خطأ smtp : لا يمكن تأكيد الهوية',
    'Mailer Error: خطأ SMTP : لا يمكن تأكيد الهوية.',
    PHPMAILER_LANG.ar,
  ),
  pmConnect(
    'لا يمكن الاتصال بالخادم smtp',
    'Mailer Error: خطأ SMTP: لا يمكن الاتصال بالخادم SMTP.',
    PHPMAILER_LANG.ar,
  ),
  pmConnect(
    'smtp connect() غير ممكن',
    'Mailer Error: SMTP Connect() غير ممكن. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.ar,
  ),
  // shipped until v5.2.2
  pmAuth(
    'smtp error: لم نستطع تأكيد الهوية',
    'Mailer Error: SMTP Error: لم نستطع تأكيد الهوية.',
    PHPMAILER_LANG_AT['ar@v5.2.2'],
  ),
  // shipped until v5.2.2
  pmConnect(
    'لم نستطع الاتصال بمخدم smtp',
    'Mailer Error: SMTP Error: لم نستطع الاتصال بمخدم SMTP.',
    PHPMAILER_LANG_AT['ar@v5.2.2'],
  ),
  // as
  pmAuth('smtp ত্ৰুটি: প্ৰমাণীকৰণ কৰিব নোৱাৰি', 'Mailer Error: SMTP ত্ৰুটি: প্ৰমাণীকৰণ কৰিব নোৱাৰি', PHPMAILER_LANG.as),
  pmConnect(
    'smtp চাৰ্ভাৰৰ সৈতে সংযোগ কৰিবলে অক্ষম',
    'Mailer Error: SMTP ত্ৰুটি: SMTP চাৰ্ভাৰৰ সৈতে সংযোগ কৰিবলে অক্ষম',
    PHPMAILER_LANG.as,
  ),
  pmConnect(
    'smtp সংযোগ() ব্যৰ্থ',
    'Mailer Error: SMTP সংযোগ() ব্যৰ্থ https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.as,
  ),
  // az
  pmAuth(
    'smtp xətası: giriş uğursuz oldu',
    'Mailer Error: SMTP xətası: Giriş uğursuz oldu.',
    PHPMAILER_LANG.az,
  ),
  pmConnect(
    'smtp serverinə qoşulma uğursuz oldu',
    'Mailer Error: SMTP xətası: SMTP serverinə qoşulma uğursuz oldu.',
    PHPMAILER_LANG.az,
  ),
  // ba
  pmAuth(
    'smtp greška: neuspjela prijava',
    'Mailer Error: SMTP Greška: Neuspjela prijava.',
    PHPMAILER_LANG.ba,
  ),
  pmConnect(
    'nije moguće spojiti se sa smtp serverom',
    'Mailer Error: SMTP Greška: Nije moguće spojiti se sa SMTP serverom.',
    PHPMAILER_LANG.ba,
  ),
  pmConnect(
    'spajanje na smtp server nije uspjelo',
    'Mailer Error: Spajanje na SMTP server nije uspjelo. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.ba,
  ),
  // shipped until v5.2.28
  pmConnect(
    'ne moguće se spojiti sa smtp serverom',
    'Mailer Error: SMTP Greška: Ne moguće se spojiti sa SMTP serverom.',
    PHPMAILER_LANG_AT['ba@v5.2.28'],
  ),
  // be
  pmAuth(
    'памылка smtp: памылка ідэнтыфікацыі',
    'Mailer Error: Памылка SMTP: памылка ідэнтыфікацыі.',
    PHPMAILER_LANG.be,
  ),
  pmConnect(
    'нельга ўстанавіць сувязь з smtp-серверам',
    'Mailer Error: Памылка SMTP: нельга ўстанавіць сувязь з SMTP-серверам.',
    PHPMAILER_LANG.be,
  ),
  pmConnect(
    'памылка сувязі з smtp-серверам',
    'Mailer Error: Памылка сувязі з SMTP-серверам. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.be,
  ),
  // bg
  pmAuth(
    'smtp грешка: не може да се удостовери пред сървъра',
    'Mailer Error: SMTP грешка: Не може да се удостовери пред сървъра.',
    PHPMAILER_LANG.bg,
  ),
  pmConnect(
    'не може да се свърже с smtp хоста',
    'Mailer Error: SMTP грешка: Не може да се свърже с SMTP хоста.',
    PHPMAILER_LANG.bg,
  ),
  pmConnect(
    'smtp провален connect()',
    'Mailer Error: SMTP провален connect(). https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.bg,
  ),
  // bn
  pmAuth('smtp ত্রুটি: প্রমাণীকরণ করতে অক্ষম', 'Mailer Error: SMTP ত্রুটি: প্রমাণীকরণ করতে অক্ষম৷', PHPMAILER_LANG.bn),
  pmConnect(
    'smtp সার্ভারের সাথে সংযোগ করতে অক্ষম',
    'Mailer Error: SMTP ত্রুটি: SMTP সার্ভারের সাথে সংযোগ করতে অক্ষম৷',
    PHPMAILER_LANG.bn,
  ),
  pmConnect(
    'smtp সংযোগ() ব্যর্থ হয়েছে',
    'Mailer Error: SMTP সংযোগ() ব্যর্থ হয়েছে৷ https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.bn,
  ),
  // ca
  pmAuth(
    "error smtp: no s'ha pogut autenticar",
    "Mailer Error: Error SMTP: No s'ha pogut autenticar.",
    PHPMAILER_LANG.ca,
  ),
  pmConnect(
    'no es pot connectar al servidor smtp',
    'Mailer Error: Error SMTP: No es pot connectar al servidor SMTP.',
    PHPMAILER_LANG.ca,
  ),
  pmConnect(
    'ha fallat el smtp connect()',
    'Mailer Error: Ha fallat el SMTP Connect(). https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.ca,
  ),
  // shipped until v5.2.2
  pmAuth(
    "error smtp: no s'hapogut autenticar",
    "Mailer Error: Error SMTP: No s'hapogut autenticar.",
    PHPMAILER_LANG_AT['ca@v5.2.2'],
  ),
  // cs
  pmAuth(
    'chyba smtp: autentizace selhala',
    'Mailer Error: Chyba SMTP: Autentizace selhala.',
    PHPMAILER_LANG.cs,
  ),
  pmConnect(
    'nelze navázat spojení se smtp serverem',
    'Mailer Error: Chyba SMTP: Nelze navázat spojení se SMTP serverem.',
    PHPMAILER_LANG.cs,
  ),
  pmConnect(
    'smtp connect() selhal',
    'Mailer Error: SMTP Connect() selhal. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.cs,
  ),
  // shipped until v5.2.2 (phpmailer.lang-cz.php)
  pmAuth(
    'smtp error: chyba autentikace',
    'Mailer Error: SMTP Error: Chyba autentikace.',
    PHPMAILER_LANG_AT['cz@v5.2.2'],
  ),
  // da
  pmAuth('smtp fejl: login mislykkedes', 'Mailer Error: SMTP fejl: Login mislykkedes.', PHPMAILER_LANG.da),
  pmConnect(
    'forbindelse til smtp serveren kunne ikke oprettes',
    'Mailer Error: SMTP fejl: Forbindelse til SMTP serveren kunne ikke oprettes.',
    PHPMAILER_LANG.da,
  ),
  pmConnect(
    'smtp connect() fejlede',
    'Mailer Error: SMTP Connect() fejlede. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.da,
  ),
  // shipped until v5.2.28
  pmAuth(
    'smtp fejl: kunne ikke logge på',
    'Mailer Error: SMTP fejl: Kunne ikke logge på.',
    PHPMAILER_LANG_AT['da@v5.2.28'],
  ),
  // shipped until v5.2.28
  pmConnect(
    'kunne ikke tilslutte smtp serveren',
    'Mailer Error: SMTP fejl: Kunne ikke tilslutte SMTP serveren.',
    PHPMAILER_LANG_AT['da@v5.2.28'],
  ),
  // de
  pmAuth(
    'smtp-fehler: authentifizierung fehlgeschlagen',
    'Mailer Error: SMTP-Fehler: Authentifizierung fehlgeschlagen.',
    PHPMAILER_LANG.de,
  ),
  pmConnect(
    'konnte keine verbindung zum smtp-host herstellen',
    'Mailer Error: SMTP-Fehler: Konnte keine Verbindung zum SMTP-Host herstellen.',
    PHPMAILER_LANG.de,
  ),
  pmConnect(
    'verbindung zum smtp-server fehlgeschlagen',
    'Mailer Error: Verbindung zum SMTP-Server fehlgeschlagen. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.de,
  ),
  // shipped until v5.2.2
  pmAuth(
    'smtp fehler: authentifizierung fehlgeschlagen',
    'Mailer Error: SMTP Fehler: Authentifizierung fehlgeschlagen.',
    PHPMAILER_LANG_AT['de@v5.2.2'],
  ),
  // shipped until v5.2.2
  pmConnect(
    'verbindung zu smtp server fehlgeschlagen',
    'Mailer Error: Verbindung zu SMTP Server fehlgeschlagen. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG_AT['de@v5.2.2'],
  ),
  // el
  pmAuth(
    'σφάλμα smtp: αδυναμία πιστοποίησης',
    'Mailer Error: Σφάλμα SMTP: Αδυναμία πιστοποίησης.',
    PHPMAILER_LANG.el,
  ),
  pmConnect(
    'αδυναμία σύνδεσης με τον φιλοξενητή smtp',
    'Mailer Error: Σφάλμα SMTP: Αδυναμία σύνδεσης με τον φιλοξενητή SMTP.',
    PHPMAILER_LANG.el,
  ),
  pmConnect(
    'αποτυχία σύνδεσης smtp',
    'Mailer Error: Αποτυχία σύνδεσης SMTP. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.el,
  ),
  // shipped until v6.6.3
  pmAuth(
    'smtp σφάλμα: αδυναμία πιστοποίησης (authentication)',
    'Mailer Error: SMTP Σφάλμα: Αδυναμία πιστοποίησης (authentication).',
    PHPMAILER_LANG_AT['el@v6.6.3'],
  ),
  // shipped until v6.6.3
  pmConnect(
    'αδυναμία σύνδεσης στον smtp-host',
    'Mailer Error: SMTP Σφάλμα: Αδυναμία σύνδεσης στον SMTP-Host.',
    PHPMAILER_LANG_AT['el@v6.6.3'],
  ),
  // shipped until v6.6.3
  pmConnect(
    'αποτυχία σύνδεσης στον smtp server',
    'Mailer Error: Αποτυχία σύνδεσης στον SMTP Server. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG_AT['el@v6.6.3'],
  ),
  // eo
  pmAuth(
    'smtp-eraro: ne eblis aŭtentigi',
    'Mailer Error: SMTP-eraro: Ne eblis aŭtentigi.',
    PHPMAILER_LANG.eo,
  ),
  pmConnect(
    'ne eblis konektiĝi al la smtp-gastiganto',
    'Mailer Error: SMTP-eraro: Ne eblis konektiĝi al la SMTP-gastiganto.',
    PHPMAILER_LANG.eo,
  ),
  pmConnect(
    'la smtp-konektiĝo malsukcesis',
    'Mailer Error: La SMTP-konektiĝo malsukcesis. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.eo,
  ),
  // shipped until v6.12.0
  pmAuth(
    'eraro de servilo smtp : aŭtentigo malsukcesis',
    'Mailer Error: Eraro de servilo SMTP : aŭtentigo malsukcesis.',
    PHPMAILER_LANG_AT['eo@v6.12.0'],
  ),
  // shipped until v6.12.0
  pmConnect(
    'eraro de servilo smtp : konektado al servilo malsukcesis',
    'Mailer Error: Eraro de servilo SMTP : konektado al servilo malsukcesis.',
    PHPMAILER_LANG_AT['eo@v6.12.0'],
  ),
  // shipped until v6.12.0
  pmConnect(
    'smtp konektado malsukcesis',
    'Mailer Error: SMTP konektado malsukcesis. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG_AT['eo@v6.12.0'],
  ),
  // es
  pmAuth(
    'error smtp: imposible autentificar',
    'Mailer Error: Error SMTP: Imposible autentificar.',
    PHPMAILER_LANG.es,
  ),
  pmConnect(
    'imposible conectar al servidor smtp',
    'Mailer Error: Error SMTP: Imposible conectar al servidor SMTP.',
    PHPMAILER_LANG.es,
  ),
  pmConnect(
    'smtp connect() falló',
    'Mailer Error: SMTP Connect() falló. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.es,
  ),
  // shipped until v5.2.2
  pmAuth(
    'error smtp: no se pudo autentificar',
    'Mailer Error: Error SMTP: No se pudo autentificar.',
    PHPMAILER_LANG_AT['es@v5.2.2'],
  ),
  // shipped until v5.2.2
  pmConnect(
    'no puedo conectar al servidor smtp',
    'Mailer Error: Error SMTP: No puedo conectar al servidor SMTP.',
    PHPMAILER_LANG_AT['es@v5.2.2'],
  ),
  // shipped until v5.2.9
  pmConnect(
    'no se pudo conectar al servidor smtp',
    'Mailer Error: Error SMTP: No se pudo conectar al servidor SMTP.',
    PHPMAILER_LANG_AT['es@v5.2.9'],
  ),
  // shipped until v5.2.9
  pmConnect(
    'smtp connect() se falló',
    'Mailer Error: SMTP Connect() se falló. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG_AT['es@v5.2.9'],
  ),
  // et
  pmAuth(
    'smtp viga: autoriseerimise viga',
    'Mailer Error: SMTP Viga: Autoriseerimise viga.',
    PHPMAILER_LANG.et,
  ),
  pmConnect(
    'ei õnnestunud luua ühendust smtp serveriga',
    'Mailer Error: SMTP Viga: Ei õnnestunud luua ühendust SMTP serveriga.',
    PHPMAILER_LANG.et,
  ),
  pmConnect(
    'smtp connect() ebaõnnestus',
    'Mailer Error: SMTP Connect() ebaõnnestus. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.et,
  ),
  // fa
  pmAuth(
    'خطای smtp: احراز هویت با شکست مواجه شد',
    'Mailer Error: خطای SMTP: احراز هویت با شکست مواجه شد.',
    PHPMAILER_LANG.fa,
  ),
  pmConnect(
    'اتصال به سرور smtp برقرار نشد',
    'Mailer Error: خطای SMTP: اتصال به سرور SMTP برقرار نشد.',
    PHPMAILER_LANG.fa,
  ),
  pmConnect(
    'خطا در اتصال به smtp',
    'Mailer Error: خطا در اتصال به SMTP. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.fa,
  ),
  // shipped until v5.2.7
  pmAuth(
    'smtp error: احراز هویت با شکست مواجه شد',
    'Mailer Error: SMTP Error: احراز هویت با شکست مواجه شد.',
    PHPMAILER_LANG_AT['fa@v5.2.7'],
  ),
  // fi
  pmAuth(
    'smtp-virhe: käyttäjätunnistus epäonnistui',
    'Mailer Error: SMTP-virhe: käyttäjätunnistus epäonnistui.',
    PHPMAILER_LANG.fi,
  ),
  pmConnect(
    'smtp-virhe: yhteys palvelimeen ei onnistu',
    'Mailer Error: SMTP-virhe: yhteys palvelimeen ei onnistu.',
    PHPMAILER_LANG.fi,
  ),
  // fo
  pmAuth(
    'smtp feilur: kundi ikki góðkenna',
    'Mailer Error: SMTP feilur: Kundi ikki góðkenna.',
    PHPMAILER_LANG.fo,
  ),
  pmConnect(
    'kundi ikki knýta samband við smtp vert',
    'Mailer Error: SMTP feilur: Kundi ikki knýta samband við SMTP vert.',
    PHPMAILER_LANG.fo,
  ),
  // fr
  pmAuth(
    "erreur smtp : échec de l'authentification",
    "Mailer Error: Erreur SMTP : échec de l'authentification.",
    PHPMAILER_LANG.fr,
  ),
  pmConnect(
    'impossible de se connecter au serveur smtp',
    'Mailer Error: Erreur SMTP : impossible de se connecter au serveur SMTP.',
    PHPMAILER_LANG.fr,
  ),
  // v6.5.2 to v6.9.1 wrote "a échouée", which this phrase matches too.
  pmConnect(
    'la fonction smtp connect() a échoué',
    'Mailer Error: La fonction SMTP connect() a échoué. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.fr,
  ),
  // shipped until v5.2.2
  pmAuth(
    "erreur smtp : echec de l'authentification",
    "Mailer Error: Erreur SMTP : Echec de l'authentification.",
    PHPMAILER_LANG_AT['fr@v5.2.2'],
  ),
  // shipped until v6.5.1
  pmConnect(
    'échec de la connexion smtp',
    'Mailer Error: Échec de la connexion SMTP. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG_AT['fr@v6.5.1'],
  ),
  // gl
  pmAuth(
    'erro smtp: non puido ser autentificado',
    'Mailer Error: Erro SMTP: Non puido ser autentificado.',
    PHPMAILER_LANG.gl,
  ),
  pmConnect(
    'non puido conectar co servidor smtp',
    'Mailer Error: Erro SMTP: Non puido conectar co servidor SMTP.',
    PHPMAILER_LANG.gl,
  ),
  pmConnect(
    'smtp connect() fallou',
    'Mailer Error: SMTP Connect() fallou. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.gl,
  ),
  // he
  pmAuth(
    'שגיאת smtp: פעולת האימות נכשלה',
    'Mailer Error: שגיאת SMTP: פעולת האימות נכשלה.',
    PHPMAILER_LANG.he,
  ),
  pmConnect(
    'לא הצלחתי להתחבר לשרת smtp',
    'Mailer Error: שגיאת SMTP: לא הצלחתי להתחבר לשרת SMTP.',
    PHPMAILER_LANG.he,
  ),
  // hi
  pmAuth(
    'smtp त्रुटि: प्रामाणिकता की जांच नहीं हो सका',
    'Mailer Error: SMTP त्रुटि: प्रामाणिकता की जांच नहीं हो सका।',
    PHPMAILER_LANG.hi,
  ),
  pmConnect(
    'smtp सर्वर से कनेक्ट नहीं हो सका',
    'Mailer Error: SMTP त्रुटि: SMTP सर्वर से कनेक्ट नहीं हो सका।',
    PHPMAILER_LANG.hi,
  ),
  pmConnect(
    'smtp का connect () फ़ंक्शन विफल हुआ',
    'Mailer Error: SMTP का connect () फ़ंक्शन विफल हुआ। https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.hi,
  ),
  // hr
  pmAuth(
    'smtp greška: neuspjela autentikacija',
    'Mailer Error: SMTP Greška: Neuspjela autentikacija.',
    PHPMAILER_LANG.hr,
  ),
  pmConnect(
    'ne mogu se spojiti na smtp poslužitelj',
    'Mailer Error: SMTP Greška: Ne mogu se spojiti na SMTP poslužitelj.',
    PHPMAILER_LANG.hr,
  ),
  pmConnect(
    'spajanje na smtp poslužitelj nije uspjelo',
    'Mailer Error: Spajanje na SMTP poslužitelj nije uspjelo. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.hr,
  ),
  // hu
  pmAuth(
    'smtp hiba: az azonosítás sikertelen',
    'Mailer Error: SMTP hiba: az azonosítás sikertelen.',
    PHPMAILER_LANG.hu,
  ),
  pmConnect(
    'nem lehet kapcsolódni az smtp-szerverhez',
    'Mailer Error: SMTP hiba: nem lehet kapcsolódni az SMTP-szerverhez.',
    PHPMAILER_LANG.hu,
  ),
  pmConnect(
    'hiba az smtp-kapcsolatban',
    'Mailer Error: Hiba az SMTP-kapcsolatban. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.hu,
  ),
  // shipped until v5.2.2
  pmAuth(
    'smtp hiba: sikertelen autentikáció',
    'Mailer Error: SMTP Hiba: Sikertelen autentikáció.',
    PHPMAILER_LANG_AT['hu@v5.2.2'],
  ),
  // shipped until v5.2.2
  pmConnect(
    'nem tudtam csatlakozni az smtp host-hoz',
    'Mailer Error: SMTP Hiba: Nem tudtam csatlakozni az SMTP host-hoz.',
    PHPMAILER_LANG_AT['hu@v5.2.2'],
  ),
  // hy
  pmAuth(
    'smtp -ի սխալ: չհաջողվեց ստուգել իսկությունը',
    'Mailer Error: SMTP -ի սխալ: չհաջողվեց ստուգել իսկությունը.',
    PHPMAILER_LANG.hy,
  ),
  pmConnect(
    'չհաջողվեց կապ հաստատել smtp սերվերի հետ',
    'Mailer Error: SMTP -ի սխալ: չհաջողվեց կապ հաստատել SMTP սերվերի հետ.',
    PHPMAILER_LANG.hy,
  ),
  pmConnect(
    'smtp -ի connect() ֆունկցիան չի հաջողվել',
    'Mailer Error: SMTP -ի connect() ֆունկցիան չի հաջողվել https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.hy,
  ),
  // id
  pmAuth(
    'kesalahan smtp: tidak dapat mengotentikasi',
    'Mailer Error: Kesalahan SMTP: Tidak dapat mengotentikasi.',
    PHPMAILER_LANG.id,
  ),
  pmConnect(
    'tidak dapat terhubung ke host smtp',
    'Mailer Error: Kesalahan SMTP: Tidak dapat terhubung ke host SMTP.',
    PHPMAILER_LANG.id,
  ),
  pmConnect(
    'smtp connect() gagal',
    'Mailer Error: SMTP Connect() gagal. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.id,
  ),
  // shipped until v5.2.28
  pmAuth(
    'kesalahan smtp: tidak dapat mengautentikasi',
    'Mailer Error: Kesalahan SMTP: Tidak dapat mengautentikasi.',
    PHPMAILER_LANG_AT['id@v5.2.28'],
  ),
  // it
  pmAuth(
    'smtp error: impossibile autenticarsi',
    'Mailer Error: SMTP Error: Impossibile autenticarsi.',
    PHPMAILER_LANG.it,
  ),
  pmConnect(
    "impossibile connettersi all'host smtp",
    "Mailer Error: SMTP Error: Impossibile connettersi all'host SMTP.",
    PHPMAILER_LANG.it,
  ),
  pmConnect(
    'smtp connect() fallita',
    'Mailer Error: SMTP Connect() fallita. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.it,
  ),
  // ja
  pmAuth(
    'smtpエラー: 認証できませんでした',
    'Mailer Error: SMTPエラー: 認証できませんでした。',
    PHPMAILER_LANG.ja,
  ),
  pmConnect(
    'smtpホストに接続できませんでした',
    'Mailer Error: SMTPエラー: SMTPホストに接続できませんでした。',
    PHPMAILER_LANG.ja,
  ),
  pmConnect(
    'smtp接続に失敗しました',
    'Mailer Error: SMTP接続に失敗しました。 https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.ja,
  ),
  // ka
  pmAuth(
    'smtp შეცდომა: ავტორიზაცია შეუძლებელია',
    'Mailer Error: SMTP შეცდომა: ავტორიზაცია შეუძლებელია.',
    PHPMAILER_LANG.ka,
  ),
  pmConnect(
    'smtp სერვერთან დაკავშირება შეუძლებელია',
    'Mailer Error: SMTP შეცდომა: SMTP სერვერთან დაკავშირება შეუძლებელია.',
    PHPMAILER_LANG.ka,
  ),
  pmConnect(
    'შეცდომა smtp სერვერთან დაკავშირებისას',
    'Mailer Error: შეცდომა SMTP სერვერთან დაკავშირებისას https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.ka,
  ),
  // ko
  pmAuth('smtp 오류: 인증할 수 없습니다', 'Mailer Error: SMTP 오류: 인증할 수 없습니다.', PHPMAILER_LANG.ko),
  pmConnect(
    'smtp 호스트에 접속할 수 없습니다',
    'Mailer Error: SMTP 오류: SMTP 호스트에 접속할 수 없습니다.',
    PHPMAILER_LANG.ko,
  ),
  pmConnect(
    'smtp 연결을 실패하였습니다',
    'Mailer Error: SMTP 연결을 실패하였습니다. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.ko,
  ),
  // ku
  pmAuth(
    'هەڵەی smtp : نەتوانرا کۆدەکە پشتڕاست بکرێتەوە',
    'Mailer Error: هەڵەی SMTP : نەتوانرا کۆدەکە پشتڕاست بکرێتەوە',
    PHPMAILER_LANG.ku,
  ),
  pmConnect(
    'نەتوانرا پەیوەندی بە سێرڤەرەوە بکات smtp',
    'Mailer Error: هەڵەی SMTP: نەتوانرا پەیوەندی بە سێرڤەرەوە بکات SMTP.',
    PHPMAILER_LANG.ku,
  ),
  pmConnect(
    'smtp connect()پەیوەندی شکستی هێنا',
    'Mailer Error: SMTP Connect()پەیوەندی شکستی هێنا . https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.ku,
  ),
  // lt
  pmAuth(
    'smtp klaida: autentifikacija nepavyko',
    'Mailer Error: SMTP klaida: autentifikacija nepavyko.',
    PHPMAILER_LANG.lt,
  ),
  pmConnect(
    'nepavyksta prisijungti prie smtp stoties',
    'Mailer Error: SMTP klaida: nepavyksta prisijungti prie SMTP stoties.',
    PHPMAILER_LANG.lt,
  ),
  pmConnect(
    'smtp susijungimo klaida',
    'Mailer Error: SMTP susijungimo klaida https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.lt,
  ),
  // lv
  pmAuth(
    'smtp kļūda: autorizācija neizdevās',
    'Mailer Error: SMTP kļūda: Autorizācija neizdevās.',
    PHPMAILER_LANG.lv,
  ),
  pmConnect(
    'nevar izveidot savienojumu ar smtp serveri',
    'Mailer Error: SMTP Kļūda: Nevar izveidot savienojumu ar SMTP serveri.',
    PHPMAILER_LANG.lv,
  ),
  pmConnect(
    'smtp savienojuma kļūda',
    'Mailer Error: SMTP savienojuma kļūda https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.lv,
  ),
  // mg
  pmAuth(
    'hadisoana smtp: tsy nahomby ny fanamarinana',
    'Mailer Error: Hadisoana SMTP: Tsy nahomby ny fanamarinana.',
    PHPMAILER_LANG.mg,
  ),
  pmConnect(
    "tsy afaka mampifandray amin'ny mpampiantrano smtp",
    "Mailer Error: SMTP Error: Tsy afaka mampifandray amin'ny mpampiantrano SMTP.",
    PHPMAILER_LANG.mg,
  ),
  pmConnect(
    "tsy nahomby ny fifandraisana tamin'ny server smtp",
    "Mailer Error: Tsy nahomby ny fifandraisana tamin'ny server SMTP. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
    PHPMAILER_LANG.mg,
  ),
  // mn
  pmAuth(
    'алдаа smtp: холбогдож чадсангүй',
    'Mailer Error: Алдаа SMTP: Холбогдож чадсангүй.',
    PHPMAILER_LANG.mn,
  ),
  pmConnect(
    'smtp- сервертэй холбогдож болохгүй байна',
    'Mailer Error: Алдаа SMTP: SMTP- сервертэй холбогдож болохгүй байна.',
    PHPMAILER_LANG.mn,
  ),
  pmConnect(
    'smtp сервертэй холбогдоход алдаа гарлаа',
    'Mailer Error: SMTP сервертэй холбогдоход алдаа гарлаа https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.mn,
  ),
  // ms
  pmAuth(
    'ralat smtp: tidak dapat pengesahan',
    'Mailer Error: Ralat SMTP: Tidak dapat pengesahan.',
    PHPMAILER_LANG.ms,
  ),
  pmConnect(
    'tidak dapat menghubungi hos pelayan smtp',
    'Mailer Error: Ralat SMTP: Tidak dapat menghubungi hos pelayan SMTP.',
    PHPMAILER_LANG.ms,
  ),
  pmConnect(
    'smtp connect() telah gagal',
    'Mailer Error: SMTP Connect() telah gagal. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.ms,
  ),
  // nb
  // v6.8.1 to v6.12.0 wrote "Kunne ikke autentiseres", which this phrase matches too.
  pmAuth(
    'smtp-feil: kunne ikke autentisere',
    'Mailer Error: SMTP-feil: Kunne ikke autentisere.',
    PHPMAILER_LANG.nb,
  ),
  pmConnect(
    'kunne ikke koble til smtp-vert',
    'Mailer Error: SMTP-feil: Kunne ikke koble til SMTP-vert.',
    PHPMAILER_LANG.nb,
  ),
  pmConnect(
    'smtp connect() mislyktes',
    'Mailer Error: SMTP connect() mislyktes. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.nb,
  ),
  // shipped until v6.8.0
  pmAuth(
    'smtp feil: kunne ikke autentisere',
    'Mailer Error: SMTP Feil: Kunne ikke autentisere.',
    PHPMAILER_LANG_AT['nb@v6.8.0'],
  ),
  // shipped until v5.2.2 (phpmailer.lang-no.php)
  pmAuth(
    'smtp feil: kunne ikke authentisere',
    'Mailer Error: SMTP Feil: Kunne ikke authentisere.',
    PHPMAILER_LANG_AT['no@v5.2.2'],
  ),
  // shipped until v6.8.0
  pmConnect(
    'kunne ikke koble til smtp tjener',
    'Mailer Error: SMTP Feil: Kunne ikke koble til SMTP tjener.',
    PHPMAILER_LANG_AT['nb@v6.8.0'],
  ),
  // shipped until v5.2.2 (phpmailer.lang-no.php)
  pmConnect(
    'kunne ikke koble til smtp host',
    'Mailer Error: SMTP Feil: Kunne ikke koble til SMTP host.',
    PHPMAILER_LANG_AT['no@v5.2.2'],
  ),
  // shipped until v5.2.23
  pmConnect(
    'smtp connect() feilet',
    'Mailer Error: SMTP Connect() feilet. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG_AT['nb@v5.2.23'],
  ),
  // nl
  pmAuth(
    'smtp-fout: authenticatie mislukt',
    'Mailer Error: SMTP-fout: authenticatie mislukt.',
    PHPMAILER_LANG.nl,
  ),
  pmConnect(
    'kon niet verbinden met smtp-host',
    'Mailer Error: SMTP-fout: kon niet verbinden met SMTP-host.',
    PHPMAILER_LANG.nl,
  ),
  pmConnect(
    'smtp-verbinding mislukt',
    'Mailer Error: SMTP-verbinding mislukt. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.nl,
  ),
  // shipped until v5.2.2
  pmAuth(
    'smtp fout: authenticatie mislukt',
    'Mailer Error: SMTP Fout: authenticatie mislukt.',
    PHPMAILER_LANG_AT['nl@v5.2.2'],
  ),
  // shipped until v5.2.2
  pmConnect(
    'kon niet verbinden met smtp host',
    'Mailer Error: SMTP Fout: Kon niet verbinden met SMTP host.',
    PHPMAILER_LANG_AT['nl@v5.2.2'],
  ),
  // shipped until v6.12.0
  pmConnect(
    'smtp verbinding mislukt',
    'Mailer Error: SMTP Verbinding mislukt. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG_AT['nl@v6.12.0'],
  ),
  // pl
  pmAuth(
    'błąd smtp: nie udało się przeprowadzić uwierzytelnienia',
    'Mailer Error: Błąd SMTP: nie udało się przeprowadzić uwierzytelnienia.',
    PHPMAILER_LANG.pl,
  ),
  pmConnect(
    'błąd smtp: nie udało się połączyć z serwerem (hostem)',
    'Mailer Error: Błąd SMTP: nie udało się połączyć z serwerem (hostem).',
    PHPMAILER_LANG.pl,
  ),
  pmConnect(
    'nie udało się nawiązać połączenia za pomocą smtp connect()',
    'Mailer Error: Nie udało się nawiązać połączenia za pomocą SMTP Connect(). https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.pl,
  ),
  // shipped until v5.2.2
  pmAuth(
    'błąd smtp: nie można przeprowadzić autentykacji',
    'Mailer Error: Błąd SMTP: Nie można przeprowadzić autentykacji.',
    PHPMAILER_LANG_AT['pl@v5.2.2'],
  ),
  // shipped until v6.12.0
  pmAuth(
    'błąd smtp: nie można przeprowadzić uwierzytelnienia',
    'Mailer Error: Błąd SMTP: Nie można przeprowadzić uwierzytelnienia.',
    PHPMAILER_LANG_AT['pl@v6.12.0'],
  ),
  // shipped until v6.12.0
  pmConnect(
    'błąd smtp: nie można połączyć się z wybranym hostem',
    'Mailer Error: Błąd SMTP: Nie można połączyć się z wybranym hostem.',
    PHPMAILER_LANG_AT['pl@v6.12.0'],
  ),
  // shipped until v6.6.4
  pmConnect(
    'smtp connect() zakończone niepowodzeniem',
    'Mailer Error: SMTP Connect() zakończone niepowodzeniem. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG_AT['pl@v6.6.4'],
  ),
  // shipped until v6.12.0
  pmConnect(
    'wywołanie funkcji smtp connect() zostało zakończone niepowodzeniem',
    'Mailer Error: Wywołanie funkcji SMTP Connect() zostało zakończone niepowodzeniem. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG_AT['pl@v6.12.0'],
  ),
  // pt
  pmAuth(
    'erro smtp: falha na autenticação',
    'Mailer Error: Erro SMTP: Falha na autenticação.',
    PHPMAILER_LANG.pt,
  ),
  pmConnect(
    'não foi possível ligar ao servidor smtp',
    'Mailer Error: Erro SMTP: Não foi possível ligar ao servidor SMTP.',
    PHPMAILER_LANG.pt,
  ),
  pmConnect(
    'falha na função smtp connect()',
    'Mailer Error: Falha na função SMTP connect(). https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.pt,
  ),
  // shipped until v6.9.3
  pmAuth(
    'erro do smtp: não foi possível realizar a autenticação',
    'Mailer Error: Erro do SMTP: Não foi possível realizar a autenticação.',
    PHPMAILER_LANG_AT['pt@v6.9.3'],
  ),
  // shipped until v6.9.3
  pmConnect(
    'não foi possível realizar ligação com o servidor smtp',
    'Mailer Error: Erro do SMTP: Não foi possível realizar ligação com o servidor SMTP.',
    PHPMAILER_LANG_AT['pt@v6.9.3'],
  ),
  // pt_br
  pmAuth(
    'erro de smtp: não foi possível autenticar',
    'Mailer Error: Erro de SMTP: Não foi possível autenticar.',
    PHPMAILER_LANG.pt_br,
  ),
  pmConnect(
    'não foi possível conectar ao servidor smtp',
    'Mailer Error: Erro de SMTP: Não foi possível conectar ao servidor SMTP.',
    PHPMAILER_LANG.pt_br,
  ),
  pmConnect(
    'smtp connect() falhou',
    'Mailer Error: SMTP Connect() falhou. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.pt_br,
  ),
  // shipped until v5.2.2 (phpmailer.lang-br.php)
  pmConnect(
    'não foi possível conectar com o servidor smtp',
    'Mailer Error: Erro de SMTP: Não foi possível conectar com o servidor SMTP.',
    PHPMAILER_LANG_AT['br@v5.2.2'],
  ),
  // ro
  pmAuth(
    'eroare smtp: autentificarea a eșuat',
    'Mailer Error: Eroare SMTP: Autentificarea a eșuat.',
    PHPMAILER_LANG.ro,
  ),
  pmConnect(
    'conectarea la serverul smtp a eșuat',
    'Mailer Error: Eroare SMTP: Conectarea la serverul SMTP a eșuat.',
    PHPMAILER_LANG.ro,
  ),
  // shipped until v5.2.2
  pmAuth(
    'eroare smtp: nu a functionat autentificarea',
    'Mailer Error: Eroare SMTP: Nu a functionat autentificarea.',
    PHPMAILER_LANG_AT['ro@v5.2.2'],
  ),
  // shipped until v5.2.2
  pmConnect(
    'nu m-am putut conecta la adresa smtp',
    'Mailer Error: Eroare SMTP: Nu m-am putut conecta la adresa SMTP.',
    PHPMAILER_LANG_AT['ro@v5.2.2'],
  ),
  // shipped until v5.2.16
  pmConnect(
    'conectarea la serverul smtp a esuat',
    'Mailer Error: Conectarea la serverul SMTP a esuat. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG_AT['ro@v5.2.16'],
  ),
  // ru
  pmAuth(
    'ошибка smtp: не удалось пройти аутентификацию',
    'Mailer Error: Ошибка SMTP: не удалось пройти аутентификацию.',
    PHPMAILER_LANG.ru,
  ),
  pmConnect(
    'не удается подключиться к smtp-серверу',
    'Mailer Error: Ошибка SMTP: не удается подключиться к SMTP-серверу.',
    PHPMAILER_LANG.ru,
  ),
  pmConnect(
    'ошибка соединения с smtp-сервером',
    'Mailer Error: Ошибка соединения с SMTP-сервером. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.ru,
  ),
  // shipped until v6.9.1
  pmAuth(
    'ошибка smtp: ошибка авторизации',
    'Mailer Error: Ошибка SMTP: ошибка авторизации.',
    PHPMAILER_LANG_AT['ru@v6.9.1'],
  ),
  // shipped until v5.2.28
  pmConnect(
    'не удается подключиться к серверу smtp',
    'Mailer Error: Ошибка SMTP: не удается подключиться к серверу SMTP.',
    PHPMAILER_LANG_AT['ru@v5.2.28'],
  ),
  // si
  pmAuth('smtp දෝෂය: සත්යාපනය අසාර්ථක විය', 'Mailer Error: SMTP දෝෂය: සත්යාපනය අසාර්ථක විය.', PHPMAILER_LANG.si),
  pmConnect(
    'smtp දෝෂය: සම්බන්ධ වීමට නොහැකි විය',
    'Mailer Error: SMTP දෝෂය: සම්බන්ධ වීමට නොහැකි විය.',
    PHPMAILER_LANG.si,
  ),
  pmConnect(
    'smtp සම්බන්ධය අසාර්ථක විය',
    'Mailer Error: SMTP සම්බන්ධය අසාර්ථක විය. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.si,
  ),
  // sk
  pmAuth(
    'smtp error: chyba autentifikácie',
    'Mailer Error: SMTP Error: Chyba autentifikácie.',
    PHPMAILER_LANG.sk,
  ),
  pmConnect(
    'nebolo možné nadviazať spojenie so smtp serverom',
    'Mailer Error: SMTP Error: Nebolo možné nadviazať spojenie so SMTP serverom.',
    PHPMAILER_LANG.sk,
  ),
  pmConnect(
    'smtp connect() zlyhalo',
    'Mailer Error: SMTP Connect() zlyhalo. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.sk,
  ),
  // sl
  pmAuth(
    'smtp napaka: avtentikacija ni uspela',
    'Mailer Error: SMTP napaka: Avtentikacija ni uspela.',
    PHPMAILER_LANG.sl,
  ),
  pmConnect(
    'vzpostavljanje povezave s smtp gostiteljem ni uspelo',
    'Mailer Error: SMTP napaka: Vzpostavljanje povezave s SMTP gostiteljem ni uspelo.',
    PHPMAILER_LANG.sl,
  ),
  pmConnect(
    'ne morem vzpostaviti povezave s smtp strežnikom',
    'Mailer Error: Ne morem vzpostaviti povezave s SMTP strežnikom. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.sl,
  ),
  // shipped until v5.2.28
  pmConnect(
    'ne morem vzpostaviti povezave s smtp gostiteljem',
    'Mailer Error: SMTP napaka: Ne morem vzpostaviti povezave s SMTP gostiteljem.',
    PHPMAILER_LANG_AT['sl@v5.2.28'],
  ),
  // sr
  pmAuth(
    'smtp грешка: аутентификација није успела',
    'Mailer Error: SMTP грешка: аутентификација није успела.',
    PHPMAILER_LANG.sr,
  ),
  pmConnect(
    'повезивање са smtp сервером није успело',
    'Mailer Error: SMTP грешка: повезивање са SMTP сервером није успело.',
    PHPMAILER_LANG.sr,
  ),
  // shipped until v5.2.28 (phpmailer.lang-rs.php)
  pmConnect(
    'није могуће повезивање са smtp сервером',
    'Mailer Error: SMTP грешка: није могуће повезивање са SMTP сервером.',
    PHPMAILER_LANG_AT['rs@v5.2.28'],
  ),
  // sr_latn
  pmAuth(
    'smtp greška: autentifikacija nije uspela',
    'Mailer Error: SMTP greška: autentifikacija nije uspela.',
    PHPMAILER_LANG.sr_latn,
  ),
  pmConnect(
    'povezivanje sa smtp serverom nije uspelo',
    'Mailer Error: SMTP greška: povezivanje sa SMTP serverom nije uspelo.',
    PHPMAILER_LANG.sr_latn,
  ),
  // sv
  pmAuth(
    'smtp fel: kunde inte autentisera',
    'Mailer Error: SMTP fel: Kunde inte autentisera.',
    PHPMAILER_LANG.sv,
  ),
  pmConnect(
    'kunde inte ansluta till smtp-server',
    'Mailer Error: SMTP fel: Kunde inte ansluta till SMTP-server.',
    PHPMAILER_LANG.sv,
  ),
  pmConnect(
    'smtp connect() misslyckades',
    'Mailer Error: SMTP Connect() misslyckades. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.sv,
  ),
  // tl
  pmAuth(
    'smtp error: hindi mapatotohanan',
    'Mailer Error: SMTP Error: Hindi mapatotohanan.',
    PHPMAILER_LANG.tl,
  ),
  pmConnect(
    'hindi makakonekta sa smtp host',
    'Mailer Error: SMTP Error: Hindi makakonekta sa SMTP host.',
    PHPMAILER_LANG.tl,
  ),
  pmConnect(
    'ang smtp connect() ay nabigo',
    'Mailer Error: Ang SMTP connect() ay nabigo. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.tl,
  ),
  // tr
  pmAuth('smtp hatası: oturum açılamadı', 'Mailer Error: SMTP Hatası: Oturum açılamadı.', PHPMAILER_LANG.tr),
  pmConnect(
    'smtp sunucusuna bağlanılamadı',
    'Mailer Error: SMTP Hatası: SMTP sunucusuna bağlanılamadı.',
    PHPMAILER_LANG.tr,
  ),
  pmConnect(
    'smtp connect() fonksiyonu başarısız',
    'Mailer Error: SMTP connect() fonksiyonu başarısız. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.tr,
  ),
  // shipped until v5.2.7
  pmAuth(
    'smtp hatası: doğrulanamıyor',
    'Mailer Error: SMTP Hatası: Doğrulanamıyor.',
    PHPMAILER_LANG_AT['tr@v5.2.7'],
  ),
  // shipped until v5.2.7
  pmConnect(
    'smtp hosta bağlanılamıyor',
    'Mailer Error: SMTP Hatası: SMTP hosta bağlanılamıyor.',
    PHPMAILER_LANG_AT['tr@v5.2.7'],
  ),
  // shipped until v5.2.7
  pmConnect(
    'smtp bağlantı() başarısız',
    'Mailer Error: SMTP bağlantı() başarısız. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG_AT['tr@v5.2.7'],
  ),
  // uk
  pmAuth(
    'помилка smtp: помилка авторизації',
    'Mailer Error: Помилка SMTP: помилка авторизації.',
    PHPMAILER_LANG.uk,
  ),
  pmConnect(
    "не вдається під'єднатися до smtp-серверу",
    "Mailer Error: Помилка SMTP: не вдається під'єднатися до SMTP-серверу.",
    PHPMAILER_LANG.uk,
  ),
  pmConnect(
    "помилка з'єднання з smtp-сервером",
    "Mailer Error: Помилка з'єднання з SMTP-сервером https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
    PHPMAILER_LANG.uk,
  ),
  // shipped until v5.2.28
  pmConnect(
    "не вдається під'єднатися до серверу smtp",
    "Mailer Error: Помилка SMTP: не вдається під'єднатися до серверу SMTP.",
    PHPMAILER_LANG_AT['uk@v5.2.28'],
  ),
  // shipped until v5.2.10
  pmConnect(
    'не вдається підєднатися до серверу smtp',
    'Mailer Error: Помилка SMTP: не вдається підєднатися до серверу SMTP.',
    PHPMAILER_LANG_AT['uk@v5.2.10'],
  ),
  // shipped until v5.2.28
  pmConnect(
    "помилка з'єднання із smtp-сервером",
    "Mailer Error: Помилка з'єднання із SMTP-сервером https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting",
    PHPMAILER_LANG_AT['uk@v5.2.28'],
  ),
  // shipped until v5.2.10
  pmConnect(
    'помилка зєднання із smtp-сервером',
    'Mailer Error: Помилка зєднання із SMTP-сервером https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG_AT['uk@v5.2.10'],
  ),
  // ur
  pmAuth(
    'smtp خرابی: تصدیق کرنے سے قاصر',
    'Mailer Error: SMTP خرابی: تصدیق کرنے سے قاصر۔',
    PHPMAILER_LANG.ur,
  ),
  pmConnect(
    'smtp خرابی: سرور سے منسلک ہونے سے قاصر',
    'Mailer Error: SMTP خرابی: سرور سے منسلک ہونے سے قاصر۔',
    PHPMAILER_LANG.ur,
  ),
  pmConnect(
    'smtp ملنا ناکام ہوا',
    'Mailer Error: SMTP ملنا ناکام ہوا https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.ur,
  ),
  // vi
  pmAuth('lỗi smtp: không thể xác thực', 'Mailer Error: Lỗi SMTP: Không thể xác thực.', PHPMAILER_LANG.vi),
  pmConnect(
    'không thể kết nối máy chủ smtp',
    'Mailer Error: Lỗi SMTP: Không thể kết nối máy chủ SMTP.',
    PHPMAILER_LANG.vi,
  ),
  pmConnect(
    'lỗi kết nối với smtp',
    'Mailer Error: Lỗi kết nối với SMTP https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.vi,
  ),
  // zh
  pmAuth('smtp 錯誤：登入失敗', 'Mailer Error: SMTP 錯誤：登入失敗。', PHPMAILER_LANG.zh),
  pmConnect('無法連線到 smtp 主機', 'Mailer Error: SMTP 錯誤：無法連線到 SMTP 主機。', PHPMAILER_LANG.zh),
  pmConnect(
    'smtp 連線失敗',
    'Mailer Error: SMTP 連線失敗 https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.zh,
  ),
  // shipped until v5.2.2
  pmAuth('smtp 錯誤：登錄失敗', 'Mailer Error: SMTP 錯誤：登錄失敗。', PHPMAILER_LANG_AT['zh@v5.2.2']),
  // shipped until v5.2.2
  pmConnect(
    '無法連接到 smtp 主機',
    'Mailer Error: SMTP 錯誤：無法連接到 SMTP 主機。',
    PHPMAILER_LANG_AT['zh@v5.2.2'],
  ),
  // shipped until v5.2.9
  pmConnect(
    'smtp連線失敗',
    'Mailer Error: SMTP連線失敗 https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG_AT['zh@v5.2.9'],
  ),
  // zh_cn
  pmAuth('smtp 错误：登录失败', 'Mailer Error: SMTP 错误：登录失败。', PHPMAILER_LANG.zh_cn),
  pmConnect('无法连接到 smtp 主机', 'Mailer Error: SMTP 错误：无法连接到 SMTP 主机。', PHPMAILER_LANG.zh_cn),
  pmConnect(
    'smtp服务器连接失败',
    'Mailer Error: SMTP服务器连接失败。 https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    PHPMAILER_LANG.zh_cn,
  ),
  // shipped until v6.6.2 (phpmailer.lang-ch.php)
  pmAuth(
    'smtp 错误：身份验证失败',
    'Mailer Error: SMTP 错误：身份验证失败。',
    PHPMAILER_LANG_AT['ch@v6.6.2'],
  ),
  // shipped until v6.6.2 (phpmailer.lang-ch.php)
  pmConnect(
    '不能连接smtp主机',
    'Mailer Error: SMTP 错误: 不能连接SMTP主机。',
    PHPMAILER_LANG_AT['ch@v6.6.2'],
  ),
];

/** .NET's certificate sentence in one language: the validation failed, no reason given (weak). */
const dnCert = (says: string, example: string, source: string): FamilyRow =>
  weak(
    r(
      'cert-untrusted',
      'dotnet',
      says,
      `System.Security.Authentication.AuthenticationException: ${example}`,
      source,
    ),
  );

/** .NET's own messages in the languages its language packs translate them to, by language. */
const dotnetRows: readonly FamilyRow[] = [
  dnCert(
    'das remotezertifikat ist laut validierungsverfahren ungültig',
    'Das Remotezertifikat ist laut Validierungsverfahren ungültig.',
    DOTNET_LOCALISED.de,
  ),
  dnCert(
    "le certificat distant n'est pas valide selon la procédure de validation",
    "Le certificat distant n'est pas valide selon la procédure de validation.",
    DOTNET_LOCALISED.fr,
  ),
  dnCert(
    'el certificado remoto no es válido según el procedimiento de validación',
    'El certificado remoto no es válido según el procedimiento de validación.',
    DOTNET_LOCALISED.es,
  ),
  dnCert(
    'il certificato remoto non è stato ritenuto valido dalla procedura di convalida',
    'Il certificato remoto non è stato ritenuto valido dalla procedura di convalida.',
    DOTNET_LOCALISED.it,
  ),
  dnCert(
    'o certificado remoto é inválido de acordo com o procedimento de validação',
    'O certificado remoto é inválido de acordo com o procedimento de validação.',
    DOTNET_LOCALISED.pt_br,
  ),
  dnCert(
    '検証プロシージャによると、リモート証明書は無効です',
    '検証プロシージャによると、リモート証明書は無効です。',
    DOTNET_LOCALISED.ja,
  ),
  dnCert('根据验证过程，远程证书无效', '根据验证过程，远程证书无效。', DOTNET_LOCALISED.zh_cn),
  dnCert('根據驗證程序，遠端憑證無效', '根據驗證程序，遠端憑證無效。', DOTNET_LOCALISED.zh_tw),
  dnCert(
    '유효성 검사 절차에 따르면 원격 인증서가 잘못되었습니다',
    '유효성 검사 절차에 따르면 원격 인증서가 잘못되었습니다.',
    DOTNET_LOCALISED.ko,
  ),
  dnCert(
    'удаленный сертификат недопустим согласно процедуре проверки',
    'Удаленный сертификат недопустим согласно процедуре проверки.',
    DOTNET_LOCALISED.ru,
  ),
  dnCert(
    'удаленный сертификат недействителен',
    'Удаленный сертификат недействителен в соответствии с процедурой проверки.',
    DOTNET_LOCALISED.ru_signalr,
  ),
  dnCert(
    'certyfikat zdalny jest nieprawidłowy zgodnie z procedurą',
    'Certyfikat zdalny jest nieprawidłowy zgodnie z procedurą walidacji.',
    DOTNET_LOCALISED.pl,
  ),
  dnCert(
    'doğrulama yordamına göre uzak sertifika geçersiz',
    'Doğrulama yordamına göre uzak sertifika geçersiz.',
    DOTNET_LOCALISED.tr,
  ),
  dnCert(
    'het externe certificaat is ongeldig volgens de validatieprocedure',
    'Het externe certificaat is ongeldig volgens de validatieprocedure.',
    DOTNET_LOCALISED.nl,
  ),
  dnCert(
    'vzdálený certifikát je podle ověřovací procedury neplatný',
    'Vzdálený certifikát je podle ověřovací procedury neplatný.',
    DOTNET_LOCALISED.cs,
  ),
  dnCert(
    'fjärrcertifikatet är ogiltigt enligt valideringsproceduren',
    'Fjärrcertifikatet är ogiltigt enligt valideringsproceduren.',
    DOTNET_LOCALISED.sv,
  ),
  // System.Net's WebException when the connect failed (Send-MailMessage, SmtpClient on .NET
  // Framework): names only the step, weak as its English row; the SocketException after it wins.
  weak(
    r(
      'no-reason',
      'dotnet',
      'die verbindung mit dem remoteserver kann nicht hergestellt werden',
      'Send-MailMessage : Die Verbindung mit dem Remoteserver kann nicht hergestellt werden.',
      DOTNET_LOCALISED.de_connect,
    ),
  ),
];

// Letters that Unicode does not split into a base letter and a mark.
const PLAIN_LETTER: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ð: 'd', ø: 'o', ı: 'i' };
const withoutAccents = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łđðøı]/g, (c) => PLAIN_LETTER[c] ?? c);

/**
 * The Latin-script PHPMailer and .NET phrases once more without their accents ("echec de la
 * connexion smtp"): the matcher compares letters as they are (normalize.ts `foldPhrase` folds case and
 * spaces, not accents), and a paste retyped or passed through a charset that lost them keeps the
 * words. Only a phrase that becomes plain ASCII gets a variant, so no other script is touched.
 */
const bareRows = (rows: readonly FamilyRow[]): readonly FamilyRow[] =>
  rows.flatMap((row) => {
    const says = withoutAccents(row.says);
    if (says === row.says || !/^[\x20-\x7e]+$/.test(says)) return [];
    if (rows.some((other) => other.family === row.family && other.says === says)) return [];
    return [{ ...row, says, example: withoutAccents(row.example) }];
  });

/** Every localised wording: glibc's and Windows', then PHPMailer's, then .NET's. */
export const localisedFamilyRows: readonly FamilyRow[] = [
  ...systemRows,
  ...phpMailerRows,
  ...bareRows(phpMailerRows),
  ...dotnetRows,
  ...bareRows(dotnetRows),
];
