import type { PiiRekeyTarget, PiiTable } from '@union/kit';
import { loadPiiIndexKeyNext, loadPiiKeys } from '../config';
import { PiiCipher, type PiiKind } from './pii-cipher';

/*
 * Every personal value the members database holds (docs/architecture.md §4), for `npm run pii:rekey`:
 * members' ID numbers and phones, applicants' ID numbers and phones. An application's pending_key
 * ('<id index>:<org id>', one pending application per person and organization) embeds the ID index,
 * so a reindex moves it with the index, in the same UPDATE.
 */
export const MEMBERS_PII_TABLES: readonly PiiTable<PiiKind>[] = [
  {
    table: 'members',
    key: 'id',
    columns: [
      { enc: 'id_number_enc', index: { column: 'id_number_index', kind: 'id' } },
      { enc: 'phone_enc', index: { column: 'phone_index', kind: 'phone' } },
    ],
  },
  {
    table: 'membership_applications',
    key: 'id',
    columns: [
      { enc: 'id_number_enc', index: { column: 'id_number_index', kind: 'id' } },
      { enc: 'phone_enc' },
    ],
    derived: {
      reads: ['pending_key'],
      changes(row, before, after) {
        const from = before.id_number_index;
        const to = after.id_number_index;
        const pending = row.pending_key;
        if (!from || !to || typeof pending !== 'string' || !pending.startsWith(`${from}:`)) return {};
        return { pending_key: `${to}${pending.slice(from.length)}` };
      },
    },
  },
];

/** The members subgraph's part of `npm run pii:rekey`, from its settings (PII_KEY, PII_KEY_ACCEPTED, …). */
export function membersPiiRekeyTarget(env: NodeJS.ProcessEnv): PiiRekeyTarget<PiiKind> {
  const keys = loadPiiKeys(env);
  const next = loadPiiIndexKeyNext(env);
  return {
    subgraph: 'members',
    tables: MEMBERS_PII_TABLES,
    cipher: new PiiCipher(keys.piiKey, keys.piiIndexKey, keys.piiKeysAccepted),
    nextIndex: next ? new PiiCipher(keys.piiKey, next) : undefined,
    settings: {
      key: 'PII_KEY',
      accepted: 'PII_KEY_ACCEPTED',
      indexKey: 'PII_INDEX_KEY',
      nextIndexKey: 'PII_INDEX_KEY_NEXT',
    },
  };
}
