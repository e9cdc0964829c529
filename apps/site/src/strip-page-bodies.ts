// A Vite plugin for the paste box's bundle: the answer shows a page's id, codes, title and summary
// and links to the page for the rest, so the long prose of every catalog page (what is happening,
// causes, fixes, prevention, what you see, sources) is dropped from the bundle. classify() never
// reads those fields (it matches on signatures, codes, stage and provider), so answers are the same;
// the browser test checks them. Keeps the script inside its budget as the catalog grows.
import { parseAst, type Plugin } from 'vite';

/** The fields emptied in the bundle. */
export const BODY_FIELDS: ReadonlySet<string> = new Set([
  'whatsHappening',
  'causes',
  'fixes',
  'prevention',
  'whatYouSee',
  'sources',
]);

/** core's compiled catalog modules (`dist/catalog/**`), wherever the workspace or a registry put them. */
const CATALOG_MODULE = /[\\/]core[\\/]dist[\\/]catalog[\\/].+\.js$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (v: unknown): v is Node =>
  typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

/** Empties literal values of {@link BODY_FIELDS} properties in a module's source. */
export function stripPageBodies(code: string): string {
  const edits: [number, number, string][] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (!isNode(node)) return;
    if (node.type === 'Property') {
      const key = node['key'] as Node & { name?: string; value?: unknown };
      const value = node['value'] as Node;
      const name = key.type === 'Identifier' ? key.name : key.type === 'Literal' ? String(key.value) : '';
      const literal = value.type === 'Literal' || value.type === 'TemplateLiteral';
      if (name && BODY_FIELDS.has(name) && (value.type === 'ArrayExpression' || literal)) {
        edits.push([value.start, value.end, literal ? '""' : '[]']);
        return;
      }
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'type' && typeof v === 'object') visit(v);
  };
  visit(parseAst(code));
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
    out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** The plugin: applies {@link stripPageBodies} to core's catalog modules only. */
export function stripPageBodiesPlugin(): Plugin {
  return {
    name: 'smtpfix-strip-page-bodies',
    transform(code, id) {
      return CATALOG_MODULE.test(id) ? { code: stripPageBodies(code), map: null } : null;
    },
  };
}
