import { CliError } from './errors.js';

/**
 * True when `err` says that `name` itself is not installed (not some module inside it, whose
 * absence is a broken install and must surface as is).
 */
export function isMissingPackage(err: unknown, name: string): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  return (
    (e?.code === 'ERR_MODULE_NOT_FOUND' || e?.code === 'MODULE_NOT_FOUND') &&
    typeof e.message === 'string' &&
    (e.message.includes(`'${name}'`) || e.message.includes(`"${name}"`))
  );
}

/**
 * Loads an optional part of the CLI (an optional peer dependency). When it is not installed, the
 * user gets one line saying which command needs it and the command that installs it, not a stack.
 * @throws {CliError} `FAILED` when `name` is not installed.
 */
export async function importOptional<T>(
  name: string,
  command: string,
  version: string,
  load: () => Promise<T>,
): Promise<T> {
  try {
    return await load();
  } catch (err) {
    if (!isMissingPackage(err, name)) throw err;
    const spec = /^\d+\.\d+\.\d+$/.test(version) ? `${name}@${version}` : name;
    throw new CliError(
      'FAILED',
      `\`smtpfix ${command}\` needs ${name}, an optional part of the CLI that is not installed. Install it beside @smtpfix/cli: npm install ${spec} (or pnpm add ${spec}).`,
      { cause: err },
    );
  }
}
