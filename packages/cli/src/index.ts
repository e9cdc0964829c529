// The whole public API of @smtpfix/cli: run the CLI in-process.

export type { CliIo } from './io.js';
export { processIo } from './io.js';
export { run, VERSION } from './run.js';
export { CliError, EXIT } from './errors.js';
export type { DoctorJson, DoctorStepJson } from './json.js';
export { bounceScanJson, diagnosisJson, doctorJson, entrySummary, scanJson } from './json.js';
