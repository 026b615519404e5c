/*
 * Every column of the import file either changes a known entry on a re-import (with history
 * IMPORT_UPDATED naming it) or is kept on purpose, with the reason here. A column added to
 * IMPORT_COLUMNS without an entry in REIMPORT fails `npm run typecheck`; one added to the entry as
 * updatable but missing from `UPDATABLE` in import-batch.ts fails this test: nothing else notices
 * that a re-import silently ignores it (CONTRIBUTING.md, "Adding a field end to end", step 9).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testDialects } from '@union/kit';
import type { MemberRow } from '../src/member/member.table';
import { formatHeader, formatRecord, type ImportColumn, type ImportRecord } from '../src/import/csv-format';
import { importMembers } from '../src/import/import-members';
import { entitiesOrganizationDirectory } from '../src/organization/organization-directory';
import { PiiCipher } from '../src/pii/pii-cipher';
import { nextIdNumber, PII_KEYS, SECRET, startHarness, type Harness } from './harness';

type Reimport =
  /** A re-import with `second` updates the entry: `column` then holds `stored`. */
  | { first: string; second: string; column: keyof MemberRow; stored: unknown }
  /** Not changed by a re-import, for this reason. */
  | { first: string; kept: string };

const REIMPORT: Record<Exclude<ImportColumn, 'organizationId'>, Reimport> = {
  name: { first: '郑一', second: '郑二', column: 'name', stored: '郑二' },
  idNumber: { first: '', kept: 'it is the key: another number is another person' },
  phone: { first: '13800000101', second: '13800000202', column: 'phone_masked', stored: '138****0202' },
  hukouType: { first: 'URBAN', second: 'RURAL', column: 'hukou_type', stored: 'RURAL' },
  isMigrantWorker: { first: 'false', second: 'true', column: 'is_migrant_worker', stored: 1 },
  education: { first: 'PRIMARY', second: 'BACHELOR', column: 'education', stored: 'BACHELOR' },
  occupation: { first: '焊工', second: '电工', column: 'occupation', stored: '电工' },
  skillLevel: { first: 'NONE', second: 'TECHNICIAN', column: 'skill_level', stored: 'TECHNICIAN' },
  modelWorkerLevel: { first: '', second: 'CITY', column: 'model_worker_level', stored: 'CITY' },
  joinedOn: { first: '2020-01-15', kept: 'the date of joining changes only through a rejoin or transfer' },
};
// organizationId: another organization is refused (a membership transfer moves a member), see import.test.ts.

describe.each(testDialects())('import re-run on %s', (dialect) => {
  let h: Harness;
  let dir: string;
  const pii = new PiiCipher(PII_KEYS.piiKey, PII_KEYS.piiIndexKey);
  beforeAll(async () => {
    h = await startHarness(dialect);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'members-reimport-'));
  });
  afterAll(async () => {
    await h.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('updates every updatable column of a known entry, naming it in the history', async () => {
    const organizations = entitiesOrganizationDirectory({ url: h.orgUrl, subgraphSecret: SECRET });
    const file = path.join(dir, 'reimport.csv');
    const idNumber = nextIdNumber();
    const record = Object.fromEntries(
      Object.entries(REIMPORT).map(([column, r]) => [column, r.first]),
    ) as Omit<ImportRecord, 'organizationId'>;
    const current: ImportRecord = { ...record, idNumber, organizationId: h.tree.factory };
    const run = async () => {
      fs.writeFileSync(file, `${formatHeader()}\n${formatRecord(current)}\n`);
      return importMembers({ db: h.db, pii, organizations, file });
    };
    expect(await run()).toMatchObject({ created: 1, rejected: 0 });
    const entry = () =>
      h.db.selectFrom('members').selectAll().where('id_number_index', '=', pii.blindIndex('id', idNumber));
    for (const [field, r] of Object.entries(REIMPORT) as [ImportColumn, Reimport][]) {
      if (!('second' in r)) continue;
      current[field] = r.second;
      const summary = await run();
      const row = await entry().executeTakeFirstOrThrow();
      const history = await h.db
        .selectFrom('member_history')
        .select(['action', 'fields'])
        .where('member_id', '=', row.id)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect({ field, updated: summary.updated, stored: row[r.column], history }).toEqual({
        field,
        updated: 1,
        stored: r.stored,
        history: { action: 'IMPORT_UPDATED', fields: JSON.stringify([field]) },
      });
    }
    expect(await run()).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });
});
