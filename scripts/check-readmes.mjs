#!/usr/bin/env node
// READMEs that run: every fenced code block whose info string carries the word `runnable`
// (```js runnable, ```ts runnable, ```sh runnable) in the repository's READMEs is run as written,
// against the built packages, so an example cannot drift from the code. Part of `pnpm test` (after
// the build); `node scripts/check-readmes.mjs [README.md …]` runs some of them.
//
// - js: saved as an .mjs file inside the README's package and run with Node, so `import` resolves
//   the package itself (by its name) and its dependencies, as in a user's project. Blocks of the
//   root README run in the package they import first.
// - ts: the same, after TypeScript strips the types (transpileModule; no type check).
// - sh: run with bash (-euo pipefail) in a fresh temporary directory, with `smtpfix` on PATH (the
//   built CLI).
// A block passes when it exits 0 within its time limit (30 s). Output is shown only on failure.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TIMEOUT_MS = 30_000;

/** Every fenced block of a markdown text: `{ lang, runnable, code, line }` (line is 1-based). */
export function codeBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^`]*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const words = info.trim().split(/\s+/).filter(Boolean);
    const body = [];
    let j = i + 1;
    while (j < lines.length && !new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`).test(lines[j])) {
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
      j++;
    }
    blocks.push({
      lang: words[0] ?? '',
      runnable: words.includes('runnable'),
      code: body.join('\n'),
      line: i + 1,
    });
    i = j;
  }
  return blocks;
}

function readmes() {
  const found = [join(ROOT, 'README.md')];
  for (const group of ['packages', 'apps']) {
    const dir = join(ROOT, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name, 'README.md');
      if (existsSync(file)) found.push(file);
    }
  }
  return found;
}

function run(command, args, options) {
  return new Promise((done) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const timer = setTimeout(() => {
      output += `\n[timed out after ${TIMEOUT_MS / 1000} s]`;
      try {
        process.kill(-child.pid, 'SIGKILL'); // the block's whole process group (background jobs too)
      } catch {}
    }, TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      try {
        process.kill(-child.pid, 'SIGKILL'); // anything a block left running in the background
      } catch {}
      done({ ok: code === 0, code: code ?? signal, output });
    });
  });
}

let typescript;
function stripTypes(code, file) {
  typescript ??= createRequire(join(ROOT, 'package.json'))('typescript');
  const out = typescript.transpileModule(code, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: {
      module: typescript.ModuleKind.ESNext,
      target: typescript.ScriptTarget.ES2022,
      verbatimModuleSyntax: false,
    },
  });
  return out.outputText;
}

/** A directory with an `smtpfix` that runs the built CLI. */
function binDir() {
  const dir = mkdtempSync(join(tmpdir(), 'smtpfix-readme-bin-'));
  const cli = join(ROOT, 'packages/cli/dist/bin.js');
  writeFileSync(join(dir, 'smtpfix'), `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`);
  chmodSync(join(dir, 'smtpfix'), 0o755);
  return dir;
}

/**
 * Where a js/ts block runs: beside its README, except for the repository's own README (no package
 * there), whose blocks run in the package they import first (`@smtpfix/core` → packages/core).
 */
function packageDirFor(readme, code) {
  const pkgDir = dirname(readme);
  if (pkgDir !== ROOT) return pkgDir;
  const name = /from\s+['"]@smtpfix\/([\w-]+)['"]/.exec(code)?.[1];
  const dir = name && join(ROOT, 'packages', name);
  return dir && existsSync(dir) ? dir : pkgDir;
}

async function runBlock(readme, block, n, bin) {
  const where = `${relative(ROOT, readme)}:${block.line}`;
  if (block.lang === 'sh' || block.lang === 'bash' || block.lang === 'shell') {
    const cwd = mkdtempSync(join(tmpdir(), 'smtpfix-readme-'));
    try {
      const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
      return { where, ...(await run('bash', ['-euo', 'pipefail', '-c', block.code], { cwd, env })) };
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }
  if (!['js', 'javascript', 'mjs', 'ts', 'typescript'].includes(block.lang))
    return { where, ok: false, code: 'unsupported', output: `no runner for a "${block.lang}" block` };
  const dir = join(packageDirFor(readme, block.code), '.readme-check');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `block-${n}.mjs`);
  try {
    const ts = block.lang.startsWith('t');
    writeFileSync(file, ts ? stripTypes(block.code, file.replace(/\.mjs$/, '.mts')) : block.code);
    return { where, ...(await run(process.execPath, [file], { cwd: dirname(dir), env: process.env })) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : readmes();
  const bin = binDir();
  let failed = 0;
  let ran = 0;
  try {
    for (const readme of files) {
      const blocks = codeBlocks(readFileSync(readme, 'utf8')).filter((b) => b.runnable);
      for (const [i, block] of blocks.entries()) {
        ran++;
        const started = performance.now();
        const result = await runBlock(readme, block, i + 1, bin);
        const ms = Math.round(performance.now() - started);
        if (result.ok) console.log(`✓ ${result.where} (${block.lang}, ${ms} ms)`);
        else {
          failed++;
          console.log(
            `✗ ${result.where} (${block.lang}) exited ${result.code}:\n${result.output.trimEnd().replace(/^/gm, '    ')}`,
          );
        }
      }
    }
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
  console.log(
    `README examples: ${ran - failed} of ${ran} runnable blocks ran as written${failed ? `, ${failed} failed` : ''}`,
  );
  if (ran === 0) console.log('no block is marked runnable: mark one with ```js runnable');
  process.exitCode = failed || ran === 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
