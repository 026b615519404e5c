import path from 'node:path';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH } from './trusted-documents';

/**
 * TRUSTED_DOCUMENTS (docs/frontend.md):
 * - `off`: the gateway neither reads the manifest nor understands `documentId`;
 * - `allow` (the default): registered documents run by id, free-form documents run as before;
 * - `require` (recommended for the gateway the front ends use in production): only registered
 *   documents run, except for callers whose token carries the `ops:adhoc` permission.
 */
export const TRUSTED_DOCUMENTS_MODES = ['off', 'allow', 'require'] as const;
export type TrustedDocumentsMode = (typeof TRUSTED_DOCUMENTS_MODES)[number];

/** The permission that keeps free-form documents open to a caller under `require`. */
export const ADHOC_PERMISSION = 'ops:adhoc';

export interface TrustedDocumentsConfig {
  mode: TrustedDocumentsMode;
  /** The manifest (sha256 id → document), `schema/operations/manifest.json` unless set. */
  manifestPath: string;
  /** How often the manifest file is checked for changes (like SUPERGRAPH_POLL_MS). */
  pollMs: number;
}

/** TRUSTED_DOCUMENTS, TRUSTED_DOCUMENTS_PATH, TRUSTED_DOCUMENTS_POLL_MS; names a bad one, never its value. */
export function trustedDocumentsConfigFrom(env: Record<string, string | undefined>): TrustedDocumentsConfig {
  const mode = env.TRUSTED_DOCUMENTS ?? 'allow';
  if (!(TRUSTED_DOCUMENTS_MODES as readonly string[]).includes(mode))
    throw new Error('Invalid gateway configuration: TRUSTED_DOCUMENTS');
  const pollMs = Number(env.TRUSTED_DOCUMENTS_POLL_MS ?? 1000);
  if (!Number.isInteger(pollMs) || pollMs <= 0)
    throw new Error('Invalid gateway configuration: TRUSTED_DOCUMENTS_POLL_MS');
  const file = env.TRUSTED_DOCUMENTS_PATH?.trim();
  return {
    mode: mode as TrustedDocumentsMode,
    manifestPath: file ? path.resolve(file) : DEFAULT_TRUSTED_DOCUMENTS_PATH,
    pollMs,
  };
}

/** What a config built by hand (tests) gets. */
export function defaultTrustedDocumentsConfig(): TrustedDocumentsConfig {
  return trustedDocumentsConfigFrom({});
}
