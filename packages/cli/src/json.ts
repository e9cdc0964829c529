import type { CatalogEntry, Diagnosis, ScanReport } from '@smtpfix/core';

// The --json shapes are a public, stable contract: fields are only ever added.

/** `smtpfix explain --json`. */
export function diagnosisJson(d: Diagnosis) {
  return {
    entry: d.entry,
    confidence: d.confidence,
    transient: d.transient,
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
      sample: c.sample,
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
