// Slack redelivers an event it thinks was lost (`X-Slack-Retry-Num`), and one message in a channel
// arrives as both `message` and `app_mention`. A small bounded, expiring map remembers what was
// already handled so neither produces a second answer.

/** Options for {@link createMemo}. */
export interface MemoOptions {
  /** How long a key is remembered, in ms. Slack retries within about 5 minutes. @default 15 minutes */
  ttlMs?: number;
  /** Most keys kept; the oldest go first. @default 10_000 */
  max?: number;
  /** Clock, injectable for tests. @default Date.now */
  now?: () => number;
}

/** A bounded, expiring map from a key to a value. */
export interface Memo<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
  /** Records `key` and returns true the first time; false while it is remembered. */
  claim(key: string, value: V): boolean;
  readonly size: number;
}

/** A Map kept in insertion order, so the oldest entry is always first to expire or be evicted. */
export function createMemo<V = true>(options: MemoOptions = {}): Memo<V> {
  const ttl = options.ttlMs ?? 15 * 60_000;
  const max = options.max ?? 10_000;
  const now = options.now ?? Date.now;
  const map = new Map<string, { value: V; expires: number }>();

  const sweep = (t: number) => {
    for (const [k, e] of map) {
      if (e.expires > t && map.size <= max) break;
      map.delete(k);
    }
  };
  const get = (key: string) => {
    const e = map.get(key);
    if (!e) return undefined;
    if (e.expires <= now()) {
      map.delete(key);
      return undefined;
    }
    return e.value;
  };
  const set = (key: string, value: V) => {
    const t = now();
    map.delete(key);
    map.set(key, { value, expires: t + ttl });
    sweep(t);
  };
  return {
    get,
    set,
    delete: (key) => void map.delete(key),
    claim(key, value) {
      if (get(key) !== undefined) return false;
      set(key, value);
      return true;
    },
    get size() {
      return map.size;
    },
  };
}
