/*
 * Preloaded into every process the graph bench starts (`node --require probe.js …`): counts the SQL
 * statements the process sends through mysql2 and answers the parent's IPC `bench:sample` with that
 * count and the process's own CPU time, so figures per request are measured per process, never
 * guessed from the parent. Nothing else of the process is touched.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector';
import { createRequire } from 'node:module';

let statements = 0;

try {
  // The very mysql2 the kit loads (one hoisted copy), so every pool connection is counted. Its
  // package exports hide lib/, so the method owners are found along the exported classes' chains.
  const mysql2 = createRequire(require.resolve('@union/kit'))('mysql2') as Record<string, any>;
  const patched = new Set<object>();
  for (const cls of [mysql2.Connection, mysql2.PoolConnection]) {
    for (const method of ['query', 'execute']) {
      let owner = cls?.prototype;
      while (owner && !Object.prototype.hasOwnProperty.call(owner, method))
        owner = Object.getPrototypeOf(owner);
      if (!owner || patched.has(owner[method])) continue;
      const original = owner[method] as (...args: unknown[]) => unknown;
      const counted = function counted(this: unknown, ...args: unknown[]) {
        statements += 1;
        return original.apply(this, args);
      };
      patched.add(counted);
      owner[method] = counted;
    }
  }
} catch {
  // The gateway has no database: nothing to count.
}

/*
 * `bench:profile` start / stop (bench:gateway-cost --cpu-prof): a V8 CPU profile of the measured loop
 * only, without the start-up, written as a .cpuprofile to the file the parent names.
 */
let session: Session | undefined;

function profile(message: { id?: number; action?: string; file?: string }): void {
  const done = (error?: string): void => {
    process.send?.({ type: 'bench:profile', id: message.id, error });
  };
  if (message.action === 'start') {
    session = new Session();
    session.connect();
    session.post('Profiler.enable', () =>
      session!.post('Profiler.setSamplingInterval', { interval: 200 }, () =>
        session!.post('Profiler.start', (error) => done(error?.message)),
      ),
    );
    return;
  }
  if (!session) {
    done('not profiling');
    return;
  }
  const current = session;
  session = undefined;
  current.post('Profiler.stop', (error, result) => {
    if (!error && message.file) fs.writeFileSync(message.file, JSON.stringify(result.profile));
    current.disconnect();
    done(error?.message);
  });
}

process.on('message', (message: { type?: string; id?: number; action?: string; file?: string }) => {
  if (message?.type === 'bench:profile') {
    profile(message);
    return;
  }
  if (message?.type !== 'bench:sample') return;
  const cpu = process.cpuUsage();
  process.send?.({
    type: 'bench:sample',
    id: message.id,
    statements,
    cpuMicros: cpu.user + cpu.system,
    systemMicros: cpu.system,
  });
});
