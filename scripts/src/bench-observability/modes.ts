/** The configurations compared, as the environment every process of the graph is started with. */
export interface Mode {
  name: string;
  label: string;
  env: (otlpEndpoint: string) => Record<string, string>;
}

export const MODES: readonly Mode[] = [
  {
    name: 'off',
    label: 'metrics off, tracing off',
    env: () => ({ METRICS: 'off', OTEL_SDK_DISABLED: 'true' }),
  },
  { name: 'metrics', label: 'metrics on', env: () => ({ METRICS: 'on', OTEL_SDK_DISABLED: 'true' }) },
  {
    name: 'tracing',
    label: 'tracing on, no exporter',
    env: () => ({ METRICS: 'off' }),
  },
  { name: 'both', label: 'metrics + tracing, no exporter (the default)', env: () => ({}) },
  {
    name: 'export',
    label: 'metrics + tracing, OTLP export',
    env: (endpoint) => ({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint }),
  },
];
