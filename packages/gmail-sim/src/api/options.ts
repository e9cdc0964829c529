/** How the sim's Gmail API (`sim.apiUrl`) meters and refuses requests. */
export interface SimApiOptions {
  /**
   * Quota units per user per rolling minute; past them `429 userRateLimitExceeded`. Google's quota
   * page (checked 2026-12-03) gives 6,000 per minute per user per project (older versions: 15,000).
   * @default 6000
   */
  unitsPerUserPerMinute: number;
  /** Units one `users.messages.send` costs (Google's per-method table). @default 100 */
  sendCost: number;
  /** Units one `users.getProfile` costs. @default 1 */
  profileCost: number;
  /** Accounts whose Gmail is turned off: every call gets `400 Mail service not enabled`. @default [] */
  mailDisabled: string[];
  /**
   * The largest JSON request body (`{ raw }` to the metadata URL) taken; a larger one gets `400
   * badRequest` "Request payload size exceeds the limit: 1048576 bytes." as Gmail answered in
   * googleapis/google-api-dotnet-client#856 (page `api-request-payload-too-large`). The upload URL
   * takes messages up to `limits.maxMessageBytes`. @default 1_048_576
   */
  jsonBodyLimitBytes: number;
}

/** Defaults of {@link SimApiOptions}. */
export const defaultApiOptions: Readonly<SimApiOptions> = Object.freeze({
  unitsPerUserPerMinute: 6000,
  sendCost: 100,
  profileCost: 1,
  mailDisabled: Object.freeze([]) as unknown as string[],
  jsonBodyLimitBytes: 1_048_576,
});

/** Fills in and checks `options.api`; problems are pushed to `issues`. */
export function resolveApiOptions(
  issues: string[],
  given: Partial<SimApiOptions> | undefined,
): SimApiOptions {
  // Unknown keys are reported by the options' key check (option-keys.ts).
  const api: SimApiOptions = { ...defaultApiOptions, ...given };
  for (const key of ['unitsPerUserPerMinute', 'sendCost', 'profileCost', 'jsonBodyLimitBytes'] as const) {
    const v = api[key];
    const ok = key === 'unitsPerUserPerMinute' && v === Number.POSITIVE_INFINITY;
    if (!ok && (typeof v !== 'number' || !Number.isInteger(v) || v < 0))
      issues.push(
        `api.${key} must be an integer >= 0${key === 'unitsPerUserPerMinute' ? ' or Infinity' : ''}, got ${JSON.stringify(v)}`,
      );
  }
  if (!Array.isArray(api.mailDisabled)) issues.push('api.mailDisabled must be an array of addresses');
  return {
    ...api,
    mailDisabled: (Array.isArray(api.mailDisabled) ? api.mailDisabled : []).map((a) =>
      a.trim().toLowerCase(),
    ),
  };
}
