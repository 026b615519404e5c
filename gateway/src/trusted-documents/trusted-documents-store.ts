import fs from 'node:fs';
import type { Logger } from '@union/kit';
import { loadTrustedDocuments, type DocumentId } from './trusted-documents';

export interface TrustedDocumentStore {
  /** The documents of the last manifest that loaded. */
  documents(): ReadonlyMap<DocumentId, string>;
  close(): void;
}

export interface WatchOptions {
  path: string;
  pollMs: number;
  logger: Logger;
  /** Under `require` a manifest that cannot be read at start-up stops the gateway from starting. */
  requiredAtStart: boolean;
}

/*
 * The manifest is reloaded when the file changes, the way the supergraph is (docs/architecture.md §8):
 * a front-end release publishes its manifest, and the gateway serves the new ids within a poll, with no
 * restart. A manifest that fails to load (not JSON, an id that is not its document's hash) is logged
 * and the last good one keeps serving, so a bad deploy never takes registered operations away.
 */
export function watchTrustedDocuments({
  path,
  pollMs,
  logger,
  requiredAtStart,
}: WatchOptions): TrustedDocumentStore {
  const log = logger.child({ component: 'trusted-documents' });
  let documents: ReadonlyMap<DocumentId, string> = new Map();
  let signature = signatureOf(path);
  try {
    documents = loadTrustedDocuments(path);
    log.info({ documents: documents.size }, 'trusted documents loaded');
  } catch (error) {
    if (requiredAtStart) throw error;
    log.warn(
      { reason: (error as Error).message },
      'trusted documents not loaded; only free-form documents run',
    );
  }
  const timer = setInterval(() => {
    const next = signatureOf(path);
    if (next === signature) return;
    signature = next;
    if (next === 'missing') {
      log.warn('trusted documents file is missing; keeping the last good manifest');
      return;
    }
    try {
      documents = loadTrustedDocuments(path);
      log.info({ documents: documents.size }, 'trusted documents reloaded');
    } catch (error) {
      log.warn(
        { reason: (error as Error).message },
        'trusted documents not reloaded; keeping the last good manifest',
      );
    }
  }, pollMs);
  timer.unref();
  return {
    documents: () => documents,
    close: () => clearInterval(timer),
  };
}

function signatureOf(file: string): string {
  try {
    const stat = fs.statSync(file);
    return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}
