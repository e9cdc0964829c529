import { hostname } from 'node:os';

// One definition for the sim and doctor: it lives in core.
export { isGenericEhloName } from '@smtpfix/core';

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
