import type { PiiRekeyTarget, PiiTable } from '@union/kit';
import { loadAppealIndexKeyNext, loadAppealRuntime } from '../config';
import type { AppealPiiKind } from './appeal-pii';

/*
 * Every personal value the labor-relations database holds (docs/architecture.md §4), for
 * `npm run pii:rekey`: the name and phone of appeal callers without a member identity. The phone's
 * blind index finds repeat callers (Appeal.callerAppealCount).
 */
export const APPEAL_PII_TABLES: readonly PiiTable<AppealPiiKind>[] = [
  {
    table: 'worker_appeals',
    key: 'id',
    columns: [
      { enc: 'caller_name_enc' },
      { enc: 'caller_phone_enc', index: { column: 'caller_phone_index', kind: 'phone' } },
    ],
  },
];

/** The labor-relations part of `npm run pii:rekey`, from APPEAL_PII_KEY, APPEAL_PII_KEY_ACCEPTED, …. */
export function appealPiiRekeyTarget(env: NodeJS.ProcessEnv): PiiRekeyTarget<AppealPiiKind> {
  const { cipher } = loadAppealRuntime(env);
  const next = loadAppealIndexKeyNext(env);
  return {
    subgraph: 'labor-relations',
    tables: APPEAL_PII_TABLES,
    cipher,
    nextIndex: next ? cipher.withIndexKey(next) : undefined,
    settings: {
      key: 'APPEAL_PII_KEY',
      accepted: 'APPEAL_PII_KEY_ACCEPTED',
      indexKey: 'APPEAL_PII_INDEX_KEY',
      nextIndexKey: 'APPEAL_PII_INDEX_KEY_NEXT',
    },
  };
}
