/**
 * True for an EHLO/HELO argument that names no host of the sender's: `localhost`,
 * `localhost.localdomain`, an address literal (`[127.0.0.1]`), a bare IP, or a name without a dot.
 * These are what clients send by default (nodemailer falls back to `[127.0.0.1]` when the machine's
 * host name has no dot), and what smtp-relay.gmail.com answers with
 * `421 4.7.0 Try again later, closing connection. (EHLO)`.
 */
export function isGenericEhloName(name: string): boolean {
  const n = name.trim().toLowerCase();
  if (n === '' || n === 'localhost' || n === 'localhost.localdomain') return true;
  if (n.startsWith('[') || n.includes(':')) return true;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(n)) return true;
  return !n.includes('.');
}
