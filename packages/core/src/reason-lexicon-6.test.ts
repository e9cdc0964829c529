import { describe, expect, it } from 'vitest';
import { type BounceReason, reasonOfText } from './reason.js';
import { reasonOfLocalisedWords } from './reason-words.js';

// Sixth pass: the reason words of bounces and client errors in the languages they arrive in, each
// family decided by the labelling guide (test/fixtures/bounces/LABELLING.md, cited per row). Sources
// (documented wording only, named in reason-words.ts and reason.ts beside each rule): GNOME
// evolution-data-server's translations of RFC 5321's reply texts (EDS), Thunderbird's (TB) and
// Roundcube's (RC) translations of their SMTP errors, grommunio gromox's localised bounce templates
// (GX), Microsoft Learn's localised Exchange Online pages (MS). Every line is written here in the
// documented wording, with our own addresses and codes; none is copied from a bounce.
const TAUGHT: readonly [string, BounceReason, string][] = [
  // §3 mailbox-full: a mailbox over its quota.
  ['552 Angeforderte Aktion abgebrochen: Speicherzuteilung überschritten', 'mailbox-full', 'EDS de'],
  ['552 5.2.2 Postfach voll', 'mailbox-full', 'MS de'],
  ["552 Opération abandonnée : dépassement de l'allocation de stockage", 'mailbox-full', 'EDS fr'],
  ['552 La boîte aux lettres de a@example.net est pleine', 'mailbox-full', 'MS fr (Exchange)'],
  ['552 El buzón de a@example.net está lleno', 'mailbox-full', 'MS es (Exchange)'],
  ['552 Acción no realizada: excedió la capacidad de almacenamiento', 'mailbox-full', 'EDS es'],
  ["552 Azione interrotta: allocazione dell'archivio superata", 'mailbox-full', 'EDS it'],
  ['552 Ação abortada: espaço alocado excedido', 'mailbox-full', 'EDS pt'],
  ['552 Postopdracht afgebroken: gebruikt te veel ruimte', 'mailbox-full', 'EDS nl'],
  ['554 5.2.2 Skrzynka pocztowa adresata jest pełna', 'mailbox-full', 'MS pl'],
  ['552 Запрошенное действие прервано: исчерпано место в хранилище', 'mailbox-full', 'EDS ru'],
  ['552 Akce přerušena: překročena alokace úložiště', 'mailbox-full', 'EDS cs'],
  ['552 Eylem iptal edildi: ayrılan saklama miktarı aşıldı', 'mailbox-full', 'EDS tr'],
  ['554 5.2.2 受信者のメールボックスがいっぱいです', 'mailbox-full', 'MS ja'],
  ['投递失败：收件人邮箱已满', 'mailbox-full', 'GX zh-Hans'],
  ['投遞失敗：收件人郵箱已滿', 'mailbox-full', 'GX zh-Hant'],
  ['552 요청한 메일 작업 취소: 저장 공간이 할당량을 넘었습니다', 'mailbox-full', 'EDS ko'],
  // §3 user-unknown: the recipient does not exist.
  ['投递失败：收件人 a@example.net 不存在', 'user-unknown', 'GX zh-Hans'],
  ['送信失敗：受信者が存在していないため', 'user-unknown', 'GX ja'],
  // §3 "mailbox unavailable" with no detail -> user-unknown (stock words: the status decides).
  ['550 Angeforderte Aktion nicht ausgeführt: Postfach nicht verfügbar', 'user-unknown', 'EDS de'],
  ['550 Opération non effectuée : boîte aux lettres non disponible', 'user-unknown', 'EDS fr'],
  ['550 Acción no realizada: el buzón no está disponible', 'user-unknown', 'EDS es'],
  ['550 Запрошенное действие не выполнено: почтовый ящик недоступен', 'user-unknown', 'EDS ru'],
  ['550 要求された動作は完了しません: メールボックスは利用できません', 'user-unknown', 'EDS ja'],
  ['550 İstenen eylem yapılmadı: posta kutusu kullanılabilir değil', 'user-unknown', 'EDS tr'],
  // §3 system: the server's own fault.
  ['421 Dienst nicht verfügbar, Übertragungskanal wird geschlossen', 'system', 'EDS de'],
  ['421 Servizio non disponibile, chiusura del canale', 'system', 'EDS it'],
  ['452 Opdracht niet uitgevoerd: onvoldoende ruimte op systeem', 'system', 'EDS nl (disk full)'],
  ['452 Nie wykonano operacji: brak miejsca w miejscu przechowywania wiadomości', 'system', 'EDS pl'],
  ['投递失败，邮件系统出错', 'system', 'GX zh-Hans'],
  // §3 rate-limited: too many recipients, a sending quota, throttling.
  ['550 5.2.254 Der Absender wurde aufgrund fortlaufender Fehler gedrosselt', 'rate-limited', 'MS de'],
  [
    'Le message n’a pas été envoyé : le nombre de destinataires autorisé a été dépassé.',
    'rate-limited',
    'TB fr',
  ],
  [
    'Wiadomość nie została wysłana z powodu przekroczenia dozwolonej liczby adresatów',
    'rate-limited',
    'TB pl',
  ],
  ['İzin verilen alıcı sayısı aşıldı', 'rate-limited', 'TB tr'],
  ['보낸 사람의 전송 할당량이 초과되었습니다', 'rate-limited', 'MS ko (sending quota)'],
  // §3 credentials: the SMTP login refused or required.
  ['530 Authentifizierung erforderlich', 'credentials', 'EDS de'],
  ['535 Impossible de s’authentifier sur le serveur sortant smtp.example.net', 'credentials', 'TB fr'],
  ['530 Autenticazione richiesta', 'credentials', 'EDS it'],
  ['535 Nie udało się uwierzytelnić z serwerem smtp.example.net', 'credentials', 'TB pl'],
  ['535 Не удалось аутентифицироваться на сервере smtp.example.net', 'credentials', 'TB ru'],
  ['535 Kimlik doğrulanamadı', 'credentials', 'TB/RC tr'],
  ['SMTP 错误 (535): 认证失败', 'credentials', 'RC zh-Hans'],
  ['SMTP 오류 (535): 인증을 실패했습니다', 'credentials', 'RC ko'],
  // §3 network: could not connect, connection lost, timed out.
  ['Der Verbindungsaufbau mit dem SMTP-Server smtp.example.net ist fehlgeschlagen', 'network', 'TB de'],
  ['La connexion au serveur smtp.example.net a expiré', 'network', 'TB fr (timed out)'],
  ['Ha caducado la conexión al servidor smtp.example.net', 'network', 'TB es'],
  ['La connessione al server smtp.example.net è stata interrotta', 'network', 'TB it'],
  ['A conexão com o servidor smtp.example.net falhou', 'network', 'TB pt'],
  ['De verbinding met server smtp.example.net werd halverwege verbroken', 'network', 'TB nl'],
  ['Upłynął limit czasu połączenia z serwerem smtp.example.net', 'network', 'TB pl'],
  ['Время ожидания соединения с сервером smtp.example.net истекло', 'network', 'TB ru'],
  ['Spojení se SMTP serverem smtp.example.net vypršelo', 'network', 'TB cs'],
  ['smtp.example.net ile bağlantı zaman aşımına uğradı', 'network', 'TB tr'],
  ['SMTPエラー (421): サーバーへの接続に失敗しました', 'network', 'RC ja'],
  ['与发件服务器 smtp.example.net 的连接超时', 'network', 'TB zh-Hans'],
  ['與寄件伺服器 smtp.example.net 間的連線逾時', 'network', 'TB zh-Hant'],
  ['SMTP 서버(smtp.example.net) 연결 시간이 초과되었습니다', 'network', 'TB ko'],
  // §3 host-unknown: the server's name unknown to the resolver.
  ['SMTP-Server smtp.example.net ist unbekannt', 'host-unknown', 'TB de'],
  ['le serveur sortant smtp.example.net est inconnu', 'host-unknown', 'TB fr'],
  ['serwer „smtp.example.net” poczty wychodzącej jest nieznany', 'host-unknown', 'TB pl'],
  ['发件服务器 smtp.example.net 未知', 'host-unknown', 'TB zh-Hans'],
  // §3 too-big: the message over a size limit.
  ['552 Die Nachricht übersteigt das Größenlimit des Servers', 'too-big', 'TB de'],
  ['552 La taille du message dépasse la limite du serveur', 'too-big', 'RC fr'],
  ['552 El tamaño del mensaje excede el límite del servidor', 'too-big', 'RC es'],
  ['552 Размер сообщения превышает ограничения сервера', 'too-big', 'RC ru'],
  ['552 İleti boyutu sunucu sınırını aşıyor', 'too-big', 'TB/RC tr (dotted capital I)'],
  ['投递失败，邮件过大', 'too-big', 'GX zh-Hans'],
  // §3 syntax: a malformed conversation.
  ['500 Syntaxfehler, Befehl nicht erkannt', 'syntax', 'EDS de'],
  ['500 Синтаксическая ошибка, команда не распознана', 'syntax', 'EDS ru'],
  // §3 policy: group posting rights (a mailing list that takes mail from its members only).
  ['投递失败，没有足够的权限向这个邮件列表发送邮件', 'policy', 'GX zh-Hans'],
  ['送信権限がないため、メール送信失敗', 'policy', 'GX ja'],
];

