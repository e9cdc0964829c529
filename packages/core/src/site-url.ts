// The one place that knows the shape of a fix page's address on the public site (apps/site), so
// the site's canonical URLs, the bot's links and `smtpfix explain` can never disagree.

/**
 * The public fix page of a catalog entry: `<baseUrl>/fix/<id>/`. The base URL may end in `/` or
 * not and may carry a path (a site served under `/docs/` works).
 *
 * @example
 * fixPageUrl('https://smtpfix.example', '454-4.7.0-cannot-authenticate');
 * // 'https://smtpfix.example/fix/454-4.7.0-cannot-authenticate/'
 */
export function fixPageUrl(baseUrl: string, id: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/fix/${encodeURIComponent(id)}/`;
}
