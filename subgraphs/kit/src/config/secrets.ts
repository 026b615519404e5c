/* Development defaults: convenient locally, refused in production (docs/architecture.md §2). */
export const DEV_SECRETS = {
  AUTH_SECRET: 'dev-auth-secret-not-for-production-0000',
  SUBGRAPH_SECRET: 'dev-subgraph-secret-not-for-production-00',
} as const;

/** Throws when production would run with a development secret or a weak one. */
export function assertProductionSecret(
  name: string,
  value: string | undefined,
  nodeEnv: string | undefined,
): void {
  if (nodeEnv !== 'production') return;
  const devValues: string[] = Object.values(DEV_SECRETS);
  if (!value || devValues.includes(value) || value.length < 32) {
    throw new Error(`${name} must be set to a strong secret (32+ characters) when NODE_ENV=production`);
  }
}