// Near misses: the words above must not capture these.
const NOT: readonly [string, BounceReason | null, string][] = [
  // A word inside a longer word is not the word: the letter bound, not `\b`, keeps it apart.
  ['Der Versand läuft ungedrosselt', null, 'not "gedrosselt"'],
  ['Neuverbindungsaufbau mit dem Server fehlgeschlagen', null, 'not "Verbindungsaufbau"'],
  // The same words saying the opposite, or something else.
  ['Ihr Postfach wurde eingerichtet', null, 'no "voll"'],
  ['El buzón está vacío', null, 'not full'],
  ['邮箱未满', null, 'not full'],
  ['收件人存在', null, 'the recipient exists'],
  ['Der SMTP-Server ist bekannt', null, 'not unknown'],
  ['Service disponible', null, 'not "non disponible"'],
  ['Le mot de passe a expiré', null, 'no connection named'],
  // A status detail still decides the stock "mailbox unavailable" words, as in English.
  ['550 5.2.1 Postfach nicht verfügbar', 'suspended', '§3 stock words: 5.2.1 suspended'],
  ['552 5.2.2 Postfach nicht verfügbar', 'mailbox-full', '§3 stock words: 5.2.2 mailbox-full'],
  // Exchange's throttle for repeated mailbox-full errors is a rate (§3), not a full mailbox.
  [
    '550 5.2.251 Der Absender wurde aufgrund fortlaufender Fehler „Postfach voll“ gedrosselt',
    'rate-limited',
    '§3',
  ],
  // A server's reply quoted inside a client's localised sentence names the cause first.
  [
    'Die Nachricht übersteigt das Größenlimit des Servers. Der Server antwortete: 554 5.7.1 Message rejected as spam',
    'spam',
    'the quoted reply decides',
  ],
];

