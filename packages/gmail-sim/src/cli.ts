import { parseArgs } from 'node:util';
import { GmailSimError, isGmailSimError } from './errors.js';
import { defaultAccount, defaultLimits, type GmailSimOptions, type SimLimits } from './options.js';
import { type GmailSim, startGmailSim } from './sim.js';
import type { IssueRefreshTokenOptions } from './tokens.js';

/** Where `runSimCli` writes, and what stops it. */
export interface SimCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Aborting it closes the sim and makes `runSimCli` resolve. Without it the sim runs until SIGINT/SIGTERM. */
  signal?: AbortSignal;
  /** Called once the sim is listening (for tests and for the CLI's own use). */
  onStarted?: (sim: GmailSim) => void;
}

/** What `runSimCli` resolves with. */
export interface SimCliResult {
  /** 0 after a clean stop, 1 for a usage error (printed with the usage), 2 when the sim failed to start. */
  exitCode: 0 | 1 | 2;
}

/** Flags that map onto a limit, with the limit they set. */
const LIMIT_FLAGS: Record<string, keyof SimLimits> = {
  'sessions-per-account': 'sessionsPerAccount',
  'failed-logins': 'failedLoginsBeforeLockout',
  'failed-login-window-ms': 'failedLoginWindowMs',
  'lockout-ms': 'lockoutMs',
  'messages-per-minute': 'messagesPerMinute',
  'messages-per-day': 'messagesPerDay',
  'recipients-per-message': 'recipientsPerMessage',
  'max-message-bytes': 'maxMessageBytes',
  'idle-timeout-ms': 'idleTimeoutMs',
  'max-session-ms': 'maxSessionMs',
  'max-messages-per-session': 'maxMessagesPerSession',
};

/** The usage text of `smtpfix sim`. */
export const simCliUsage = `Usage: smtpfix sim [options]

Runs a local stand-in for Gmail's SMTP submission endpoint and OAuth token endpoint.

Account:
  --user <email>            account address (default ${defaultAccount.user})
  --app-password <pw>       its app password (default ${defaultAccount.appPassword})
  --password <pw>           its account password (default ${defaultAccount.password})
  --no-two-step             accept the account password (2-Step Verification off)
Limits (Infinity = none):
${Object.entries(LIMIT_FLAGS)
  .map(([flag, key]) => `  --${flag.padEnd(24)}default ${defaultLimits[key]}`)
  .join('\n')}
Recipients:
  --unknown <addr>          mailbox that does not exist (550 5.1.1); repeatable, *@domain allowed
  --over-quota <addr>       mailbox that is full (452 4.2.2); repeatable
Faults:
  --latency-command-ms <n>  --latency-message-ms <n>  --latency-reply-ms <n>
  --transient-rate <0..1>   --drop-rate <0..1>   --close-rate <0..1>   --seed <n>
  --token-error-rate <0..1> --token-latency-ms <n>
Other:
  --token-ttl <s>           access token lifetime (default 3600)
  --tls                     STARTTLS and an implicit-TLS port, self-signed certificate
  --reject-generic-ehlo     421 4.7.0 (EHLO) for EHLO localhost, [127.0.0.1], a name without a dot
  --silent-port             also open a port that accepts and never answers
  --refresh-token-lifetime-ms <n>  the printed refresh token expires (e.g. 604800000: Testing's 7 days)
  --refresh-token-scope <s> the printed refresh token's scope (e.g. https://www.googleapis.com/auth/gmail.send)
  --json                    print the connection details as JSON
  -h, --help
`;

const parseNumber = (flag: string, value: string, { rate = false } = {}): number => {
  const n = value === 'Infinity' || value === 'infinity' ? Number.POSITIVE_INFINITY : Number(value);
  if (Number.isNaN(n) || (rate && (n < 0 || n > 1))) {
    throw new GmailSimError(
      'INVALID_OPTION',
      `--${flag} takes ${rate ? 'a probability between 0 and 1' : 'a number'}, got "${value}"`,
    );
  }
  return n;
};

/**
 * Maps `smtpfix sim` flags onto {@link GmailSimOptions}. The options are checked by
 * `startGmailSim()`; this only checks what a flag can get wrong by itself.
 * @throws {GmailSimError} `INVALID_OPTION` for an unknown flag or a value that is not a number.
 */
