import { describe, expect, it } from 'vitest';
import { catalog } from './catalog.js';
import { classify } from './classify.js';
import { bounceReasons, reasonFor, reasonOfEntry, reasonOfStatus, reasonOfText } from './reason.js';

describe('bounce reasons', () => {
  it('gives every provider page a specific reason from the vocabulary', () => {
    for (const e of catalog.filter((x) => x.provider !== 'generic')) {
      const r = reasonOfEntry(e);
      expect(bounceReasons, e.id).toContain(r);
      expect(r, e.id).not.toBe('other');
    }
  });

  it('names the reason pages stand for', () => {
    const of = (id: string) => reasonOfEntry(catalog.find((e) => e.id === id)!);
    expect(of('550-5.1.1-no-such-user')).toBe('user-unknown');
    expect(of('552-5.2.2-over-quota')).toBe('mailbox-full');
    expect(of('550-5.2.1-account-disabled')).toBe('suspended');
    expect(of('553-5.1.2-domain-not-found')).toBe('host-unknown');
    expect(of('421-4.7.28-unusual-rate-limited')).toBe('rate-limited');
    expect(of('550-5.7.26-dmarc-policy')).toBe('auth-failure');
    expect(of('535-5.7.8-bad-credentials')).toBe('credentials');
    expect(of('550-5.7.1-low-reputation-ip')).toBe('blocked');
    expect(of('550-5.7.1-likely-unsolicited')).toBe('spam');
    expect(of('552-5.2.3-message-too-large')).toBe('too-big');
    expect(of('421-4.7.29-tls-required')).toBe('tls');
    expect(of('conn-timeout')).toBe('network');
    expect(of('groups-no-permission-to-post')).toBe('policy');
    // IPv6 sending guidelines are about the PTR record and SPF/DKIM of mail sent over IPv6.
    expect(of('550-5.7.1-ipv6-sending-guidelines')).toBe('auth-failure');
    // A server asking for a login, like Gmail's own 530 page.
    expect(of('smtp-auth-required')).toBe('credentials');
    expect(of('530-5.7.0-authentication-required')).toBe('credentials');
  });

  it('reads RFC 3463 codes and the words every MTA uses', () => {
    expect(reasonOfStatus('5.1.1')).toBe('user-unknown');
    expect(reasonOfStatus('4.2.2')).toBe('mailbox-full');
    expect(reasonOfStatus('4.4.7')).toBe('expired');
    expect(reasonOfStatus('5.7.26')).toBe('auth-failure');
    expect(reasonOfStatus('5.9.9')).toBe('other');
    expect(reasonOfText('552 5.2.1 <x@y>: Recipient address rejected: User disabled')).toBe('suspended');
    expect(reasonOfText('550 Requested action not taken: mailbox unavailable')).toBe('user-unknown');
    expect(reasonOfText('lunch?')).toBeNull();
    // The words decide before a vague code: 5.0.0 with "Mailbox full" is a full mailbox.
    expect(reasonFor(null, '5.0.0', '550 5.0.0 Mailbox full')).toBe('mailbox-full');
    expect(reasonFor(null, null, '')).toBeNull();
  });

  it("reads a status by its detail's own meaning, from the registry of enhanced codes", () => {
    const of = (id: string) => reasonOfEntry(catalog.find((e) => e.id === id)!);
    // The sender's address syntax and system address are not an unknown recipient.
    expect(reasonOfStatus('5.1.7')).toBe('syntax');
    expect(reasonOfStatus('5.1.8')).toBe('policy');
    expect(of('553-5.1.7-invalid-sender-address')).toBe('syntax');
    // Too many recipients is a limit, as Gmail's own 452 4.5.3 page says.
    expect(reasonOfStatus('4.5.3')).toBe(of('452-4.5.3-too-many-recipients'));
    expect(reasonOfStatus('5.7.11')).toBe('tls');
    expect(reasonOfStatus('5.7.12')).toBe('credentials');
    // RRVS: the mailbox's or domain's owner changed.
    expect(reasonOfStatus('5.7.17')).toBe('user-unknown');
    expect(reasonOfStatus('5.7.18')).toBe('host-unknown');
    expect(reasonOfStatus('5.7.29')).toBe('auth-failure');
  });

  it("reads a quota on sending as a sending limit, a quota alone as the mailbox's", () => {
    // Real replies of the development set: Gmail's (mta-bounces-2.json) and a submission server's (go-gomail/gomail#174).
    expect(reasonOfText('550 5.4.5 Daily user sending quota exceeded')).toBe('rate-limited');
    expect(reasonOfText('Recipient address rejected: Email Sending Quota Exceeded')).toBe('rate-limited');
    expect(reasonOfText('422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)')).toBe(
      'mailbox-full',
    );
  });

  it('is on every answer that names a page', () => {
    expect(classify('535-5.7.8 Username and Password not accepted. - gsmtp').reason).toBe('credentials');
    expect(classify('550 5.1.1 <a@example.com>: Recipient address rejected: User unknown').reason).toBe(
      'user-unknown',
    );
    expect(classify('hello').reason).toBeNull();
  });
});
