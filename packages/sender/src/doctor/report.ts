import type { DoctorReport, DoctorStep } from './types.js';

const MARK: Record<DoctorStep['status'], string> = { pass: '✓', fail: '✗', warn: '!', skip: '-' };

/** Replaces every secret in `text` with `[redacted]`. */
export function scrub(text: string, secrets: ReadonlySet<string>): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('[redacted]');
  return out;
}

/**
 * The checklist as text, one line per step, with the catalog page and the fix under a failure
 * or warning. What `smtpfix doctor` prints without `--json`.
 * @example
 * ```
 * ✓ options      Options are complete and valid — app@acme.com with oauth2 auth, …
 * ✗ tls          TLS mode matches what the port speaks — secure is true, but port 587 speaks plain SMTP …
 *                  entry: tls-wrong-version-number (SSL routines: wrong version number)
 *                  fix:   Set smtp.secure to false on port 587 …
 * ```
 */
export function renderDoctorReport(report: DoctorReport): string {
  const width = Math.max(...report.steps.map((s) => s.id.length));
  const lines: string[] = [];
  for (const step of report.steps) {
    lines.push(`${MARK[step.status]} ${step.id.padEnd(width)}  ${step.title} — ${step.detail}`);
    const indent = ' '.repeat(width + 4);
    if (step.entry) lines.push(`${indent}entry: ${step.entry.id} (${step.entry.title})`);
    if (step.fix) lines.push(`${indent}fix:   ${step.fix}`);
  }
  const failed = report.steps.find((s) => s.status === 'fail');
  const warnings = report.steps.filter((s) => s.status === 'warn').length;
  lines.push(
    '',
    failed
      ? `FAILED at ${failed.id}: ${failed.fix ?? failed.detail}`
      : `OK${warnings ? ` with ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}: nothing was sent.`,
  );
  return `${lines.join('\n')}\n`;
}
