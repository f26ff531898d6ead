/**
 * Bundle size budget: each entry, with the chunks it imports, must stay within its gzip
 * budget in bench/size-budget.json (why the budgets are not issue 6's targets is explained
 * there). Runs on the last build; `npm test` builds first.
 */
import { existsSync } from 'node:fs';
import { kb, size, sizeBudgets } from '../sizes.mjs';

const root = new URL('../../', import.meta.url);
const over = [];
console.log('bundle sizes (gzip level 9, each entry with the chunks it imports):');
for (const [file, { goalKB, budgetKB }] of Object.entries(sizeBudgets)) {
  if (!existsSync(new URL(file, root))) {
    console.error(`size budget: ${file} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
  const { min, gzip } = size(file);
  const budget = budgetKB * 1024;
  const goal = gzip <= goalKB * 1024 ? 'met' : 'not met';
  console.log(`  ${file.padEnd(28)} ${kb(min).padStart(9)} min ${kb(gzip).padStart(9)} gzip   budget ${budgetKB.toFixed(1)} KB   goal ${goalKB} KB (${goal})`);
  if (gzip > budget) over.push(`${file} is ${kb(gzip)} gzip (${gzip} bytes), over its budget of ${budgetKB} KB (${budget} bytes) by ${gzip - budget} bytes.`);
}
if (over.length) {
  for (const line of over) console.error(`size budget exceeded: ${line}`);
  console.error('Make the build smaller, or raise the budget in bench/size-budget.json and say why in the commit.');
  process.exit(1);
}
