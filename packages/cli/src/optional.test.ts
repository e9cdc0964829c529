import { describe, expect, it } from 'vitest';
import { CliError, EXIT } from './errors.js';
import { importOptional, isMissingPackage } from './optional.js';

// A package name no registry has, imported for real so the error is Node's own.
const MISSING = '@smtpfix/no-such-optional-part';
const loadMissing = () => import(/* @vite-ignore */ MISSING);

describe('importOptional', () => {
  it('turns a missing optional package into one CliError with the command that installs it', async () => {
    const err = await importOptional(MISSING, 'sim', '1.2.3', loadMissing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(EXIT.failed);
    expect((err as CliError).message).toContain(`\`smtpfix sim\` needs ${MISSING}`);
    expect((err as CliError).message).toContain(`npm install ${MISSING}@1.2.3`);
  });

  it('passes on any other failure, a missing module inside the package included', async () => {
    const inner = Object.assign(new Error("Cannot find package 'mailparser' imported from x"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    await expect(importOptional(MISSING, 'sim', '1.2.3', () => Promise.reject(inner))).rejects.toBe(inner);
    expect(isMissingPackage(inner, MISSING)).toBe(false);
  });

  it('returns the module when it is installed', async () => {
    const mod = await importOptional(
      '@smtpfix/gmail-sim',
      'sim',
      '0.0.0',
      () => import('@smtpfix/gmail-sim'),
    );
    expect(typeof mod.runSimCli).toBe('function');
  });
});
