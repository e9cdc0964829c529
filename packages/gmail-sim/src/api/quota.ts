const MINUTE_MS = 60_000;

/**
 * Quota units spent per user over a rolling minute, as the Gmail API meters them
 * (`messages.send` costs 100 units; Google's quota page). A log of (time, units) with a moving
 * start, so a check is O(1) amortised however full the minute is.
 */
export class UnitQuota {
  private readonly spent = new Map<string, { at: number[]; units: number[]; start: number; sum: number }>();

  constructor(
    private readonly unitsPerMinute: number,
    private readonly now: () => number,
  ) {}

  /** Spends `units` for `user` when they fit the rolling minute; false (nothing spent) when not. */
  take(user: string, units: number): boolean {
    if (!Number.isFinite(this.unitsPerMinute)) return true;
    let s = this.spent.get(user);
    if (!s) {
      s = { at: [], units: [], start: 0, sum: 0 };
      this.spent.set(user, s);
    }
    const now = this.now();
    while (s.start < s.at.length && s.at[s.start]! <= now - MINUTE_MS) {
      s.sum -= s.units[s.start]!;
      s.start += 1;
    }
    if (s.start > 1024) {
      s.at = s.at.slice(s.start);
      s.units = s.units.slice(s.start);
      s.start = 0;
    }
    if (s.sum + units > this.unitsPerMinute) return false;
    s.at.push(now);
    s.units.push(units);
    s.sum += units;
    return true;
  }

  reset(): void {
    this.spent.clear();
  }
}
