import type { SenderOptions } from '@smtpfix/sender';
import { defineCommand } from 'citty';
import { CliError, EXIT } from '../errors.js';
import type { CliIo } from '../io.js';
import { type DoctorJson, doctorJson } from '../json.js';
import { DOCTOR_ENV, type DoctorFlag, doctorInput, SECRET_FLAGS } from './doctor-options.js';

/** What the CLI uses of @smtpfix/sender's doctor. */
interface DoctorApi {
  doctor(
    options: SenderOptions,
    settings?: { tokenInfoUrl?: string; timeoutMs?: number },
  ): Promise<DoctorJson>;
  renderDoctorReport(report: DoctorJson): string;
}

/** @smtpfix/sender pulls in nodemailer and google-auth-library: loaded only when `doctor` runs. */
async function loadDoctor(): Promise<DoctorApi> {
  const sender: Partial<DoctorApi> = (await import('@smtpfix/sender')) as Partial<DoctorApi>;
  if (typeof sender.doctor !== 'function' || typeof sender.renderDoctorReport !== 'function') {
    throw new CliError(
      'FAILED',
      'This @smtpfix/sender has no doctor(); install the same version as @smtpfix/cli.',
    );
  }
  return sender as DoctorApi;
}

const text = (description: string, flag: DoctorFlag) =>
  ({ type: 'string', description: `${description} [${DOCTOR_ENV[flag]}]` }) as const;

/** `smtpfix doctor`: checks a Gmail sending setup step by step and sends nothing. */
export const doctor = defineCommand({
  meta: {
    name: 'doctor',
    description:
      'Check a Gmail sending setup before the first send: options, DNS/TCP/TLS, token and scopes, EHLO/STARTTLS/AUTH. Sends nothing. Each flag falls back to the environment variable in brackets.',
  },
  args: {
    user: text('The sending address', 'user'),
    auth: text('oauth2 | service-account | password (inferred from the credentials given)', 'auth'),
    'client-id': text('OAuth client ID', 'client-id'),
    'client-secret': text('OAuth client secret (prefer the env var)', 'client-secret'),
    'refresh-token': text('OAuth refresh token (prefer the env var)', 'refresh-token'),
    'key-file': text("Service account's JSON key file", 'key-file'),
    subject: text('User the service account impersonates (default: --user)', 'subject'),
    pass: text('App password (prefer the env var)', 'pass'),
    host: text('SMTP host (default smtp.gmail.com)', 'host'),
    port: text('SMTP port (default 465)', 'port'),
    secure: {
      type: 'boolean',
      description: `Implicit TLS; --no-secure for plain + STARTTLS (default: true on 465, false on other ports) [${DOCTOR_ENV.secure}]`,
    },
    'ehlo-name': text('Name sent with EHLO (default: the machine name, as nodemailer)', 'ehlo-name'),
    'token-url': text('OAuth token endpoint (default https://oauth2.googleapis.com/token)', 'token-url'),
    'tokeninfo-url': text(
      'Token-info endpoint (default https://oauth2.googleapis.com/tokeninfo)',
      'tokeninfo-url',
    ),
    'timeout-ms': text('Longest wait of each network step (default 10000)', 'timeout-ms'),
    'ca-file': text('PEM certificate to trust for this connection (a private CA, a test server)', 'ca-file'),
    transport: text(
      "smtp | gmail-api: check Gmail's HTTP API (scope, a dry request) instead of SMTP (default smtp)",
      'transport',
    ),
    'gmail-api-url': text('Gmail API root URL (default https://gmail.googleapis.com/)', 'gmail-api-url'),
    json: { type: 'boolean', description: 'Print the checklist as JSON: { ok, steps: [...] }' },
  },
  async run({ args, data, rawArgs }) {
    const io = data as CliIo;
    const input = await doctorInput(args as Record<DoctorFlag, string | boolean | undefined>, io);
    const onCommandLine = SECRET_FLAGS.filter((f) =>
      rawArgs.some((a) => a === `--${f}` || a.startsWith(`--${f}=`)),
    );
    if (onCommandLine.length > 0) {
      io.stderr(
        `smtpfix: ${onCommandLine.map((f) => `--${f}`).join(', ')} on the command line can be seen by other users (ps, shell history); prefer ${onCommandLine.map((f) => DOCTOR_ENV[f]).join(', ')}.\n`,
      );
    }
    const api = await loadDoctor();
    const report = await api.doctor(input.options, input.settings);
    if (args.json) {
      io.stdout(`${JSON.stringify(doctorJson(report), null, 2)}\n`);
    } else {
      const smtp = input.options.smtp ?? {};
      const via =
        input.options.transport === 'gmail-api'
          ? `the Gmail API at ${input.options.gmailApi?.rootUrl ?? 'https://gmail.googleapis.com/'}`
          : `${smtp.host ?? 'smtp.gmail.com'}:${smtp.port ?? (smtp.secure === false ? 587 : 465)}`;
      io.stdout(`smtpfix doctor: ${input.options.user} via ${via} (${input.options.auth.type})\n\n`);
      io.stdout(api.renderDoctorReport(report));
    }
    return report.ok ? EXIT.ok : EXIT.failed;
  },
});
