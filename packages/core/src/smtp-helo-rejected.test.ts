import { describe, expect, it } from 'vitest';
import { getEntry } from './catalog.js';
import { classify } from './classify.js';
import { reasonOfEntry } from './reason.js';

// The provider-neutral page for a HELO/EHLO name refused by a server that is not Gmail. Lines are
// typed here in each server's documented wording: Postfix's smtpd_check.c, Exim's smtp_in.c,
// sendmail's srvrsmtp.c, Apache James's HeloCmdHandler, Microsoft 365's 501 5.5.4 reply.
describe('smtp-helo-rejected: the EHLO name refused by another server', () => {
  it.each([
    // Microsoft 365, with and without its host in brackets.
    ['501 5.5.4 Invalid domain name'],
    ['501 5.5.4 Invalid domain name [AM0PR01CA0001.eurprd01.prod.exchangelabs.com]'],
    // Postfix's three HELO checks, as a bounce reports them (held until RCPT TO) and alone.
    [
      'host mx.example.net[192.0.2.10] said: 504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname (in reply to RCPT TO command)',
    ],
    ['501 5.5.2 <WIN_BOX>: Helo command rejected: Invalid name'],
    ['450 4.7.1 <app.invalid>: Helo command rejected: Host not found'],
    // A client that keeps only the enhanced code, and one that keeps no code at all.
    ['SMTP failed to add recipient: 5.5.2 <build01>: Helo command rejected: need fully-qualified hostname'],
    ['Helo command rejected: need fully-qualified hostname'],
    // Exim: a malformed name, and a name that does not point back to the client.
    ['501 Syntactically invalid EHLO argument(s)'],
    ['550 HELO argument does not match calling host'],
    // sendmail and Apache James.
    ['501 5.0.0 Invalid domain name'],
    ['501 5.5.4 Invalid domain name or ip supplied as HELO argument'],
  ])('%s', (paste) => {
    const d = classify(paste);
    expect(d.entry?.id).toBe('smtp-helo-rejected');
    expect(d.confidence).toBeGreaterThanOrEqual(0.9);
    // LABELLING.md §3 / §8: a HELO name called invalid, unresolvable or not fully qualified → syntax.
    expect(d.reason).toBe('syntax');
  });

  it('says whose server it was when the paste names it', () => {
    const d = classify('501 5.5.4 Invalid domain name [DM6PR11CA0012.namprd11.prod.outlook.com]');
    expect(d.entry?.id).toBe('smtp-helo-rejected');
    expect(d.reply.origin).toMatchObject({ provider: 'other', name: 'Outlook / Microsoft 365' });
  });

  it('keeps its reason: syntax', () => {
    expect(reasonOfEntry(getEntry('smtp-helo-rejected')!)).toBe('syntax');
  });
});

describe('smtp-helo-rejected: near misses it must not take', () => {
  it.each([
    // Gmail's own reply keeps Gmail's page, with or without its marks.
    [
      '501-5.5.4 HELO/EHLO argument "DESKTOP 7" invalid, closing connection.\n501 5.5.4  https://support.google.com/mail/?p=helo a1b2c3 - gsmtp',
      '501-5.5.4-invalid-helo-argument',
    ],
    [
      '501 5.5.4 Empty HELO/EHLO argument not allowed, closing connection.',
      '501-5.5.4-invalid-helo-argument',
    ],
    ['501 5.5.4 HELO/EHLO argument is invalid.', '501-5.5.4-invalid-helo-argument'],
  ])('%s', (paste, page) => {
    expect(classify(paste).entry?.id).toBe(page);
  });

  it.each([
    // "Invalid domain name" under another code names the recipient's domain, and alone says nothing.
    ['550 5.1.2 Invalid domain name example.net'],
    ['553 5.1.2 <someone@example.invalid>: Invalid domain name'],
    ['Invalid domain name'],
    // Other 501 replies.
    ['501 Syntax error in parameters or arguments'],
    // Postfix's sender and recipient checks with the same words.
    ['504 5.5.2 <app>: Sender address rejected: need fully-qualified address'],
    ['450 4.1.2 <a@example.invalid>: Recipient address rejected: Domain not found'],
    // git, LDAP and IMAP lines.
    ["fatal: unable to access 'https://example.com/repo.git/': Could not resolve host: example.com"],
    ["ldap_sasl_bind(SIMPLE): Can't contact LDAP server (-1)"],
    ['a1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)'],
  ])('%s', (paste) => {
    expect(classify(paste).entry?.id ?? 'none').not.toBe('smtp-helo-rejected');
  });
});
