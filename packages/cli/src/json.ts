import {
  type BounceScanReport,
  type CatalogEntry,
  type Diagnosis,
  maskSecrets,
  type ScanReport,
} from '@smtpfix/core';

// The --json shapes are a public, stable contract: fields are only ever added.

/** `smtpfix explain --json`. */
export function diagnosisJson(d: Diagnosis): Record<string, unknown> {
  return {
    entry: d.entry,
    confidence: d.confidence,
    transient: d.transient,
    reason: d.reason,
    alternatives: d.alternatives.map((a) => ({
      id: a.entry.id,
      title: a.entry.title,
      confidence: a.confidence,
    })),
    reply: {
      replyCode: d.reply.replyCode,
      enhancedCode: d.reply.enhancedCode,
      command: d.reply.command,
      errorCode: d.reply.errorCode,
      provider: d.reply.providerHints.other ?? (d.reply.providerHints.gmail ? 'gmail' : null),
      sessionId: d.reply.sessionId,
      helpTopic: d.reply.helpTopic,
      challenge: d.reply.challenge,
      stage: d.reply.stage,
      origin: d.reply.origin,
    },
    originNote: d.originNote,
    // A whole bounce: every recipient with its own answer (the top-level answer is the first failed one's).
    bounce: d.bounce
      ? {
          format: d.bounce.format,
          subject: d.bounce.subject === null ? null : maskSecrets(d.bounce.subject),
          recipients: d.bounce.recipients.map(({ recipient: r, diagnosis: x }) => ({
            recipient: r.recipient,
            action: r.action,
            status: r.status,
            remoteMta: r.remoteMta,
            // Decoded from the message's own encoding, so masked again: a transcript can quote AUTH.
            diagnosticCode: r.diagnosticCode === null ? null : maskSecrets(r.diagnosticCode),
            id: x.entry?.id ?? null,
            title: x.entry?.title ?? null,
            confidence: x.confidence,
            reason: x.reason,
            transient: x.transient,
          })),
        }
      : null,
  };
}

/** One line of `smtpfix list --json`. */
export function entrySummary(e: CatalogEntry) {
  return {
    id: e.id,
    provider: e.provider,
    replyCode: e.replyCode,
    enhancedCode: e.enhancedCode,
    title: e.title,
    severity: e.severity,
    stage: e.stage,
    retry: e.retry.kind,
  };
}

/** `smtpfix scan --json`. */
export function scanJson(r: ScanReport) {
  return {
    lines: r.lines,
    errors: r.errors,
    unrecognised: r.unrecognised,
    byEntry: r.byEntry.map((c) => ({
      id: c.entry.id,
      title: c.entry.title,
      count: c.count,
      firstLine: c.firstLine,
      sample: maskSecrets(c.sample),
    })),
  };
}

/** `smtpfix scan --json` over an mbox file, a Maildir folder or one saved message. */
export function bounceScanJson(r: BounceScanReport, source: 'mbox' | 'maildir' | 'eml') {
  return {
    source,
    messages: r.messages,
    bounces: r.bounces,
    recipients: r.recipients,
    unrecognised: r.unrecognised,
    byReason: r.byReason,
    byEntry: r.byEntry.map((c) => ({
      id: c.entry.id,
      title: c.entry.title,
      count: c.count,
      // Messages are read as bytes; samples are turned back into UTF-8 text.
      sample: maskSecrets(Buffer.from(c.sample, 'latin1').toString('utf8')),
    })),
  };
}

/** One step of `smtpfix doctor --json`. */
export interface DoctorStepJson {
  id: string;
  title: string;
  status: 'pass' | 'fail' | 'warn' | 'skip';
  detail: string;
  entry?: { id: string; title: string };
  fix?: string;
  durationMs: number;
}

/** `smtpfix doctor --json`: `ok` is false when a step failed (warnings allowed). */
export interface DoctorJson {
  ok: boolean;
  steps: DoctorStepJson[];
}

/** `smtpfix doctor --json`, field by field, so the documented shape does not follow internal changes. */
export function doctorJson(report: DoctorJson): DoctorJson {
  return {
    ok: report.ok,
    steps: report.steps.map((s) => ({
      id: s.id,
      title: s.title,
      status: s.status,
      detail: s.detail,
      ...(s.entry ? { entry: { id: s.entry.id, title: s.entry.title } } : {}),
      ...(s.fix === undefined ? {} : { fix: s.fix }),
      durationMs: s.durationMs,
    })),
  };
}
