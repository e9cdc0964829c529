// Unknown-key checking for the options objects of every smtpfix factory. TypeScript users get a
// compile error for a misspelt key; JavaScript users (and anyone building options from JSON or
// env) would otherwise see the key silently ignored and a default used in its place.

const LIST = Symbol('smtpfix.optionList');
const UNION = Symbol('smtpfix.optionUnion');

/** A list whose items are objects of this shape (e.g. the sim's `accounts`). */
export interface OptionList {
  readonly [LIST]: OptionShape;
}

/** An object whose shape depends on one key (e.g. `auth`, by `type`). */
export interface OptionUnion {
  readonly [UNION]: { readonly key: string; readonly branches: Readonly<Record<string, OptionShape>> };
}

/**
 * What one key may hold: `true` for a value that is not looked into (a string, a function, a
 * client instance, Node's TLS options), a nested {@link OptionShape}, a {@link listOf} or a
 * {@link oneOf}. A nested shape is checked only when the value is a plain object, so a key that
 * also takes a string or a class instance (`tls: true | { key, cert }`) works as is.
 */
export type OptionSpec = true | OptionShape | OptionList | OptionUnion;

/** The keys an options object may have, and what each holds. */
export interface OptionShape {
  readonly [key: string]: OptionSpec;
}

/** A key that is not an option, where it was found, and the option it most likely meant. */
export interface UnknownOption {
  /** Where the key is, e.g. `smtp.hots` or `accounts[0].apppassword`. */
  readonly path: string;
  /** The path of the option it most likely meant, e.g. `smtp.host`, or `undefined` when none is close. */
  readonly suggestion: string | undefined;
  /** The keys valid where it was found. */
  readonly valid: readonly string[];
  /** One line saying all of the above, for an error message. */
  readonly message: string;
}

/** The shape of every item of a list option. */
export function listOf(shape: OptionShape): OptionList {
  return { [LIST]: shape };
}

/** A shape chosen by the value of `key` (a discriminated union, e.g. `auth` by `type`). */
export function oneOf(key: string, branches: Record<string, OptionShape>): OptionUnion {
  return { [UNION]: { key, branches } };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions, so `hots` is one
 * edit from `host`), compared case-insensitively.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = [];
  for (let i = 0; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1]!;
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return rows[s.length]![t.length]!;
}

/** Every option path of a shape (list items as `name[]`), for suggestions across levels. */
function allPaths(shape: OptionShape, path: string, out: { path: string; key: string }[]): void {
  for (const [key, spec] of Object.entries(shape)) {
    const here = join(path, key);
    out.push({ path: here, key });
    if (spec === true) continue;
    if (LIST in spec) allPaths((spec as OptionList)[LIST], `${here}[]`, out);
    else if (UNION in spec) {
      for (const branch of Object.values((spec as OptionUnion)[UNION].branches)) allPaths(branch, here, out);
    } else allPaths(spec as OptionShape, here, out);
  }
}

/** Close enough to be a typo: one edit in short names, about a third of the letters in long ones. */
const closeEnough = (key: string, candidate: string) =>
  editDistance(key, candidate) <= Math.max(1, Math.floor(candidate.length / 3));

function suggest(
  key: string,
  parentPath: string,
  siblings: readonly string[],
  everywhere: readonly { path: string; key: string }[],
): string | undefined {
  const lower = key.toLowerCase();
  const byDistance = (a: string, b: string) => editDistance(key, a) - editDistance(key, b);
  // The same name with other capitals beside it, then the same name at another level (a top-level
  // `tokenUrl` that belongs in `auth`), then a typo of a sibling, then a typo of a key elsewhere.
  const sameSibling = siblings.find((s) => s.toLowerCase() === lower);
  if (sameSibling) return join(parentPath, sameSibling);
  const elsewhere = everywhere.filter((p) => p.key.toLowerCase() === lower).map((p) => p.path);
  if (elsewhere.length > 0) return [...new Set(elsewhere)].sort((a, b) => a.length - b.length)[0];
  const near = siblings.filter((s) => closeEnough(key, s)).sort(byDistance)[0];
  if (near) return join(parentPath, near);
  const far = everywhere.filter((p) => closeEnough(key, p.key)).sort((a, b) => byDistance(a.key, b.key))[0];
  return far?.path;
}

