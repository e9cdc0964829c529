/**
 * A small seeded generator (mulberry32): the same seed gives the same faults in the same order,
 * so a failing run can be replayed. Not for anything cryptographic.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Faults a test asks for explicitly, for the next occurrences only:
 * - `transient`: the next MAIL, RCPT or end of DATA gets the catalog reply `replyId`
 *   (default: the first of `faults.transientReplies`);
 * - `drop-during-data`: the next message's connection is destroyed after its first DATA bytes;
 * - `close-session`: the next command (or the next `command`, e.g. `'AUTH'`) gets `421 4.7.0` and
 *   the connection is closed;
 * - `token-error`: the next token request gets HTTP 500;
 * - `token-slow`: the next token request is answered after `delayMs`;
 * - `api-backend-error`: the next Gmail API send gets `503 backendError`.
 */
export type FaultKind =
  | 'transient'
  | 'drop-during-data'
  | 'close-session'
  | 'token-error'
  | 'token-slow'
  | 'api-backend-error';

/** Options of `sim.injectFault()`. */
export interface InjectFaultOptions {
  /** How many times the fault happens. @default 1 */
  times?: number;
  /** For `transient`: the catalog id of the reply. */
  replyId?: string;
  /** For `token-slow`: the delay. @default 1000 */
  delayMs?: number;
  /** For `close-session`: only this command (`EHLO`, `AUTH`, `MAIL`, `RCPT`, `DATA`, …). @default any */
  command?: string;
}

interface Pending {
  kind: FaultKind;
  left: number;
  replyId: string | undefined;
  delayMs: number;
  command: string | undefined;
}

/** The queue of injected faults plus the seeded random ones. */
export class FaultPlan {
  private pending: Pending[] = [];
  private random: () => number;

  constructor(private readonly seed: number) {
    this.random = seededRandom(seed);
  }

  inject(kind: FaultKind, options: InjectFaultOptions = {}): void {
    this.pending.push({
      kind,
      left: options.times ?? 1,
      replyId: options.replyId,
      delayMs: options.delayMs ?? 1000,
      command: options.command?.toUpperCase(),
    });
  }

  /** Takes one injected fault of `kind` (for `command`, when the fault names one), if any is left. */
  take(kind: FaultKind, command?: string): Pending | undefined {
    const found = this.pending.find(
      (p) => p.kind === kind && p.left > 0 && (p.command === undefined || p.command === command),
    );
    if (!found) return undefined;
    found.left -= 1;
    if (found.left === 0) this.pending = this.pending.filter((p) => p !== found);
    return found;
  }

  /** True with probability `rate`; a rate of 0 draws nothing, so enabling faults does not shift others. */
  roll(rate: number): boolean {
    return rate > 0 && this.random() < rate;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  reset(): void {
    this.pending = [];
    this.random = seededRandom(this.seed);
  }
}
