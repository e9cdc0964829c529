#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code of the CLI on disk (in the OS temp dir; off with
// NODE_DISABLE_COMPILE_CACHE=1), so later runs skip compiling it. It must be on before the CLI's
// code loads, hence the dynamic imports below. Node 20 has no such cache and starts as before.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { processIo } = await import('./io.js');
const { run } = await import('./run.js');
process.exitCode = await run(process.argv.slice(2), processIo);
