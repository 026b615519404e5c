import { envPrefix } from '@union/kit';
import { SUBGRAPHS } from '../subgraph-registry';
import { freePort, startService, type ServiceProcess } from './service-processes';

export interface RunningSubgraphs {
  /** The environment that points a gateway at them. */
  env: NodeJS.ProcessEnv;
  processes: ServiceProcess[];
  stop(): Promise<void>;
}

/** The four subgraphs, one process each from dist/, as production runs them. */
export async function startSubgraphs(baseEnv: NodeJS.ProcessEnv): Promise<RunningSubgraphs> {
  const env: NodeJS.ProcessEnv = { ...baseEnv };
  for (const entry of SUBGRAPHS) {
    const port = await freePort();
    env[`${envPrefix(entry.name)}_PORT`] = String(port);
    env[`${envPrefix(entry.name)}_URL`] = `http://127.0.0.1:${port}/graphql`;
  }
  const processes: ServiceProcess[] = [];
  const stop = async () => {
    for (const s of processes) await s.stop();
  };
  try {
    for (const entry of SUBGRAPHS)
      processes.push(
        await startService(entry.name, `subgraphs/${entry.name}/dist/index.js`, env, /subgraph ready/),
      );
  } catch (error) {
    await stop();
    throw error;
  }
  return { env, processes, stop };
}

/** The gateway process (gateway/dist/start.js) in front of running subgraphs. */
export async function startGateway(
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; process: ServiceProcess }> {
  const port = await freePort();
  const gateway = await startService(
    'gateway',
    'gateway/dist/start.js',
    { ...env, GATEWAY_PORT: String(port) },
    /Gateway ready/,
  );
  return { url: `http://127.0.0.1:${port}/graphql`, process: gateway };
}
