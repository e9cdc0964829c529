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

  // Trie.
  const children: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  phrases.forEach((p, index) => {
    let state = 0;
    for (let i = 0; i < p.length; i++) {
      const sym = symbolOf[p.charCodeAt(i)]!;
      let next = children[state]!.get(sym);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outputs.push([]);
        children[state]!.set(sym, next);
      }
      state = next;
    }
    if (p.length > 0) outputs[state]!.push(index);
  });

  // Breadth-first: failure links folded straight into a full transition table.
  const states = children.length;
  const delta = new Int32Array(states * symbols);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let s = 1; s < symbols; s++) {
    const next = children[0]!.get(s);
    if (next !== undefined) {
      delta[s] = next;
      queue.push(next);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const f = fail[state]!;
    outputs[state]!.push(...outputs[f]!);
    for (let s = 0; s < symbols; s++) {
      const next = children[state]!.get(s);
      if (next === undefined) {
        delta[state * symbols + s] = delta[f * symbols + s]!;
      } else {
        fail[next] = delta[f * symbols + s]!;
        delta[state * symbols + s] = next;
        queue.push(next);
      }
    }
  }
  const accepting = new Uint8Array(states);
  outputs.forEach((o, state) => {
    accepting[state] = o.length > 0 ? 1 : 0;
  });

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
