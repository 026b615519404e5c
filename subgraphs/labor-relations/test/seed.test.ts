import { createTestDatabase, migrateToLatest, testDialects } from '@union/kit';
import { buildLaborSeed, migrations, seedLaborRelations, type Database } from '../src/lib';
import { effectiveContractStatus } from '../src/contract/contract-status';
import { addDays, today } from '../src/shared/dates';
import { DISPUTE_WORKFLOW } from '../src/dispute/dispute-status';
import { upstreamData } from './seed-fixture';

describe('seed build', () => {
  const upstream = upstreamData(120);

  it('is deterministic apart from dates, which follow today', () => {
    const a = buildLaborSeed({ scale: 1, ...upstream, now: new Date('2026-06-01T00:00:00Z') });
    const b = buildLaborSeed({ scale: 1, ...upstream, now: new Date('2026-06-01T00:00:00Z') });
    const c = buildLaborSeed({ scale: 1, ...upstream, now: new Date('2027-02-10T00:00:00Z') });
    expect(JSON.stringify({ ...a, prng: 0, nextId: 0 })).toBe(JSON.stringify({ ...b, prng: 0, nextId: 0 }));
    expect(c.contracts.map((r) => r.id)).toEqual(a.contracts.map((r) => r.id));
    expect(c.disputes.map((r) => [r.id, r.status, r.category])).toEqual(
      a.disputes.map((r) => [r.id, r.status, r.category]),
    );
  });

  it('has contracts in every status (some expiring within 30 days) and disputes in every state with legal timelines', () => {
    const b = buildLaborSeed({ scale: 1, ...upstream });
    const t = today();
    const statuses = new Set(b.contracts.map((c) => effectiveContractStatus(c.status, c.effective_to, t)));
    expect([...statuses].sort()).toEqual([
      'DRAFT',
      'EXPIRED',
      'FILED',
      'NEGOTIATING',
      'SIGNED',
      'TERMINATED',
    ]);
    const soon = b.contracts.filter(
      (c) =>
        ['SIGNED', 'FILED'].includes(c.status) && c.effective_to! >= t && c.effective_to! <= addDays(t, 30),
    );
    expect(soon.length).toBeGreaterThan(0);
    expect(new Set(b.disputes.map((d) => d.status)).size).toBe(6);
    for (const d of b.disputes) {
      const events = b.events.filter((e) => e.dispute_id === d.id);
      expect(events[0]!.kind).toBe('REPORTED');
      for (const e of events.slice(1))
        expect(DISPUTE_WORKFLOW.transitions[e.from_status!]).toContain(e.to_status);
      expect(events[events.length - 1]!.to_status).toBe(d.status);
      expect(d.amount_recovered_cents).toBeLessThanOrEqual(d.amount_claimed_cents);
    }
    expect(new Set(b.disputes.map((d) => d.case_number)).size).toBe(b.disputes.length);
    expect(b.disputes.some((d) => d.legal_aid_request_id !== null)).toBe(true);
    expect(b.disputes.some((d) => d.is_collective === 1)).toBe(true);
    expect(b.congresses.length).toBeGreaterThan(0);
    expect(new Set(b.assessments.map((a) => a.risk_level)).size).toBe(3);
  });
});

describe.each(testDialects())('seed on %s', (dialect) => {
  it('writes once, then reports created:false with the same counts, and keeps the case counters in step', async () => {
    const tdb = await createTestDatabase<Database>(dialect, 'labor_seed');
    try {
      await migrateToLatest(tdb.db, migrations);
      const upstream = upstreamData(150);
      const first = await seedLaborRelations(tdb.db, { scale: 0.1, ...upstream });
      expect(first.created).toBe(true);
      expect(first.counts.contracts).toBeGreaterThan(100);
      expect(first.counts.disputes).toBeGreaterThan(10);
      const again = await seedLaborRelations(tdb.db, { scale: 0.1, ...upstream });
      expect(again).toEqual({ ...first, created: false });
      const counters = await tdb.db.selectFrom('dispute_case_counters').selectAll().execute();
      const total = counters.reduce((n, c) => n + Number(c.last_number), 0);
      expect(total).toBe(first.counts.disputes);
    } finally {
      await tdb.destroy();
    }
  });
});
