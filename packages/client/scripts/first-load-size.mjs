// Prints the SPA's first-load JS: every script index.html loads or preloads, gzipped, added up.
// Usage: node scripts/first-load-size.mjs [distDir] [budgetKB]; exits 1 over the budget.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(process.argv[2] ?? 'dist');
const budget = Number(process.argv[3] ?? 250);
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const srcs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const src of new Set(srcs)) {
  const size = zlib.gzipSync(fs.readFileSync(path.join(dist, src.replace(/^\//, '')))).length;
  total += size;
  console.log(`${(size / 1024).toFixed(2).padStart(8)} KB  ${src}`);
}
console.log(`first-load JS: ${(total / 1024).toFixed(2)} KB gzip (budget ${budget} KB)`);
if (total / 1024 > budget) process.exit(1);
