// Dependencies point one way (DESIGN.md): core depends on nothing with I/O; gmail-sim, sender,
// cli and slack-bot depend on core; redis depends on sender, never the reverse. This check fails
// when a package imports a workspace package it may not, or one it does not declare.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const allowed = {
  '@smtpfix/core': [],
  '@smtpfix/gmail-sim': ['@smtpfix/core'],
  '@smtpfix/sender': ['@smtpfix/core'],
  '@smtpfix/redis': ['@smtpfix/core', '@smtpfix/sender'],
  '@smtpfix/cli': ['@smtpfix/core', '@smtpfix/gmail-sim', '@smtpfix/sender'],
  '@smtpfix/slack-bot': ['@smtpfix/core'],
  '@smtpfix/site': ['@smtpfix/core'],
};
// Tests may also use the simulator and the shared test helpers.
const testOnly = ['@smtpfix/gmail-sim', '@smtpfix/test-utils'];

const files = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

const problems = [];
for (const root of ['packages', 'apps']) {
  for (const name of readdirSync(root)) {
    const dir = join(root, name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const rules = allowed[pkg.name];
    if (!rules) continue;
    const declared = new Set(
      Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies }),
    );
    for (const file of files(join(dir, 'src'))) {
      const isTest = /\.test\.ts$|\/test\//.test(file);
      for (const [, dep] of readFileSync(file, 'utf8').matchAll(/from '(@smtpfix\/[\w-]+)/g)) {
        if (dep === pkg.name) problems.push(`${file}: imports its own package by name`);
        else if (!rules.includes(dep) && !(isTest && testOnly.includes(dep)))
          problems.push(`${file}: ${pkg.name} may not depend on ${dep}`);
        else if (!declared.has(dep))
          problems.push(`${file}: imports ${dep}, which ${pkg.name}'s package.json does not declare`);
      }
    }
  }
}
if (problems.length) {
  console.error(`Dependency boundaries broken:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exitCode = 1;
} else console.log('dependency boundaries: ok');
