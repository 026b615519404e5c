import fs from 'node:fs';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '@union/kit';

export interface SupergraphFileOptions {
  path: string;
  logger: Logger;
  pollIntervalMs: number;
}

/**
 * Serves the composed supergraph from a file and hot-reloads it when `npm run compose` rewrites it.
 *
 * Polling (fs.watchFile) rather than fs.watch: it follows the path, so it survives editors and tools
 * that replace the file by an atomic rename, and it behaves the same on every platform and in
 * containers with bind mounts. A file that cannot be read or does not load is logged and ignored:
 * the gateway keeps serving the last good supergraph.
 */
export function supergraphFromFile(options: SupergraphFileOptions): SupergraphSdlHook {
  const { path, logger } = options;
  return async ({ update }) => {
    const initial = readInitial(path);
    let current = initial;

    const onChange = (now: fs.Stats) => {
      // A missing file stats as all zeros; a half-finished rename must not blank the graph.
      if (now.mtimeMs === 0)
        return logger.warn({ path }, 'supergraph file is gone; still serving the previous schema');
      let next: string;
      try {
        next = fs.readFileSync(path, 'utf8');
      } catch (error) {
        return logger.warn(
          { path, reason: reasonOf(error) },
          'supergraph file unreadable; still serving the previous schema',
        );
      }
      if (next.trim() === '')
        return logger.warn({ path }, 'supergraph file is empty; still serving the previous schema');
      if (next === current) return;
      try {
        update(next);
        current = next;
        logger.info({ path }, 'supergraph reloaded');
      } catch (error) {
        logger.error(
          { path, reason: reasonOf(error) },
          'supergraph reload failed; still serving the previous schema',
        );
      }
    };

    // Not persistent: the watcher alone must never keep the process alive.
    fs.watchFile(path, { interval: options.pollIntervalMs, persistent: false }, onChange);
    return {
      supergraphSdl: initial,
      cleanup: async () => fs.unwatchFile(path, onChange),
    };
  };
}

function readInitial(path: string): string {
  let sdl: string;
  try {
    sdl = fs.readFileSync(path, 'utf8');
  } catch {
    throw new Error(`Cannot read the supergraph at ${path}; run \`npm run compose\` first`);
  }
  if (sdl.trim() === '') throw new Error(`The supergraph at ${path} is empty; run \`npm run compose\``);
  return sdl;
}

/* The first line of the failure only: composition errors can quote large parts of the SDL. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].slice(0, 300);
}
