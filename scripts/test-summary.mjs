// Adds up the JSON reports vitest wrote in every package into one closing line, so a CI log
// ends with the totals for the whole repository: "tests: N passed, N failed, N skipped".
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const files = ['packages', 'apps']
  .flatMap((d) => readdirSync(d).map((p) => `${d}/${p}/.vitest-report.json`))
  .filter((f) => existsSync(f));
let passed = 0;
let failed = 0;
let skipped = 0;
for (const f of files) {
  const r = JSON.parse(readFileSync(f, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
console.log(`${files.length} packages tested`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
