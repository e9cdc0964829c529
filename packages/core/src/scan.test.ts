import { describe, expect, it } from 'vitest';
import { scan } from './scan.js';

describe('scan', () => {
  it('counts each error once, multi-line replies included, by page', () => {
    const log = [
      'Nov 23 10:00:01 host app[1]: sending 1',
      'Nov 23 10:00:02 host app[1]: 550-5.7.26 This message does not have authentication information or fails to',
      'Nov 23 10:00:02 host app[1]: 550-5.7.26 pass authentication checks (SPF or DKIM). To best protect our users',
      'Nov 23 10:00:02 host app[1]: 550 5.7.26 from spam, the message has been blocked. x1 - gsmtp',
      'Nov 23 10:00:03 host app[1]: Error: Invalid login: 535-5.7.8 Username and Password not accepted.',
      'Nov 23 10:00:04 host app[1]: Error: Invalid login: 535-5.7.8 Username and Password not accepted.',
      'Nov 23 10:00:05 host app[1]: Error: connect ETIMEDOUT 142.250.4.109:465',
      'Nov 23 10:00:06 host app[1]: done',
    ].join('\n');
    const r = scan(log);
    expect(r.lines).toBe(8);
    const counts = Object.fromEntries(r.byEntry.map((c) => [c.entry.id, c.count]));
    expect(counts['535-5.7.8-bad-credentials']).toBe(2);
    expect(counts['550-5.7.26-unauthenticated']).toBe(1);
    expect(r.byEntry.find((c) => c.entry.id === '550-5.7.26-unauthenticated')?.firstLine).toBe(2);
    expect(r.errors).toBe(4);
  });

  it('finds nothing in a log without errors', () => {
    expect(scan('a\nb\nc').errors).toBe(0);
    expect(scan('').lines).toBe(1);
  });

  it('finds the errors below SMTP that the family tables name', () => {
    const log = [
      'app: Error: connect EACCES 142.250.4.109:25',
      'app: x509: certificate has expired or is not yet valid',
      "app: Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames: IP: 10.1.1.9 is not in the cert's list:",
      'app: Error 401: deleted_client The OAuth client was deleted.',
      'app: all good',
    ].join('\n');
    const ids = scan(log)
      .byEntry.map((c) => c.entry.id)
      .sort();
    expect(ids).toEqual([
      'conn-permission-denied',
      'tls-certificate-expired',
      'tls-certificate-hostname-mismatch',
      'token-deleted-client',
    ]);
  });
});