describe('reason words in the languages bounces arrive in (sixth pass)', () => {
  it.each(TAUGHT)('%s -> %s (%s)', (line, reason) => {
    expect(reasonOfText(line)).toBe(reason);
  });
  it.each(NOT)('near miss: %s -> %s (%s)', (line, reason) => {
    expect(reasonOfText(line, line.match(/\b[245]\.\d{1,3}\.\d{1,3}\b/)?.[0] ?? null)).toBe(reason);
  });

  it('bounds words by letters, since `\\b` is ASCII-only in JS even with the u flag', () => {
    // Why the localised rules use (?<!\p{L}) / (?!\p{L}) and not \b next to non-ASCII letters.
    expect(/\büber/u.test(' über')).toBe(false);
    expect(/(?<!\p{L})über/u.test(' über')).toBe(true);
    expect(/(?<!\p{L})über/u.test('gegenüber')).toBe(false);
  });

  it('stays linear on long runs of the words it looks for', () => {
    const runs = [
      `verbindung ${'a'.repeat(200_000)}`,
      'postfach '.repeat(50_000),
      '服务器'.repeat(100_000),
      `connexion ${'smtp.'.repeat(40_000)}`,
      'sunucusu '.repeat(50_000),
    ];
    for (const text of runs) {
      const t0 = performance.now();
      reasonOfLocalisedWords(text);
      reasonOfText(text);
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });
});
