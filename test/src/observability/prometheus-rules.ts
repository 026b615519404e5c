import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { REPO_ROOT } from './processes';

export const RULES_FILE = path.join(REPO_ROOT, 'docs/prometheus/union-alerts.yml');
export const SCRAPE_FILE = path.join(REPO_ROOT, 'docs/prometheus/prometheus.yml');

interface RuleFile {
  groups: { name: string; rules: { alert?: string; record?: string; expr: string }[] }[];
}

export function alertRules(): { alert: string; expr: string }[] {
  const parsed = yaml.load(fs.readFileSync(RULES_FILE, 'utf8')) as RuleFile;
  return parsed.groups.flatMap((g) =>
    g.rules.map((r) => ({ alert: r.alert ?? r.record ?? '', expr: r.expr })),
  );
}

const KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
]);

/** The metric names a PromQL expression selects (functions, keywords, labels and durations left out). */
export function metricNamesIn(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, '');
  const names = new Set<string>();
  for (const m of bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)) {
    const word = m[0];
    // A name directly before "(" is a function.
    const next = bare.slice(m.index! + word.length).trimStart();
    if (next.startsWith('(') || KEYWORDS.has(word)) continue;
    names.add(word);
  }
  return [...names];
}

/** `promtool check <what> <file>`: null when promtool is not installed. */
export function promtool(what: 'rules' | 'config', file: string): { status: number; output: string } | null {
  const result = spawnSync('promtool', ['check', what, file], { encoding: 'utf8' });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') return null;
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}
