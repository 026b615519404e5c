import { testDialects } from '@union/kit';
import { DISPUTE_WORKFLOW, type DisputeStatus } from '../src/dispute/dispute-status';
import { today } from '../src/shared/dates';
import { buildWorld, MOVE, PROVINCE_ADMIN, reportDispute, SHENZHEN_ADMIN, type World } from './fixture';
import { as, expectError, ok, startHarness, type Harness } from './harness';

const ALL_STATES: DisputeStatus[] = [
  'REPORTED',
  'MEDIATING',
  'MEDIATED',
  'ARBITRATION',
  'LITIGATION',
  'CLOSED',
];
/** A legal path from REPORTED to each state, so every state can be reached and probed. */
const PATH_TO: Record<DisputeStatus, DisputeStatus[]> = {
  REPORTED: [],
  MEDIATING: ['MEDIATING'],
  MEDIATED: ['MEDIATING', 'MEDIATED'],
  ARBITRATION: ['MEDIATING', 'ARBITRATION'],
  LITIGATION: ['ARBITRATION', 'LITIGATION'],
  CLOSED: ['CLOSED'],
};

describe.each(testDialects())('labor disputes on %s', (dialect) => {
  let h: Harness;
  let w: World;
  beforeAll(async () => {
    h = await startHarness(dialect);
    w = buildWorld(h);
  });
  afterAll(() => h.close());

  const move = (id: string, to: DisputeStatus, extra: Record<string, unknown> = {}) =>
    h.gql(PROVINCE_ADMIN, MOVE, { input: { id, to, ...extra } });

  it('reports a collective dispute with claimants, a readable case number and a first timeline entry', async () => {
    const d = await reportDispute(h, {
      organizationId: w.factory,
      claimantMemberIds: w.factoryMembers.slice(0, 3),
      headcount: 14,
      amountClaimedCents: 42_000_000,
    });
    expect(d.caseNumber).toMatch(new RegExp(`^4401-${today().slice(0, 4)}-\\d{6}$`));
    expect(d).toMatchObject({
      status: 'REPORTED',
      headcount: 14,
      isCollective: true,
      amountRecoveredCents: 0,
      allowedTransitions: DISPUTE_WORKFLOW.transitions.REPORTED,
      timeline: [{ kind: 'REPORTED', fromStatus: null, toStatus: 'REPORTED', actorRole: 'FEDERATION_ADMIN' }],
    });
    expect(d.claimants.map((c: any) => c.id).sort()).toEqual(w.factoryMembers.slice(0, 3).sort());
  });

  it('walks REPORTED → MEDIATING → ARBITRATION → LITIGATION → CLOSED with a timeline of every move', async () => {
    const d = await reportDispute(h, { organizationId: w.factory, claimantMemberIds: [w.factoryMembers[0]] });
    let version = d.version;
    for (const [to, note] of [
      ['MEDIATING', '调委会受理'],
      ['ARBITRATION', '调解不成'],
      ['LITIGATION', '不服裁决'],
      ['CLOSED', '判决执行完毕'],
    ] as const) {
      const moved = ok(
        await move(d.id, to, {
          note,
          expectedVersion: version,
          amountRecoveredCents: to === 'CLOSED' ? 500_000 : null,
        }),
      );
      version = moved.moveLaborDispute.dispute.version;
    }
    const note = ok(
      await h.gql(
        PROVINCE_ADMIN,
        `mutation($input: AddLaborDisputeNoteInput!) { addLaborDisputeNote(input: $input) { dispute { status timeline { kind fromStatus toStatus note } amountRecoveredCents } } }`,
        {
          input: { id: d.id, note: '回访职工，款项已到账' },
        },
      ),
    ).addLaborDisputeNote.dispute;
    expect(note.status).toBe('CLOSED');
    expect(note.amountRecoveredCents).toBe(500_000);
    expect(note.timeline).toEqual([
      { kind: 'REPORTED', fromStatus: null, toStatus: 'REPORTED', note: null },
      { kind: 'TRANSITION', fromStatus: 'REPORTED', toStatus: 'MEDIATING', note: '调委会受理' },
      { kind: 'TRANSITION', fromStatus: 'MEDIATING', toStatus: 'ARBITRATION', note: '调解不成' },
      { kind: 'TRANSITION', fromStatus: 'ARBITRATION', toStatus: 'LITIGATION', note: '不服裁决' },
      { kind: 'TRANSITION', fromStatus: 'LITIGATION', toStatus: 'CLOSED', note: '判决执行完毕' },
      { kind: 'NOTE', fromStatus: null, toStatus: null, note: '回访职工，款项已到账' },
    ]);
  });

  it.each(ALL_STATES)('from %s allows exactly the moves of the table', async (from) => {
    for (const to of ALL_STATES) {
      const d = await reportDispute(h, { organizationId: w.shop });
      for (const step of PATH_TO[from]) ok(await move(d.id, step));
      const result = await move(d.id, to);
      if (DISPUTE_WORKFLOW.transitions[from].includes(to)) {
        expect(ok(result).moveLaborDispute.dispute.status).toBe(to);
      } else {
        const error = expectError(result, 'INVALID_STATE_TRANSITION');
        expect(error.extensions).toMatchObject({ currentState: from, requestedState: to });
        expect(error.message).toContain(from);
        expect(error.message).toContain(to);
        const row = await h.db
          .selectFrom('labor_disputes')
          .select(['status', 'version'])
          .where('id', '=', d.id)
          .executeTakeFirstOrThrow();
        expect(row.status).toBe(from);
        const events = await h.db
          .selectFrom('dispute_events')
          .select('id')
          .where('dispute_id', '=', d.id)
          .execute();
        expect(events).toHaveLength(1 + PATH_TO[from].length);
      }
    }
  });

  it('numbers cases uniquely per city and year under concurrent reports', async () => {
    const reports = await Promise.all(
      Array.from({ length: 16 }, (_, i) => reportDispute(h, { organizationId: i % 2 ? w.factory : w.shop })),
    );
    const numbers = reports.map((r) => r.caseNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    const year = today().slice(0, 4);
    for (const city of ['4401', '4403']) {
      const seq = numbers
        .filter((n) => n.startsWith(`${city}-${year}-`))
        .map((n) => Number(n.slice(-6)))
        .sort((a, b) => a - b);
      expect(seq).toHaveLength(8);
      // Consecutive: every report took the next number of its own city, none skipped or reused.
      expect(seq[seq.length - 1]! - seq[0]! + 1).toBe(8);
    }
  });

  it('finds a dispute by case number, inside scope only', async () => {
    const d = await reportDispute(h, { organizationId: w.factory });
    const q = `query($n: String!) { laborDisputeByCaseNumber(caseNumber: $n) { id } }`;
    expect(ok(await h.gql(PROVINCE_ADMIN, q, { n: d.caseNumber })).laborDisputeByCaseNumber.id).toBe(d.id);
    const outside = await h.gql(SHENZHEN_ADMIN, q, { n: d.caseNumber });
    expect(outside.data?.laborDisputeByCaseNumber).toBeNull();
    expectError(outside, 'FORBIDDEN');
  });

  it('answers bad input with the field and writes nothing', async () => {
    const count = async () =>
      Number(
        (
          await h.db
            .selectFrom('labor_disputes')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const report = `mutation($input: ReportLaborDisputeInput!) { reportLaborDispute(input: $input) { dispute { id } } }`;
    const base = {
      organizationId: w.factory,
      category: 'DISMISSAL',
      summary: '违法解除',
      claimantMemberIds: [w.factoryMembers[0]],
      headcount: 1,
      amountClaimedCents: 100,
      riskLevel: 'LOW',
    };
    expectError(
      await h.gql(PROVINCE_ADMIN, report, { input: { ...base, claimantMemberIds: [w.shopMembers[0]] } }),
      'BAD_USER_INPUT',
      'input.claimantMemberIds.0',
    );
    expectError(
      await h.gql(PROVINCE_ADMIN, report, { input: { ...base, headcount: 0 } }),
      'BAD_USER_INPUT',
      'input.headcount',
    );
    expectError(
      await h.gql(PROVINCE_ADMIN, report, {
        input: { ...base, claimantMemberIds: w.factoryMembers.slice(0, 3), headcount: 2 },
      }),
      'BAD_USER_INPUT',
      'input.headcount',
    );
    expectError(
      await h.gql(PROVINCE_ADMIN, report, { input: { ...base, amountClaimedCents: -1 } }),
      'BAD_USER_INPUT',
      'input.amountClaimedCents',
    );
    expectError(
      await h.gql(PROVINCE_ADMIN, report, { input: { ...base, reportedOn: '2999-01-01' } }),
      'BAD_USER_INPUT',
      'input.reportedOn',
    );
    expectError(await h.gql(as('AUDITOR', { region: '44' }), report, { input: base }), 'FORBIDDEN');
    expectError(
      await h.gql(as('MEMBER', { member: w.factoryMembers[0], org: w.factory }), report, { input: base }),
      'FORBIDDEN',
    );
    expect(await count()).toBe(before);
    const d = await reportDispute(h, { organizationId: w.factory, amountClaimedCents: 1000 });
    expectError(
      await move(d.id, 'MEDIATING', { amountRecoveredCents: 2000 }),
      'BAD_USER_INPUT',
      'input.amountRecoveredCents',
    );
    expectError(await move(d.id, 'MEDIATING', { expectedVersion: 7 }), 'CONFLICT', 'input.expectedVersion');
    const row = await h.db
      .selectFrom('labor_disputes')
      .select(['status', 'version'])
      .where('id', '=', d.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'REPORTED', version: 1 });
  });
});