/** Which branch of a union is being walked, so a key of another branch is named as such. */
interface UnionContext {
  readonly key: string;
  readonly tag: string;
  readonly branches: Readonly<Record<string, OptionShape>>;
}

function walk(
  spec: OptionShape,
  value: Record<string, unknown>,
  path: string,
  everywhere: readonly { path: string; key: string }[],
  out: UnknownOption[],
  union?: UnionContext,
): void {
  const valid = Object.keys(spec);
  for (const key of Object.keys(value)) {
    const here = join(path, key);
    if (!Object.hasOwn(spec, key)) {
      // `undefined` values are what spreading optional settings produces; they choose nothing.
      if (value[key] === undefined) continue;
      const owners = union
        ? Object.keys(union.branches).filter((t) => Object.hasOwn(union.branches[t]!, key))
        : [];
      if (union && owners.length > 0) {
        const tags = owners.map((t) => `'${t}'`).join(' or ');
        out.push({
          path: here,
          suggestion: undefined,
          valid,
          message: `${here} is not an option of ${join(path, union.key)} '${union.tag}': it belongs to ${join(path, union.key)} ${tags}; valid keys here: ${valid.join(', ')}`,
        });
        continue;
      }
      const suggestion = suggest(
        key,
        path,
        valid,
        everywhere.filter((p) => p.path !== here),
      );
      const hint = suggestion
        ? `did you mean ${suggestion}?`
        : `valid ${path === '' ? 'options' : `keys of ${path}`}: ${valid.join(', ')}`;
      out.push({ path: here, suggestion, valid, message: `${here} is not an option: ${hint}` });
      continue;
    }
    checkValue(spec[key]!, value[key], here, everywhere, out);
  }
}

function checkValue(
  spec: OptionSpec,
  value: unknown,
  path: string,
  everywhere: readonly { path: string; key: string }[],
  out: UnknownOption[],
): void {
  if (spec === true) return;
  if (LIST in spec) {
    if (!Array.isArray(value)) return;
    value.forEach((item, i) => {
      if (isPlainObject(item)) walk((spec as OptionList)[LIST], item, `${path}[${i}]`, everywhere, out);
    });
    return;
  }
  if (!isPlainObject(value)) return;
  if (UNION in spec) {
    const { key, branches } = (spec as OptionUnion)[UNION];
    const tag = value[key];
    // An unknown tag is the factory's own error to report (it knows the valid values).
    if (typeof tag === 'string' && Object.hasOwn(branches, tag)) {
      walk(branches[tag]!, value, path, everywhere, out, { key, tag, branches });
    }
    return;
  }
  walk(spec as OptionShape, value, path, everywhere, out);
}

/**
 * Finds every key of `value`, at every nesting level, that `shape` does not list, each with the
 * option it most likely meant (a typo of a key beside it, or the same key at another level).
 * Only own enumerable keys of plain objects are looked at; never throws.
 * @example
 * ```ts
 * checkOptionKeys({ user: true, smtp: { host: true, port: true } }, { smtp: { hots: 'x' } });
 * // [{ path: 'smtp.hots', suggestion: 'smtp.host', message: 'smtp.hots is not an option: did you mean smtp.host?', … }]
 * ```
 */
export function checkOptionKeys(shape: OptionShape, value: unknown, path = ''): UnknownOption[] {
  const out: UnknownOption[] = [];
  if (!isPlainObject(value)) return out;
  const everywhere: { path: string; key: string }[] = [];
  allPaths(shape, path, everywhere);
  walk(shape, value, path, everywhere, out);
  return out;
}
