/*
 * `node scripts/dist/bench-graph/cpu-profile-summary.js <file.cpuprofile> [top=25]`: the functions with
 * the most self time in a V8 CPU profile (`node --cpu-prof`, e.g. `npm run bench:gateway-cost --
 * --cpu-prof <dir>`), and the same time summed by package (node_modules/<package>, our own
 * workspaces, node: internals), so that where a process spends its CPU is read, not guessed.
 */
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function packageOf(url: string): string {
  if (url === '') return '(native / gc / idle)';
  if (url.startsWith('node:')) return 'node:internals';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const workspace = /\/(subgraphs\/[^/]+|gateway|scripts)\/dist\/(.*)$/.exec(url);
  return workspace ? `${workspace[1]}/${workspace[2]!.split('/').slice(0, -1).join('/') || '.'}` : url;
}

export function summarizeProfile(profile: Profile, top = 25): string[] {
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const id = profile.samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const node = byNode.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idle += us;
      continue;
    }
    total += us;
    const short = url
      .replace(/^.*\/node_modules\//, '')
      .replace(/^file:\/\/.*?\/(subgraphs|gateway|scripts)\//, '$1/');
    const key = `${functionName || '(anonymous)'} ${short}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    const pkg = packageOf(url.replace(/^file:\/\//, ''));
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  const ms = (us: number) => (us / 1000).toFixed(1).padStart(8);
  const pct = (us: number) => `${((100 * us) / Math.max(1, total)).toFixed(1).padStart(5)} %`;
  const lines = [`busy ${ms(total)} ms, idle ${ms(idle)} ms`, '', 'self time by package:'];
  for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`${ms(v)} ms ${pct(v)}  ${k}`);
  lines.push('', 'self time by function:');
  for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`${ms(v)} ms ${pct(v)}  ${k}`);
  return lines;
}

if (require.main === module) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error('usage: cpu-profile-summary <file.cpuprofile> [top]');
    process.exit(2);
  }
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  for (const line of summarizeProfile(profile, top ? Number(top) : 25)) console.log(line);
}