export function parseSimArgs(argv: readonly string[]): GmailSimOptions & {
  json: boolean;
  help: boolean;
  /** How the printed refresh token is issued. */
  refreshToken: IssueRefreshTokenOptions;
} {
  const str = { type: 'string' } as const;
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        user: str,
        'app-password': str,
        password: str,
        'no-two-step': { type: 'boolean' },
        ...Object.fromEntries(Object.keys(LIMIT_FLAGS).map((f) => [f, str])),
        unknown: { type: 'string', multiple: true },
        'over-quota': { type: 'string', multiple: true },
        'latency-command-ms': str,
        'latency-message-ms': str,
        'latency-reply-ms': str,
        'transient-rate': str,
        'drop-rate': str,
        'close-rate': str,
        seed: str,
        'token-error-rate': str,
        'token-latency-ms': str,
        'token-ttl': str,
        tls: { type: 'boolean' },
        'reject-generic-ehlo': { type: 'boolean' },
        'silent-port': { type: 'boolean' },
        'refresh-token-lifetime-ms': str,
        'refresh-token-scope': str,
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (cause) {
    throw new GmailSimError('INVALID_OPTION', (cause as Error).message, { cause });
  }
  const s = (k: string) => values[k] as string | undefined;
  const num = (k: string, rate = false) => {
    const v = s(k);
    return v === undefined ? undefined : parseNumber(k, v, { rate });
  };
  const limits: Partial<SimLimits> = {};
  for (const [flag, key] of Object.entries(LIMIT_FLAGS)) {
    const v = num(flag);
    if (v !== undefined) limits[key] = v;
  }
  const defined = <T extends object>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
  return {
    accounts: [
      {
        user: s('user') ?? defaultAccount.user,
        appPassword: s('app-password') ?? defaultAccount.appPassword,
        password: s('password') ?? defaultAccount.password,
        twoStep: values['no-two-step'] !== true,
      },
    ],
    limits,
    mailboxes: {
      unknown: (values['unknown'] as string[]) ?? [],
      overQuota: (values['over-quota'] as string[]) ?? [],
    },
    latencyMs: defined({
      perCommand: num('latency-command-ms'),
      perMessage: num('latency-message-ms'),
      perReply: num('latency-reply-ms'),
    }),
    faults: defined({
      transientRate: num('transient-rate', true),
      dropDuringDataRate: num('drop-rate', true),
      closeSessionRate: num('close-rate', true),
      seed: num('seed'),
      tokenErrorRate: num('token-error-rate', true),
      tokenLatencyMs: num('token-latency-ms'),
    }),
    ...(num('token-ttl') !== undefined ? { tokenTtlS: num('token-ttl') } : {}),
    tls: values['tls'] === true,
    rejectGenericEhlo: values['reject-generic-ehlo'] === true,
    silentPort: values['silent-port'] === true,
    refreshToken: defined({ lifetimeMs: num('refresh-token-lifetime-ms'), scope: s('refresh-token-scope') }),
    json: values['json'] === true,
    help: values['help'] === true,
  };
}

function describe(sim: GmailSim, user: string, appPassword: string, refreshToken: string): string {
  return [
    'gmail-sim is running. Point your sender at it:',
    `  SMTP (plain${sim.tls ? ', STARTTLS' : ''}): ${sim.smtp.host}:${sim.smtp.port}`,
    ...(sim.smtps ? [`  SMTPS (implicit TLS):  ${sim.smtps.host}:${sim.smtps.port}`] : []),
    ...(sim.silent ? [`  Silent port:            ${sim.silent.host}:${sim.silent.port}`] : []),
    `  Token endpoint:         ${sim.tokenUrl}`,
    `  Token info:             ${sim.tokenInfoUrl}`,
    `  Gmail API root URL:     ${sim.apiUrl}  (transport: 'gmail-api', gmailApi: { rootUrl })`,
    `  Account:                ${user}  app password: ${appPassword}`,
    `  Refresh token:          ${refreshToken}`,
    '',
    'nodemailer:',
    `  nodemailer.createTransport({ host: '${sim.smtp.host}', port: ${sim.smtp.port}, secure: false,`,
    `    auth: { user: '${user}', pass: '${appPassword}' } })`,
    '',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}

/**
 * The `smtpfix sim` command: parses `argv`, starts the sim, prints how to connect and runs until
 * `io.signal` aborts (or SIGINT/SIGTERM when no signal is given).
 */
export async function runSimCli(argv: readonly string[], io: SimCliIo): Promise<SimCliResult> {
  let parsed: ReturnType<typeof parseSimArgs>;
  try {
    parsed = parseSimArgs(argv);
  } catch (err) {
    io.stderr(`${(err as Error).message}\n\n${simCliUsage}`);
    return { exitCode: 1 };
  }
  if (parsed.help) {
    io.stdout(simCliUsage);
    return { exitCode: 0 };
  }
  const { json, help: _help, refreshToken: refreshTokenOptions, ...options } = parsed;
  let sim: GmailSim;
  try {
    sim = await startGmailSim(options);
  } catch (err) {
    io.stderr(`${(err as Error).message}\n`);
    return { exitCode: isGmailSimError(err) && err.code === 'INVALID_OPTION' ? 1 : 2 };
  }
  const account = options.accounts?.[0] ?? defaultAccount;
  const refreshToken = sim.issueRefreshToken(account.user, refreshTokenOptions);
  if (json) {
    io.stdout(
      `${JSON.stringify({
        smtp: sim.smtp,
        smtps: sim.smtps ?? null,
        tokenUrl: sim.tokenUrl,
        tokenInfoUrl: sim.tokenInfoUrl,
        apiUrl: sim.apiUrl,
        silent: sim.silent ?? null,
        user: account.user,
        appPassword: account.appPassword,
        refreshToken,
        ca: sim.tls?.ca ?? null,
      })}\n`,
    );
  } else {
    io.stdout(describe(sim, account.user, account.appPassword ?? '', refreshToken));
  }
  io.onStarted?.(sim);
  await new Promise<void>((resolve) => {
    if (io.signal) {
      if (io.signal.aborted) return resolve();
      io.signal.addEventListener('abort', () => resolve(), { once: true });
      return;
    }
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await sim.close();
  return { exitCode: 0 };
}
