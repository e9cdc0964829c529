import { describe, expect, it } from 'vitest';
import { unmangle } from './normalize.js';

describe('unmangle', () => {
  it('gives back the spaces of a qmail log line that wrote them as underscores, and only there', () => {
    const log =
      'ipv6_failed_after_I_sent_the_message./Remote_host_said:_550-5.7.1_[ipv6_16]_Our_system_has_detected_that_this/';
    expect(unmangle(log)).toBe(
      'ipv6 failed after I sent the message./Remote host said: 550-5.7.1 [ipv6 16] Our system has detected that this/',
    );
    // Underscores that belong to the text stay: OAuth error names, and a line of the same paste without the mark.
    expect(unmangle('{"error": "invalid_grant"}')).toBe('{"error": "invalid_grant"}');
    expect(unmangle('550_5.7.1_Message_rejected\nerror=invalid_grant')).toBe(
      '550 5.7.1 Message rejected\nerror=invalid_grant',
    );
  });
});
