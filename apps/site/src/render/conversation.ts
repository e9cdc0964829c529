// A small SVG of the SMTP conversation with the step the error comes back on marked, generated
// from the entry's `stage`, so every page shows where it happens without a picture being drawn by hand.
import type { Stage } from '@smtpfix/core';
import { esc } from './html.js';

/** The SMTP steps in the order a client takes them; `tls` (a TLS handshake) is drawn on STARTTLS. */
const STEPS = ['connect', 'EHLO', 'STARTTLS', 'AUTH', 'MAIL', 'RCPT', 'DATA'] as const;

const LABEL: Record<(typeof STEPS)[number], string> = {
  connect: 'connect',
  EHLO: 'EHLO',
  STARTTLS: 'STARTTLS',
  AUTH: 'AUTH',
  MAIL: 'MAIL FROM',
  RCPT: 'RCPT TO',
  DATA: 'DATA',
};

/** Which box is marked for a stage (`null` for `any`: it can come back at more than one step). */
export function markedStep(stage: Stage): (typeof STEPS)[number] | 'token' | null {
  if (stage === 'token') return 'token';
  if (stage === 'tls') return 'STARTTLS';
  // A stage the picture does not draw (`any`, or one added to the catalog later) marks no box.
  return (STEPS as readonly string[]).includes(stage) ? (stage as (typeof STEPS)[number]) : null;
}

/** Plain words for where the error comes back, used as the figure's caption and the SVG's description. */
export function stageSentence(stage: Stage): string {
  const m = markedStep(stage);
  if (m === 'token')
    return "It comes back from Google's OAuth token endpoint, before the SMTP conversation starts.";
  // Compared as a string: the catalog's Stage type may not name 'api' yet on every branch.
  if ((stage as string) === 'api')
    return "It comes back from Gmail's HTTP API (users.messages.send over HTTPS), not from an SMTP step.";
  if (m === null && stage !== 'any') return `It comes back at the ${stage} step.`;
  if (m === null) return 'It can come back at more than one step of the SMTP conversation.';
  if (m === 'connect') return 'It comes back while connecting, before the server says anything.';
  if (stage === 'tls') return 'It comes back during the TLS handshake (STARTTLS on 587, or at once on 465).';
  return `It comes back in answer to ${LABEL[m]}.`;
}

const W = 96;
const GAP = 12;
const X0 = 8;
const Y = 92;
const H = 40;

/**
 * The conversation as an accessible inline SVG (role="img" with a title and description). The
 * marked step is filled and labelled "here"; colours are the page's, so it follows dark mode.
 */
export function conversationSvg(stage: Stage, idSuffix: string): string {
  const marked = markedStep(stage);
  const width = X0 * 2 + STEPS.length * W + (STEPS.length - 1) * GAP;
  const parts: string[] = [];
  STEPS.forEach((step, i) => {
    const x = X0 + i * (W + GAP);
    const on = marked === step;
    parts.push(
      `<rect x="${x}" y="${Y}" width="${W}" height="${H}" rx="6" class="${on ? 'step on' : 'step'}"/>`,
      `<text x="${x + W / 2}" y="${Y + H / 2 + 5}" text-anchor="middle" class="${on ? 'label on' : 'label'}">${esc(LABEL[step])}</text>`,
    );
    if (i < STEPS.length - 1)
      parts.push(
        `<path d="M${x + W + 1} ${Y + H / 2}h${GAP - 4}" class="arrow" marker-end="url(#ah${idSuffix})"/>`,
      );
    if (on)
      parts.push(`<text x="${x + W / 2}" y="${Y + H + 22}" text-anchor="middle" class="here">▲ here</text>`);
  });
  // The token endpoint sits above AUTH: a token is fetched over HTTPS, then sent with AUTH XOAUTH2.
  const auth = X0 + 3 * (W + GAP);
  const tokenOn = marked === 'token';
  const tx = auth - 40;
  parts.push(
    `<rect x="${tx}" y="8" width="${W + 80}" height="${H}" rx="6" class="${tokenOn ? 'step on' : 'step token'}"/>`,
    `<text x="${tx + (W + 80) / 2}" y="${8 + H / 2 + 5}" text-anchor="middle" class="${tokenOn ? 'label on' : 'label'}">OAuth token endpoint</text>`,
    `<path d="M${auth + W / 2} ${8 + H + 1}V${Y - 4}" class="arrow dashed" marker-end="url(#ah${idSuffix})"/>`,
  );
  if (tokenOn) parts.push(`<text x="${tx + W + 88}" y="${8 + H / 2 + 5}" class="here">◀ here</text>`);
  const title =
    marked === null
      ? 'Where it comes back: any step'
      : `Where it comes back: ${marked === 'token' ? 'the OAuth token endpoint' : LABEL[marked]}`;
  return [
    `<svg class="conversation" viewBox="0 0 ${width} 160" role="img" aria-labelledby="svg-t${idSuffix} svg-d${idSuffix}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="svg-t${idSuffix}">${esc(title)}</title>`,
    `<desc id="svg-d${idSuffix}">The SMTP conversation: connect, EHLO, STARTTLS, AUTH (with a token from the OAuth token endpoint), MAIL FROM, RCPT TO, DATA. ${esc(stageSentence(stage))}</desc>`,
    `<defs><marker id="ah${idSuffix}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="arrowhead"/></marker></defs>`,
    ...parts,
    '</svg>',
  ].join('');
}
