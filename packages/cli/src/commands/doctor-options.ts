import type { SenderOptions } from '@smtpfix/sender';
import { CliError } from '../errors.js';
import { readError } from '../input.js';
import type { CliIo } from '../io.js';

/** Each `smtpfix doctor` flag and the environment variable it falls back to. */
export const DOCTOR_ENV = {
  user: 'SMTPFIX_USER',
  auth: 'SMTPFIX_AUTH',
  'client-id': 'GOOGLE_CLIENT_ID',
  'client-secret': 'GOOGLE_CLIENT_SECRET',
  'refresh-token': 'GOOGLE_REFRESH_TOKEN',
  'key-file': 'GOOGLE_APPLICATION_CREDENTIALS',
  subject: 'SMTPFIX_SUBJECT',
  pass: 'SMTPFIX_PASS',
  host: 'SMTPFIX_HOST',
  port: 'SMTPFIX_PORT',
  secure: 'SMTPFIX_SECURE',
  'ehlo-name': 'SMTPFIX_EHLO_NAME',
  'token-url': 'SMTPFIX_TOKEN_URL',
  'tokeninfo-url': 'SMTPFIX_TOKENINFO_URL',
  'timeout-ms': 'SMTPFIX_TIMEOUT_MS',
  'ca-file': 'SMTPFIX_CA_FILE',
  transport: 'SMTPFIX_TRANSPORT',
  'gmail-api-url': 'SMTPFIX_GMAIL_API_URL',
} as const;

/** A flag of `smtpfix doctor` that has an environment fallback. */
export type DoctorFlag = keyof typeof DOCTOR_ENV;

/** Flags that carry a secret: better passed through the environment, where `ps` cannot see them. */
export const SECRET_FLAGS: readonly DoctorFlag[] = ['client-secret', 'refresh-token', 'pass'];

/** What `smtpfix doctor` hands to `doctor()`. */
export interface DoctorInput {
  options: SenderOptions;
  settings: { tokenInfoUrl?: string; timeoutMs?: number };
}

const AUTH_KINDS = ['oauth2', 'service-account', 'password'] as const;

function integer(flag: DoctorFlag, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    throw new CliError('USAGE', `--${flag} (${DOCTOR_ENV[flag]}) takes a positive integer, got "${value}".`);
  }
  return n;
}

async function readText(io: CliIo, path: string): Promise<string> {
  try {
    return (await io.readFile(path)).toString('utf8');
  } catch (err) {
    throw readError(path, err);
  }
}

/**
 * Maps flags (falling back to environment variables) onto `SenderOptions`. A missing or
 * malformed value the user must supply is a usage error (exit 2); an unreadable file is an input
 * error (exit 3). Everything else is for `doctor()` to judge.
 */
export async function doctorInput(
  args: Partial<Record<DoctorFlag, string | boolean | undefined>>,
  io: CliIo,
): Promise<DoctorInput> {
  const get = (flag: DoctorFlag): string | undefined => {
    const v = args[flag];
    if (typeof v === 'string' && v !== '') return v;
    const e = io.env[DOCTOR_ENV[flag]];
    return e === undefined || e === '' ? undefined : e;
  };
  const need = (flag: DoctorFlag, why: string): string => {
    const v = get(flag);
    if (v === undefined) throw new CliError('USAGE', `${why} needs --${flag} (or ${DOCTOR_ENV[flag]}).`);
    return v;
  };

  const user = need('user', 'Checking a setup');
  const kind =
    get('auth') ??
    (get('key-file')
      ? 'service-account'
      : get('refresh-token')
        ? 'oauth2'
        : get('pass')
          ? 'password'
          : undefined);
  if (kind === undefined) {
    throw new CliError(
      'USAGE',
      'Say how to log in: --auth oauth2|service-account|password with its credentials (e.g. SMTPFIX_PASS, or GOOGLE_CLIENT_ID/GOOGLE_CLIENT_SECRET/GOOGLE_REFRESH_TOKEN).',
    );
  }
  if (!(AUTH_KINDS as readonly string[]).includes(kind)) {
    throw new CliError('USAGE', `--auth takes oauth2, service-account or password, got "${kind}".`);
  }
  const tokenUrl = get('token-url');
  let auth: SenderOptions['auth'];
  if (kind === 'oauth2') {
    auth = {
      type: 'oauth2',
      clientId: need('client-id', '--auth oauth2'),
      clientSecret: need('client-secret', '--auth oauth2'),
      refreshToken: need('refresh-token', '--auth oauth2'),
      ...(tokenUrl ? { tokenUrl } : {}),
    };
  } else if (kind === 'service-account') {
    const path = need('key-file', '--auth service-account');
    let key: { client_email?: unknown; private_key?: unknown };
    try {
      key = JSON.parse(await readText(io, path)) as typeof key;
    } catch (err) {
      if (err instanceof CliError) throw err;
      throw new CliError(
        'INPUT',
        `${path} is not a JSON key file: download the key of the service account again.`,
      );
    }
    const subject = get('subject');
    auth = {
      type: 'service-account',
      credentials: {
        client_email: String(key.client_email ?? ''),
        private_key: String(key.private_key ?? ''),
      },
      ...(subject ? { subject } : {}),
      ...(tokenUrl ? { tokenUrl } : {}),
    };
  } else {
    auth = { type: 'password', pass: need('pass', '--auth password') };
  }

  const port = integer('port', get('port'));
  const timeoutMs = integer('timeout-ms', get('timeout-ms'));
  const secureFlag = args.secure;
  const secureEnv = io.env[DOCTOR_ENV.secure];
  let secure: boolean | undefined =
    typeof secureFlag === 'boolean'
      ? secureFlag
      : secureEnv === undefined
        ? undefined
        : /^(1|true|yes)$/i.test(secureEnv);
  // Like most mailers: with only a port given, 465 means implicit TLS and any other port plain + STARTTLS.
  if (secure === undefined && port !== undefined) secure = port === 465;
  const caFile = get('ca-file');
  const host = get('host');
  const name = get('ehlo-name');
  const tokenInfoUrl = get('tokeninfo-url');
  const transport = get('transport');
  if (transport !== undefined && transport !== 'smtp' && transport !== 'gmail-api') {
    throw new CliError(
      'USAGE',
      `--transport (${DOCTOR_ENV.transport}) is smtp or gmail-api, got "${transport}".`,
    );
  }
  const apiUrl = get('gmail-api-url');
  return {
    options: {
      user,
      auth,
      ...(transport ? { transport } : {}),
      ...(apiUrl ? { gmailApi: { rootUrl: apiUrl } } : {}),
      smtp: {
        ...(host ? { host } : {}),
        ...(port ? { port } : {}),
        ...(secure === undefined ? {} : { secure }),
        ...(name ? { name } : {}),
        ...(caFile ? { tls: { ca: await readText(io, caFile) } } : {}),
        ...(timeoutMs ? { connectionTimeoutMs: timeoutMs, greetingTimeoutMs: timeoutMs } : {}),
      },
    },
    settings: { ...(tokenInfoUrl ? { tokenInfoUrl } : {}), ...(timeoutMs ? { timeoutMs } : {}) },
  };
}
