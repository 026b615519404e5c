import { createHash } from 'node:crypto';
import { testDialects } from '@union/kit';
import { buildLaborSeed, seededFollowUpCode, seedLaborRelations, type LaborSeedSummary } from '../src/lib';
import { verifyFollowUpCode } from '../src/appeal/follow-up-code';
import { ok, startHarness, type Harness } from './harness';
import { upstreamData } from './seed-fixture';

/*
 * The demo seed's web appeals carry follow-up codes like real ones: derived from the appeal id by a
 * rule of their own (seededFollowUpCode, no draw from the seed's PRNG), stored only as a scrypt
 * hash, reported by the seed summary (`npm run seed` prints them). One pair is pinned here: the
 * same upstream data and day give the same number and code on every run and both databases.
 */
const NOW = new Date('2026-06-01T08:00:00Z');
const PINNED = { number: '4401-SQ-2026-000007', code: '77X8MDR9NUYE' };
const STATUS = `query($n: String!, $c: String!) { appealStatus(number: $n, code: $c) {
  number status channel kind submittedOn timeline { kind toStatus } } }`;

describe('seeded follow-up codes (build)', () => {
  it('are a pure function of the appeal id, and draw nothing from the seed stream', () => {
    const a = buildLaborSeed({ scale: 1, ...upstreamData(200), now: NOW });
    const web = a.appeals.appeals.filter((r) => r.channel === 'WEB');
    expect(web.length).toBeGreaterThan(0);
    expect(a.appeals.followUps.map((f) => f.appealId)).toEqual(web.map((r) => r.id));
    for (const f of a.appeals.followUps) {
      expect(f.code).toMatch(/^[2-9A-HJKMNP-Z]{12}$/);
      expect(f.code).toBe(seededFollowUpCode(f.appealId));
    }
    expect(new Set(a.appeals.followUps.map((f) => f.code)).size).toBe(web.length);
    // Nothing in plaintext on the rows the seed writes; the hash is added at write time.
    expect(a.appeals.appeals.every((r) => r.follow_up_hash === null)).toBe(true);
    // Nothing else shifted: every other seeded appeal value (rows but the new hardship_case_id
    // column, callers, timelines, counters, numbers) is what the seed built before codes existed
    // (fingerprint taken on the commit before this change).
    const { appeals, callers, events, counters, numberCounters } = a.appeals;
    const before = JSON.stringify({
      appeals: appeals.map(({ hardship_case_id: _, ...row }) => row),
      callers,
      events,
      counters,
      numberCounters,
    });
    expect(createHash('sha256').update(before).digest('hex')).toBe(
      '3bb90ea2e3d7dcee2f117a1b9a94bbcf237ce88abf374274780c76657cda5172',
    );
    expect(seededFollowUpCode('018dfc75-e011-7e12-b1f8-8f13b4241a10')).toBe(PINNED.code);
  });
});

describe.each(testDialects())('seeded follow-up codes on %s', (dialect) => {
  let h: Harness;
  let summary: LaborSeedSummary;
  beforeAll(async () => {
    h = await startHarness(dialect);
    summary = await seedLaborRelations(h.db, { scale: 0.1, ...upstreamData(200), now: NOW });
  });
  afterAll(() => h.close());

  it('the summary reports demo number/code pairs, and a pinned pair follows its appeal through appealStatus', async () => {
    expect(summary.demoFollowUps).toHaveLength(3);
    expect(summary.demoFollowUps[0]).toEqual(PINNED);
    const status = ok(await h.gql(null, STATUS, { n: PINNED.number, c: PINNED.code })).appealStatus;
    expect(status).toMatchObject({ number: PINNED.number, channel: 'WEB', status: 'DISPATCHED' });
    expect(status.timeline.map((e: any) => e.toStatus)).toEqual(['RECEIVED', 'ACCEPTED', 'DISPATCHED']);
    // Read out over the phone: case and separators do not matter; a wrong code answers like a wrong number.
    const spoken =
      `${PINNED.code.slice(0, 4)}-${PINNED.code.slice(4, 8)} ${PINNED.code.slice(8)}`.toLowerCase();
    expect(ok(await h.gql(null, STATUS, { n: PINNED.number, c: spoken })).appealStatus.number).toBe(
      PINNED.number,
    );
    const other = summary.demoFollowUps[1]!;
    expect(ok(await h.gql(null, STATUS, { n: PINNED.number, c: other.code })).appealStatus).toBeNull();
    for (const f of summary.demoFollowUps.slice(1))
      expect(ok(await h.gql(null, STATUS, { n: f.number, c: f.code })).appealStatus.number).toBe(f.number);
  });

  it('every seeded web appeal stores its code only as a scrypt hash, never in plain text', async () => {
    const rows = await h.db.selectFrom('worker_appeals').selectAll().where('channel', '=', 'WEB').execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const code = seededFollowUpCode(row.id);
      expect(row.follow_up_hash).toMatch(/^scrypt\$/);
      expect(JSON.stringify(row)).not.toContain(code);
      expect(await verifyFollowUpCode(code, row.follow_up_hash)).toBe(true);
    }
    const events = await h.db.selectFrom('appeal_events').selectAll().execute();
    expect(JSON.stringify(events)).not.toContain(PINNED.code);
    // Appeals from other channels carry none.
    const others = await h.db
      .selectFrom('worker_appeals')
      .select('follow_up_hash')
      .where('channel', '!=', 'WEB')
      .execute();
    expect(others.every((r) => r.follow_up_hash === null)).toBe(true);
  });

  it('reports the same pairs when the data already exists', async () => {
    const again = await seedLaborRelations(h.db, { scale: 0.1, ...upstreamData(200), now: NOW });
    expect(again.created).toBe(false);
    expect(again.demoFollowUps).toEqual(summary.demoFollowUps);
  });
});
