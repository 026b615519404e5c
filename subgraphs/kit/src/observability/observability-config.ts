import { z } from 'zod';
import type { MetricsEndpointSettings } from './metrics-endpoint';
import type { TracingSettings } from './tracing';

export interface ObservabilityConfig {
  /** METRICS=off: nothing is counted and /metrics is not served (default on). */
  metricsEnabled: boolean;
  metrics: Omit<MetricsEndpointSettings, 'host'>;
  tracing: TracingSettings;
}

const port = z.coerce.number().int().min(0).max(65535);

/**
 * METRICS, METRICS_PORT (a subgraph also reads <SUBGRAPH>_METRICS_PORT first, for `npm start`,
 * which runs every service in one process), OTEL_EXPORTER_OTLP_ENDPOINT and OTEL_SDK_DISABLED,
 * from the environment a config.ts has already read (this module never touches process.env).
 */
export function observabilityConfigFrom(
  env: Record<string, string | undefined>,
  production: boolean,
  prefix?: string,
): ObservabilityConfig {
  const metricsPort = (prefix ? env[`${prefix}_METRICS_PORT`] : undefined) ?? env.METRICS_PORT;
  const parsed = metricsPort === undefined ? undefined : port.safeParse(metricsPort);
  if (parsed && !parsed.success)
    throw new Error(`Invalid configuration: ${prefix ? `${prefix}_` : ''}METRICS_PORT`);
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (endpoint !== undefined && !/^https?:\/\//.test(endpoint))
    throw new Error('Invalid configuration: OTEL_EXPORTER_OTLP_ENDPOINT');
  return {
    metricsEnabled: env.METRICS !== 'off',
    metrics: { ...(parsed ? { port: parsed.data } : {}), onMainPort: !production },
    tracing: { enabled: env.OTEL_SDK_DISABLED !== 'true', ...(endpoint ? { otlpEndpoint: endpoint } : {}) },
  };
}

/** What a config built without observabilityConfigFrom gets (tests that build a config by hand). */
export function defaultObservabilityConfig(production: boolean): ObservabilityConfig {
  return observabilityConfigFrom({}, production);
}
