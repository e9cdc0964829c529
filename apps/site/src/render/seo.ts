// Titles, descriptions and structured data, built from the words people search for: the code
// pair, the provider's own wording, and the page's title.
import type { CatalogEntry } from '@smtpfix/core';

/** `535 5.7.8`, or an empty string for errors below SMTP. */
export const codeOf = (e: CatalogEntry): string =>
  [e.replyCode, e.enhancedCode].filter((x) => x !== null).join(' ');

/** The code to show before a title: none when the title already starts with it (generic pages). */
export const codePrefix = (e: CatalogEntry): string => {
  const code = codeOf(e);
  return code && !e.title.startsWith(code) ? code : '';
};

/** What kind of error it is, in the words of a search: "Gmail SMTP error", "Google OAuth token error". */
export function kindOf(e: CatalogEntry): string {
  if (e.stage === 'token') return 'Google OAuth token error';
  if ((e.stage as string) === 'api') return 'Gmail API error';
  if (e.provider === 'gmail') return 'Gmail SMTP error';
  if (e.stage === 'connect' || e.stage === 'tls') return 'SMTP connection error';
  return 'SMTP error';
}

/** Cuts text at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:.]+$/, '')}…`;
}

/** The page title: code, title and kind, e.g. "535 5.7.8 Username and password not accepted (BadCredentials) – Gmail SMTP error fix". */
export function pageTitle(e: CatalogEntry): string {
  const code = codePrefix(e);
  return `${code ? `${code} ` : ''}${e.title} – ${kindOf(e)} fix`;
}

/** The meta description: the code and the summary, within the ~160 characters results show. */
export function pageDescription(e: CatalogEntry): string {
  const code = codeOf(e);
  return clip(`${code ? `${code}: ` : ''}${e.summary}`, 160);
}

/**
 * Structured data for a fix page. A TechArticle (what the page is: technical help about one
 * error) with its breadcrumb. Not HowTo or FAQPage: Google no longer shows HowTo results, FAQPage
 * is for pages of questions and answers, and a fix page is neither.
 */
export function entryJsonLd(e: CatalogEntry, url: string | null, home: string | null): object[] {
  const code = codeOf(e);
  const article: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: clip(`${code ? `${code} ` : ''}${e.title}`, 110),
    description: e.summary,
    about: [kindOf(e), ...(code ? [code] : []), e.providerText].map((name) => ({ '@type': 'Thing', name })),
    proficiencyLevel: 'Beginner',
    isBasedOn: e.sources.filter((s) => /^https?:\/\//.test(s)),
  };
  if (e.checked) article['dateModified'] = e.checked;
  if (url) {
    article['url'] = url;
    article['mainEntityOfPage'] = url;
  }
  const out: object[] = [article];
  if (url && home)
    out.push({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'smtpfix', item: home },
        { '@type': 'ListItem', position: 2, name: code || e.title, item: url },
      ],
    });
  return out;
}
