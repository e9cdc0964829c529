// A multi-phrase matcher (Aho-Corasick compiled to a dense DFA). Every catalog phrase is found in
// one pass over the text, so matching costs the text's length, not length x number of phrases,
// and no input can make it slower than that.

/** A compiled set of phrases; `find` reports which phrase indexes occur in a text. */
export interface PhraseMatcher {
  /** Indexes (into the list given to {@link compilePhrases}) of every phrase found in `text`. */
  find(text: string): Set<number>;
}

export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  // Map every UTF-16 unit used by a phrase to a small symbol; everything else is symbol 0, which
  // no phrase contains, so the table stays small.
  const symbolOf = new Uint16Array(65536);
  let symbols = 1;
  for (const p of phrases) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (symbolOf[c] === 0) symbolOf[c] = symbols++;
    }
  }

  // Trie, as edge lists in typed arrays: this runs once per process, mostly in the interpreter, so
  // it allocates no object per state.
  let capacity = 1;
  for (const p of phrases) capacity += p.length;
  const firstEdge = new Int32Array(capacity).fill(-1);
  const edgeSym = new Int32Array(capacity);
  const edgeTo = new Int32Array(capacity);
  const edgeNext = new Int32Array(capacity);
  let states = 1;
  let edges = 0;
  const outputs: (number[] | undefined)[] = [];
  phrases.forEach((p, index) => {
    let state = 0;
    for (let i = 0; i < p.length; i++) {
      const sym = symbolOf[p.charCodeAt(i)]!;
      let next = -1;
      for (let e = firstEdge[state]!; e !== -1; e = edgeNext[e]!) {
        if (edgeSym[e] === sym) {
          next = edgeTo[e]!;
          break;
        }
      }
      if (next === -1) {
        next = states++;
        edgeSym[edges] = sym;
        edgeTo[edges] = next;
        edgeNext[edges] = firstEdge[state]!;
        firstEdge[state] = edges++;
      }
      state = next;
    }
    if (p.length > 0) {
      const out = outputs[state] ?? [];
      out.push(index);
      outputs[state] = out;
    }
  });

  // Breadth-first: failure links folded straight into a full transition table. Each state's row is
  // its failure state's row, copied whole (natively), with its own edges over it.
  const delta = new Int32Array(states * symbols);
  const fail = new Int32Array(states);
  const queue = new Int32Array(states);
  let tail = 0;
  for (let e = firstEdge[0]!; e !== -1; e = edgeNext[e]!) {
    delta[edgeSym[e]!] = edgeTo[e]!;
    queue[tail++] = edgeTo[e]!;
  }
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!;
    const f = fail[state]!;
    const inherited = outputs[f];
    if (inherited) outputs[state] = [...(outputs[state] ?? []), ...inherited];
    delta.copyWithin(state * symbols, f * symbols, (f + 1) * symbols);
    for (let e = firstEdge[state]!; e !== -1; e = edgeNext[e]!) {
      const sym = edgeSym[e]!;
      const next = edgeTo[e]!;
      fail[next] = delta[f * symbols + sym]!;
      delta[state * symbols + sym] = next;
      queue[tail++] = next;
    }
  }
  const accepting = new Uint8Array(states);
  for (let state = 0; state < states; state++) accepting[state] = outputs[state]?.length ? 1 : 0;

  return {
    find(text: string): Set<number> {
      const found = new Set<number>();
      let state = 0;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        state = delta[state * symbols + symbolOf[text.charCodeAt(i)]!]!;
        if (accepting[state] === 1) for (const o of outputs[state]!) found.add(o);
      }
      return found;
    },
  };
}
