// The message listener without Bolt or a network: plain arguments and a recording client.
import { describe, expect, it } from 'vitest';
import { createDeps, type BaseArgs, type Client } from './deps.js';
import { onMessage } from './messages.js';

function fakeClient() {
  const calls: { method: string; args: Record<string, unknown> }[] = [];
  const rec = (method: string) => async (args: Record<string, unknown>) => {
    calls.push({ method, args });
    return { ok: true, ts: `9.${calls.length}` };
  };
  const client = {
    chat: { postMessage: rec('chat.postMessage'), update: rec('chat.update'), delete: rec('chat.delete') },
  } as unknown as Client;
  return { client, calls };
}

const logger = { debug() {}, info() {}, warn() {}, error() {} } as unknown as BaseArgs['logger'];
const PASTE = '454 4.7.0 Too many login attempts, please try again later. - gsmtp';

describe('onMessage', () => {
  it('answers once per message and respects the threshold', async () => {
    const { client, calls } = fakeClient();
    const deps = createDeps(0.6);
    const event = { type: 'message', channel: 'C1', user: 'U1', ts: '1.1', text: PASTE };
    await onMessage(deps, { event, client, logger, context: { botUserId: 'UBOT' } });
    await onMessage(deps, { event, client, logger, context: { botUserId: 'UBOT' } });
    expect(calls.map((c) => c.method)).toEqual(['chat.postMessage']);

    const strict = createDeps(1);
    await onMessage(strict, { event: { ...event, ts: '1.2' }, client, logger, context: {} });
    expect(calls).toHaveLength(1);
  });

  it('ignores joins and other non-post subtypes', async () => {
    const { client, calls } = fakeClient();
    await onMessage(createDeps(0), {
      event: { type: 'message', subtype: 'channel_join', channel: 'C1', user: 'U1', ts: '1.1', text: PASTE },
      client,
      logger,
      context: {},
    });
    expect(calls).toHaveLength(0);
  });
});
