import type { Logger } from '@slack/bolt';

/** A Bolt logger that hands every line, `level message…`, to `sink` (tests read them back). */
export function captureLogger(sink: (line: string) => void): Logger {
  const at =
    (level: string) =>
    (...m: unknown[]) =>
      sink(`${level} ${m.map(String).join(' ')}`);
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    setLevel: () => {},
    getLevel: () => 'debug' as never,
    setName: () => {},
  };
}
