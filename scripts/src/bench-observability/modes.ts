/**
 * The configurations compared, as the environment of the gateway process. Every variable is set in
 * every mode, so nothing leaks in from the environment the benchmark itself was started with.
 */
export interface Mode {
  name: string;
  label: string;
  env: (otlpEndpoint: string) => Record<string, string>;
}

const NO_ENDPOINT = { OTEL_EXPORTER_OTLP_ENDPOINT: '' };

export const MODES: readonly Mode[] = [
  {
    name: 'off',
    label: 'metrics off, tracing off',
    env: () => ({ METRICS: 'off', OTEL_SDK_DISABLED: 'true', ...NO_ENDPOINT }),
  },
  {
    // A second gateway configured exactly like the first: how far apart two identical modes measure.
    name: 'off-again',
    label: 'off again (A/A control: the noise floor)',
    env: () => ({ METRICS: 'off', OTEL_SDK_DISABLED: 'true', ...NO_ENDPOINT }),
  },
  {
    name: 'metrics',
    label: 'metrics on',
    env: () => ({ METRICS: 'on', OTEL_SDK_DISABLED: 'true', ...NO_ENDPOINT }),
  },
  {
    name: 'tracing',
    label: 'tracing on, no exporter',
    env: () => ({ METRICS: 'off', OTEL_SDK_DISABLED: 'false', ...NO_ENDPOINT }),
  },
  {
    name: 'both',
    label: 'metrics + tracing, no exporter (the default)',
    env: () => ({ METRICS: 'on', OTEL_SDK_DISABLED: 'false', ...NO_ENDPOINT }),
  },
  {
    name: 'export',
    label: 'metrics + tracing, OTLP export (every span)',
    env: (endpoint) => ({ METRICS: 'on', OTEL_SDK_DISABLED: 'false', OTEL_EXPORTER_OTLP_ENDPOINT: endpoint }),
  },
];
