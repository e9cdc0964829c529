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
    },
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
