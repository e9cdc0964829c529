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

/**
 * `logger` with warnings and errors whose text matches `quietened` sent to debug instead: for
 * library messages that repeat what the bot already says once in its own words.
 */
export function quieten(logger: Logger, quietened: RegExp): Logger {
  const route =
    (level: 'warn' | 'error') =>
    (...msg: unknown[]) =>
      quietened.test(msg.map(String).join(' ')) ? logger.debug(...msg) : logger[level](...msg);
  return {
    debug: (...m) => logger.debug(...m),
    info: (...m) => logger.info(...m),
    warn: route('warn'),
    error: route('error'),
    setLevel: (l) => logger.setLevel(l),
    getLevel: () => logger.getLevel(),
    setName: (n) => logger.setName(n),
  };
}
