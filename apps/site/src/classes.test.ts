import {
  type CatalogEntry,
  catalog,
  getEntry,
  isGenericCodePage as isRfc3463Page,
  type Stage,
} from '@smtpfix/core';
import { describe, expect, it } from 'vitest';
import { CLASSES, classOf } from './classes.js';

const cls = (id: string) => classOf(getEntry(id)!).slug;

describe('classOf', () => {
  it.each([
    ['535-5.7.8-bad-credentials', 'authentication'],
    ['454-4.7.0-cannot-authenticate', 'authentication'],
    ['550-5.4.5-daily-user-limit', 'rate-limits'],
    ['450-4.2.1-receiving-too-quickly', 'rate-limits'],
    ['550-5.7.26-dmarc-policy', 'mail-policy'],
    ['550-5.7.25-missing-ptr', 'mail-policy'],
    ['550-5.1.1-no-such-user', 'recipients'],
    ['452-4.2.2-over-quota', 'recipients'],
    ['552-5.2.3-message-too-large', 'size'],
    ['503-5.5.1-ehlo-first', 'protocol'],
    ['554-5.7.0-too-many-unauthenticated-commands', 'protocol'],
    ['tls-wrong-version-number', 'tls-connection'],
    ['conn-timeout', 'tls-connection'],
    ['530-5.7.0-starttls-first', 'tls-connection'],
    ['token-invalid-grant-expired-or-revoked', 'oauth-tokens'],
    ['503-5.5.1-rcpt-first', 'protocol'],
    ['421-4.7.0-ip-not-in-whitelist', 'mail-policy'],
    ['421-4.7.28-unusual-rate-domain-limited', 'rate-limits'],
    ['452-4.5.3-too-many-recipients', 'recipients'],
  ])('puts %s under %s', (id, slug) => {
    expect(cls(id)).toBe(slug);
  });

  it('finds a class for every provider and below-SMTP page today', () => {
    const pages = catalog.filter((e) => !isRfc3463Page(e));
    // A new kind of page lands under "Other": give it a class with a rule in src/classes.ts.
    expect(
      pages.filter((e) => classOf(e).slug === 'other').map((e) => e.id),
      'pages with no class (add a rule to apps/site/src/classes.ts)',
    ).toEqual([]);
    // and each of the eight classes of the issue holds at least one page
    const used = new Set(pages.map((e) => classOf(e).slug));
    const eight = CLASSES.filter((c) => !['other', 'gmail-api'].includes(c.slug));
    expect(eight).toHaveLength(8);
    expect(eight.filter((c) => !used.has(c.slug))).toEqual([]);
  });

  it('places pages of kinds still to come by their stage and words', () => {
    const base = getEntry('550-5.1.1-no-such-user')!;
    const like = (over: Partial<CatalogEntry>) =>
      classOf({ ...base, replyCode: null, enhancedCode: null, ...over }).slug;
    expect(like({ id: 'api-backend-error', title: 'Gmail API: Backend Error', stage: 'api' as Stage })).toBe(
      'gmail-api',
    );
    expect(like({ id: 'notice-address-not-found', title: 'Address not found', stage: 'RCPT' })).toBe(
      'recipients',
    );
    expect(like({ id: 'notice-message-blocked', title: 'Message blocked', stage: 'DATA' })).toBe(
      'mail-policy',
    );
  });
});
