// Sums every package's jest --json report into the plain closing line CI reads: "N passed, N failed".
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dirs = [
  'gateway',
  'scripts',
  'test',
  ...fs.readdirSync(path.join(root, 'subgraphs')).map((d) => `subgraphs/${d}`),
];
let passed = 0;
let failed = 0;
let reports = 0;
for (const dir of dirs) {
  const file = path.join(root, dir, '.jest-report.json');
  if (!fs.existsSync(file)) continue;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  reports += 1;
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(reports > 0 && passed > 0 && failed === 0 ? 0 : 1);
