import { hostname } from 'node:os';

/**
 * True for an EHLO name that names no host of the sender's: `localhost`, `localhost.localdomain`,
 * an address literal (`[127.0.0.1]`), a bare IP, or a name without a dot. smtp-relay.gmail.com
 * answers these with `421 4.7.0 Try again later, closing connection. (EHLO)`.
 */
export function isGenericEhloName(name: string): boolean {
  const n = name.trim().toLowerCase();
  if (n === '' || n === 'localhost' || n === 'localhost.localdomain') return true;
  if (n.startsWith('[') || n.includes(':')) return true;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(n)) return true;
  return !n.includes('.');
}

/**
 * The EHLO name nodemailer sends when `smtp.name` is not set: the machine's host name, or
 * `[127.0.0.1]` when that has no dot (containers), an IP in brackets.
 */
export function defaultEhloName(machine: string = safeHostname()): string {
  if (!machine.includes('.')) return '[127.0.0.1]';
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(machine) ? `[${machine}]` : machine;
}

function safeHostname(): string {
  try {
    return hostname();
  } catch {
    return 'localhost';
  }
}
