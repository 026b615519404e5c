import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeNationalId, testDialects } from '@union/kit';
import { importMembers, type ImportProgress } from '../src/import/import-members';
import {
  entitiesOrganizationDirectory,
  type OrganizationDirectory,
} from '../src/organization/organization-directory';
import { PiiCipher } from '../src/pii/pii-cipher';
import { rebuildMemberCounts } from '../src/stats/member-counts.repository';
import { nextIdNumber, PII_KEYS, SECRET, startHarness, type Harness } from './harness';

const HEADER =
  'name,idNumber,phone,organizationId,hukouType,isMigrantWorker,education,occupation,skillLevel,modelWorkerLevel,joinedOn';

async function countMembers(h: Harness): Promise<number> {
  const row = await h.db
    .selectFrom('members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function counters(h: Harness): Promise<string> {
  const rows = await h.db.selectFrom('region_member_counts').selectAll().where('count', '!=', 0).execute();
  return JSON.stringify(
    rows
      .map((r) => [r.region_code, r.dimension, r.value, Number(r.count)])
      .sort((a, b) => String(a).localeCompare(String(b))),
  );
}

describe.each(testDialects())('member import on %s', (dialect) => {
  let h: Harness;
  let dir: string;
  let directory: OrganizationDirectory;
  const pii = new PiiCipher(PII_KEYS.piiKey, PII_KEYS.piiIndexKey);
  beforeAll(async () => {
    h = await startHarness(dialect);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'members-import-'));
    directory = entitiesOrganizationDirectory({ url: h.orgUrl, subgraphSecret: SECRET });
  });
  afterAll(async () => {
    await h.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports the good rows, reports every bad one with line and field, and a re-run adds no duplicate', async () => {
    const good = Array.from({ length: 7 }, () => nextIdNumber());
    const dup = nextIdNumber();
    const lines = [
      HEADER,
      `陈一,${good[0]},13800000001,${h.tree.factory},RURAL,,JUNIOR_SECONDARY,装配工,PRIMARY_WORKER,,2020-03-01`,
      `陈二,${good[1]},,${h.tree.factory},URBAN,false,,,,,`,
      `陈三,440106199001011234,13800000003,${h.tree.factory},RURAL,,,,,,`,
      `陈四,${good[2]},1380000,${h.tree.factory},RURAL,maybe,PHD,,,,2999-01-01`,
      `陈五,${good[3]},13800000005,no-such-union,RURAL,,,,,,`,
      `陈六,${good[4]},13800000006,${h.tree.tianhe},RURAL,,,,,,`,
      `,${good[5]},13800000007,${h.tree.shop},URBAN,,,,,,`,
      `陈八,${dup},13800000008,${h.tree.shop},URBAN,是,BACHELOR,工程师,TECHNICIAN,CITY,2019-07-01`,
      `陈九,${dup},13800000009,${h.tree.shop},URBAN,,,,,,`,
      `陈十'\\\\x,${good[6]},13800000010,${h.tree.shop},RURAL,,,,,,`,
    ];
    const file = path.join(dir, 'city.csv');
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const before = await countMembers(h);
    const seen: ImportProgress[] = [];
    const summary = await importMembers({
      db: h.db,
      pii,
      organizations: directory,
      file,
      batchSize: 3,
      onProgress: (p) => seen.push(p),
    });
    expect(summary).toMatchObject({ rowsRead: 10, created: 4, updated: 0, unchanged: 0, rejected: 6 });
    // Two writers, yet reported in file order: each report covers everything before it.
    const inOrder = (key: 'rowsRead' | 'bytesRead' | 'created') =>
      seen.every((p, i) => i === 0 || p[key] >= seen[i - 1]![key]);
    expect([inOrder('rowsRead'), inOrder('bytesRead'), inOrder('created')]).toEqual([true, true, true]);
    expect(await countMembers(h)).toBe(before + 4);
    const report = fs.readFileSync(path.join(dir, 'city.errors.csv'), 'utf8').trim().split('\n');
    expect(report[0]).toBe('line,field,reason');
    const cells = report.slice(1).map((l) => l.split(',').slice(0, 2).join(':'));
    expect(cells).toEqual(
      expect.arrayContaining([
        '4:idNumber',
        '5:phone',
        '5:isMigrantWorker',
        '5:education',
        '5:joinedOn',
        '6:organizationId',
        '7:organizationId',
        '8:name',
        '10:idNumber',
      ]),
    );
    expect(report.join('\n')).not.toMatch(/\d{17}[\dX]/);
    const quoted = await h.db.selectFrom('members').select('name').where('name', 'like', '陈十%').execute();
    expect(quoted.map((r) => r.name)).toEqual(["陈十'\\\\x"]);
    const kept = await counters(h);
    await rebuildMemberCounts(h.db);
    expect(await counters(h)).toBe(kept);

    const again = await importMembers({ db: h.db, pii, organizations: directory, file, batchSize: 3 });
    expect(again).toMatchObject({ created: 0, unchanged: 4, rejected: 6 });
    expect(await countMembers(h)).toBe(before + 4);

    fs.writeFileSync(file, [HEADER, lines[1]!.replace('装配工', '焊工')].join('\n'));
    const changed = await importMembers({ db: h.db, pii, organizations: directory, file });
    expect(changed).toMatchObject({ created: 0, updated: 1 });
    const history = await h.db
      .selectFrom('member_history')
      .select(['action', 'fields'])
      .where('action', '=', 'IMPORT_UPDATED')
      .execute();
    expect(history).toEqual([{ action: 'IMPORT_UPDATED', fields: '["occupation"]' }]);
  });

  it('refuses a file whose header is not the documented format, writing nothing', async () => {
    const file = path.join(dir, 'bad-header.csv');
    fs.writeFileSync(
      file,
      `name,idNumber,organizationId,hukouType,mobile\n陈一,${nextIdNumber()},${h.tree.factory},RURAL,1\n`,
    );
    const before = await countMembers(h);
    await expect(importMembers({ db: h.db, pii, organizations: directory, file })).rejects.toThrow(
      /unknown column\(s\): mobile/,
    );
    expect(await countMembers(h)).toBe(before);
  });

  it('keeps every batch it reported done when a run is interrupted, and the re-run completes it', async () => {
    const numbers = Array.from({ length: 6 }, (_, i) =>
      makeNationalId({ regionCode: '440305', birthDate: '1990-05-0' + (i + 1), sequence: '231' }),
    );
    const before = await countMembers(h);
    // Fault injection: the organizations subgraph answers for the first batch, then stops.
    const broken: OrganizationDirectory = { find: async () => Promise.reject(new Error('down')) };
    const reported: number[] = [];
    const cache = new Map<string, Promise<unknown>>();
    let answered = 0;
    const oneBatchThenDown: OrganizationDirectory = {
      find: async (id) => {
        answered += 1;
        if (answered > 1) return broken.find(id);
        if (!cache.has(id)) cache.set(id, directory.find(id));
        return (await cache.get(id)) as any;
      },
    };
    const twoOrgs = path.join(dir, 'two-orgs.csv');
    fs.writeFileSync(
      twoOrgs,
      [
        HEADER,
        ...numbers.slice(0, 2).map((n, i) => `林${i},${n},,${h.tree.shop},RURAL,,,,,,`),
        ...numbers.slice(2).map((n, i) => `林${i + 2},${n},,${h.tree.factory},RURAL,,,,,,`),
      ].join('\n'),
    );
    await expect(
      importMembers({
        db: h.db,
        pii,
        organizations: oneBatchThenDown,
        file: twoOrgs,
        batchSize: 2,
        onProgress: (p) => reported.push(p.created),
        retry: { forMs: 0 },
      }),
    ).rejects.toThrow(/organizations subgraph did not answer/);
    expect(reported).toEqual([2]);
    expect(await countMembers(h)).toBe(before + 2);
    const rerun = await importMembers({
      db: h.db,
      pii,
      organizations: directory,
      file: twoOrgs,
      batchSize: 2,
    });
    expect(rerun).toMatchObject({ created: 4, unchanged: 2, rejected: 0 });
    expect(await countMembers(h)).toBe(before + 6);
  });
});
