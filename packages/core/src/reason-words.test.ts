import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { reasonOfMtaWords } from './reason-words.js';
import { reasonOfText } from './reason.js';

// Replies as other providers and MTAs send them (real ones are in test/fixtures/bounces).
describe("other MTAs' and providers' own wording", () => {
  it('reads Yahoo reputation codes and a refused client host as blocked, before the word spam', () => {
    expect(
      reasonOfText(
        '553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed.',
      ),
    ).toBe('blocked');
    expect(
      reasonOfText(
        '550 mwinf5c14 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues.',
      ),
    ).toBe('blocked');
    // The message judged spam, not the host: still spam.
    expect(reasonOfText('554 5.7.1 Message rejected under suspicion of SPAM')).toBe('spam');
  });

  it("reads a receiver's temporary fault as system even when it says try again later", () => {
    expect(reasonOfText('451 4.4.4 Temporary server error. Please try again later ATTR1')).toBe('system');
    expect(reasonOfText('421 Too many connections, try again later')).toBe('rate-limited');
  });

  it('reads bare line endings and named RFC violations as syntax', () => {
    expect(reasonOfText('552 5.2.0 Message contains bare CR and is violating 822.bis section 2.3')).toBe(
      'syntax',
    );
    expect(reasonOfText('550 5.6.0 Message violates RFC 5322 header rules')).toBe('syntax');
    expect(reasonOfMtaWords('552 5.2.2 Mailbox full')).toBeNull();
  });

  it('does not change the reason of a Google page, which its page decides', () => {
    const d = classify('421-4.3.0 Temporary System Problem.  Try again later (WS). a1si1 - gsmtp');
    expect(d.entry?.id).toMatch(/^421-4\.3\.0/);
    expect(d.reason).toBe('system');
  });
});
