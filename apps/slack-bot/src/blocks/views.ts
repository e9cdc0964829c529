// Modals and the App Home: alternatives, the full page, and looking an error up.
import type { CatalogEntry } from '@smtpfix/core';
import { ACTIONS, answerMessage, codeOf, fullPageBlocks, pct } from './answer.js';
import { type AnswerInput, encodeRef } from './ref.js';
import {
  type Block,
  button,
  context,
  cut,
  escapeMrkdwn,
  header,
  LIMITS,
  type ModalView,
  modalTitle,
  section,
  type HomeView,
} from './text.js';

/** Callback ids of the bot's views. */
export const VIEWS = {
  lookup: 'smtpfix_lookup',
  answer: 'smtpfix_answer',
} as const;

/** Block and action ids of the lookup modal's input. */
export const LOOKUP_INPUT = { block: 'paste', action: 'paste_text' } as const;

const close = { type: 'plain_text', text: 'Close' } as const;

function modal(title: string, blocks: Block[], extra: Partial<ModalView> = {}): ModalView {
  return {
    type: 'modal',
    callback_id: VIEWS.answer,
    title: modalTitle(title),
    close,
    blocks: blocks.slice(0, LIMITS.viewBlocks),
    ...extra,
  };
}

/** "Not this one?": the other pages it may be, each with a button that opens it. */
export function alternativesView(d: AnswerInput): ModalView {
  const blocks: Block[] = [
    section(d.entry ? `Besides *${escapeMrkdwn(d.entry.title)}*, the paste may be:` : 'The paste may be:'),
  ];
  for (const a of d.alternatives) {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: cut(
          `*\`${codeOf(a.entry)}\` ${escapeMrkdwn(a.entry.title)}* (${pct(a.confidence)})\n${escapeMrkdwn(a.entry.summary)}`,
          LIMITS.sectionText,
        ),
      },
      accessory: button(
        'Open',
        ACTIONS.openEntry,
        encodeRef({ entry: a.entry, confidence: a.confidence, alternatives: [] }),
      ),
    });
  }
  if (!d.alternatives.length) blocks.push(section('No other page matches this paste.'));
  blocks.push(
    context('Still not it? Mention me with the whole error, including the lines before and after it.'),
  );
  return modal('Not this one?', blocks);
}

/** A whole page in a modal, split into sections that fit, nothing cut. */
export function pageView(d: AnswerInput): ModalView {
  return modal(d.entry ? codeOf(d.entry) : 'smtpfix', fullPageBlocks(d));
}

/** The answer to a lookup, shown in the lookup modal after submit. */
export function answerView(d: AnswerInput, quote: string, siteUrl: string | null = null): ModalView {
  return modal('smtpfix', answerMessage(d, { quote, siteUrl }).blocks);
}

/** The lookup modal: one multi-line input for the paste. */
export function lookupView(): ModalView {
  return {
    type: 'modal',
    callback_id: VIEWS.lookup,
    title: modalTitle('Explain an SMTP error'),
    submit: { type: 'plain_text', text: 'Explain' },
    close,
    blocks: [
      {
        type: 'input',
        block_id: LOOKUP_INPUT.block,
        label: { type: 'plain_text', text: 'Paste the error' },
        element: {
          type: 'plain_text_input',
          action_id: LOOKUP_INPUT.action,
          multiline: true,
          max_length: 3000,
          placeholder: { type: 'plain_text', text: '535-5.7.8 Username and Password not accepted…' },
        },
      },
      context('Passwords, tokens and keys in the paste are masked; nothing is posted anywhere.'),
    ],
  };
}

/** The App Home: what the bot does, where it answers, and a button to look an error up. */
export function homeView(catalogSize: number, examples: CatalogEntry[] = []): HomeView {
  const blocks: Block[] = [
    header('smtpfix: Gmail SMTP errors, explained'),
    section(
      `Paste an SMTP, OAuth token or connection error and I answer with the fix page: what it means, why it happens, numbered fixes and how to stop it recurring. I know ${catalogSize} errors.`,
    ),
    { type: 'actions', elements: [button('Look up an error', ACTIONS.homeLookup, 'home')] },
    { type: 'divider' },
    section(
      '*Where I answer*\n' +
        '• *Channels I am in and DMs:* post an error and I reply in a thread when I recognise it.\n' +
        '• *@mention me* with an error (or in its thread): I always reply, with the page, the closest pages, or what to paste.\n' +
        '• */smtpfix <error or code>:* an answer only you see, with a button to share it.\n' +
        '• *Message shortcut "Explain SMTP error"* (the ⋯ menu on any message): the answer in a window only you see.',
    ),
    section(
      '*Good to know*\n' +
        '• Passwords, app passwords, OAuth tokens, XOAUTH2 and AUTH PLAIN strings and private keys are masked before I quote anything.\n' +
        '• I never answer other bots, and edits update my answer; if you delete your message I delete my reply.',
    ),
  ];
  if (examples.length)
    blocks.push(
      section(
        `*Try:* ${examples
          .slice(0, 5)
          .map((e) => `\`/smtpfix ${codeOf(e)}\``)
          .join(' · ')}`,
      ),
    );
  return { type: 'home', blocks };
}
