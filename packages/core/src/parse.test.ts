import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { parseReply } from './parse.js';

describe('reply codes inside a mail app sentence', () => {
  it('reads the code an app says it got from the server', () => {
    // mailsend's "Expected smtp code <n>, got <n>"; PHP mailers' 'Expected response code 250 but got
    // code "550"'; K-9 Mail's "Negative SMTP reply:<code> <text>" (its SmtpTransport's exception).
    expect(parseReply('Error: Expected smtp code 354, got 451').replyCode).toBe(451);
    expect(parseReply('Expected response code 250 but got code "550"').replyCode).toBe(550);
    expect(parseReply('Negative SMTP reply:554 Transaction failed').replyCode).toBe(554);
    // A success the app did not expect is no failure code.
    expect(parseReply('Error: Expected smtp code 354, got 250').replyCode).toBeNull();
  });

  it('gives the wrapped code its reason when no words name one', () => {
    // RFC 5321: 552 exceeded storage allocation.
    expect(classify('Error: Expected smtp code 250, got 552').reason).toBe('mailbox-full');
    expect(classify('Negative SMTP reply:550 ..').reason).toBe('other');
  });
});
