/*
 * The benchmark generator through the import's own reader and parser (CONTRIBUTING.md): rows are built
 * and parsed by column name, so a new column cannot shift the fields of every row — which once made
 * the benchmark import reject 100 % of its rows without any test failing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeNationalId } from '@union/kit';
import { generateMembersCsv } from '../src/bench/generate-csv';
import { readCsvBatches, type SealedRow } from '../src/import/csv-batches';
import {
  IMPORT_COLUMNS,
  formatHeader,
  formatRecord,
  type ImportRecord,
  type RowError,
} from '../src/import/csv-format';
import { PiiCipher } from '../src/pii/pii-cipher';
import { PII_KEYS } from './harness';

const UNIONS = Array.from({ length: 8 }, (_, i) => ({
  id: `0190a000-0000-7000-8000-${String(i).padStart(12, '0')}`,
  regionCode: ['440106001', '440305002', '441900003', '440104'][i % 4]!,
}));
const pii = new PiiCipher(PII_KEYS.piiKey, PII_KEYS.piiIndexKey);

async function readAll(file: string): Promise<{ rows: SealedRow[]; errors: RowError[] }> {
  const rows: SealedRow[] = [];
  const errors: RowError[] = [];
  for await (const batch of readCsvBatches(file, 500, pii)) {
    rows.push(...batch.rows);
    errors.push(...batch.errors);
  }
  return { rows, errors };
}

describe('import CSV format', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'members-csv-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('round-trips the benchmark generator through the parser: only the deliberately broken rows fail', async () => {
    const file = path.join(dir, 'generated.csv');
    const generated = await generateMembersCsv(file, 4000, UNIONS, 50);
    expect(generated.broken).toBe(2);
    const { rows, errors } = await readAll(file);
    expect(errors).toEqual([
      { line: 2001, field: 'idNumber', reason: expect.any(String) },
      { line: 4001, field: 'idNumber', reason: expect.any(String) },
    ]);
    expect(rows).toHaveLength(generated.rows - generated.broken);
    // Every column the generator wrote arrives in the field of the same name.
    for (const [i, record] of generated.kept.entries()) {
      const row = rows[i]!;
      expect({
        name: row.name,
        idNumber: row.idNumber.normalized,
        phone: row.phone,
        organizationId: row.organizationId,
        hukouType: row.hukouType,
        isMigrantWorker: String(row.isMigrantWorker),
        education: row.education ?? '',
        occupation: row.occupation ?? '',
        skillLevel: row.skillLevel,
        modelWorkerLevel: row.modelWorkerLevel ?? '',
        joinedOn: row.joinedOn,
      }).toEqual(record);
    }
  });

  it('writes fields by column name, quoted where CSV needs it, whatever the order of IMPORT_COLUMNS', async () => {
    const record = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, ''])) as ImportRecord;
    Object.assign(record, {
      name: '陈, "小"明',
      idNumber: makeNationalId({ regionCode: '440106', birthDate: '1990-03-04', sequence: '123' }),
      organizationId: UNIONS[0]!.id,
      hukouType: 'URBAN',
      occupation: '装配工',
      joinedOn: '2020-01-15',
    });
    const file = path.join(dir, 'quoted.csv');
    fs.writeFileSync(file, `${formatHeader()}\n${formatRecord(record)}\n`);
    const { rows, errors } = await readAll(file);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ name: '陈, "小"明', occupation: '装配工', joinedOn: '2020-01-15' });
  });
});
