// A console logger in Bolt's Logger shape, so Bolt, the receiver guard and the listeners share one.
import { type Logger, LogLevel } from '@slack/bolt';

const ORDER = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/** Logs to stderr at `level` and above, each line prefixed with the level and `name`. */
export function createLogger(level: `${LogLevel}` = 'info', name = 'smtpfix-slack'): Logger {
  let current = level as LogLevel;
  let label = name;
  const at =
    (l: LogLevel) =>
    (...msg: unknown[]) => {
      if (ORDER.indexOf(l) >= ORDER.indexOf(current))
        process.stderr.write(`[${l.toUpperCase()}] ${label} ${msg.map(String).join(' ')}\n`);
    };
  return {
    debug: at(LogLevel.DEBUG),
    info: at(LogLevel.INFO),
    warn: at(LogLevel.WARN),
    error: at(LogLevel.ERROR),
    setLevel: (l) => {
      current = l;
    },
    getLevel: () => current,
    setName: (n) => {
      label = n;
    },
  };
}
