import { describe, expect, test } from 'vitest';
import { AuthGate } from './auth-gate.js';

/** Lets queued promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('AuthGate', () => {
  test('until the credential is proven, one AUTH at a time: a refusal lets exactly the next one in', async () => {
    const gate = new AuthGate();
    const entered: number[] = [];
    const opens: (() => void)[] = [];
    for (const i of [1, 2, 3]) {
      void gate.enter().then((open) => {
        entered.push(i);
        opens.push(open);
      });
    }
    await settle();
    expect(entered).toEqual([1]);
    // The first AUTH was refused (not proven): the second goes, alone.
    opens[0]!();
    await settle();
    expect(entered).toEqual([1, 2]);
    opens[1]!();
    await settle();
    expect(entered).toEqual([1, 2, 3]);
  });

  test('once an AUTH proves the credential, the sessions queued behind it log in together', async () => {
    const gate = new AuthGate();
    const first = await gate.enter();
    const entered: number[] = [];
    const waiting = [2, 3, 4].map((i) => gate.enter().then(() => entered.push(i)));
    await settle();
    expect(entered).toEqual([]);
    gate.prove();
    first();
    await Promise.all(waiting);
    expect(entered).toEqual([2, 3, 4]);
    expect(gate.verified).toBe(true);
    // Later AUTHs do not wait at all, even while another one's pass is still held.
    const held = await gate.enter();
    await gate.enter();
    held();
  });
});
