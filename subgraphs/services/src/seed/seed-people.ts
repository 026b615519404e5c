import { ageOn, type Prng, type SeedIds, toDbTimestamp } from '@union/kit';
import type { AssistanceGrantRow, GrantKind } from '../hardship/grant.table';
import { encodeReasons, HARDSHIP_REASONS, type HardshipCaseRow } from '../hardship/hardship.table';
import { checkInKey, requestKey, type ParticipationRow } from '../participation/participation.table';
import { failedRule } from '../program/eligibility';
import { toProgram, type ServiceProgram, type ServiceProgramRow } from '../program/program.table';
import type { RequestStatus, ServiceRequestRow } from '../request/request.table';

/** The members seed's hand-over (same shape as @union/members' SeededMember). */
export interface SeedMember {
  id: string;
  orgId: string;
  regionCode: string;
  isMigrantWorker: boolean;
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
}

export interface PeopleRows {
  requests: ServiceRequestRow[];
  participations: ParticipationRow[];
  cases: HardshipCaseRow[];
  grants: AssistanceGrantRow[];
}

const STATUSES: RequestStatus[] = [
  'SUBMITTED',
  'ACCEPTED',
  'IN_PROGRESS',
  'COMPLETED',
  'REJECTED',
  'CANCELLED',
];
const STATUS_WEIGHTS = [20, 15, 15, 35, 8, 7];
const GRANT_KINDS: GrantKind[] = ['CASH', 'GOODS', 'MEDICAL', 'EDUCATION', 'EMPLOYMENT'];

const pad = (n: number) => String(n).padStart(2, '0');
function dayOf(year: number, dayIndex: number): string {
  const d = new Date(Date.UTC(year, 0, 1 + dayIndex));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/*
 * Hardship cases (≈4% of members, with 1–3 grants each, paid this year), requests (≈35% of members,
 * to a program of their union they are eligible for, the first six forced through every state),
 * completed requests as participations, and check-ins (≈50% of members, 1–3 activities).
 */
export function buildPeople(
  members: readonly SeedMember[],
  programTables: readonly ServiceProgramRow[],
  prng: Prng,
  ids: SeedIds,
  today: Date,
): PeopleRows {
  const rows: PeopleRows = { requests: [], participations: [], cases: [], grants: [] };
  const programs = programTables.map(toProgram);
  const byOrg = new Map<string, { table: ServiceProgramRow; program: ServiceProgram }[]>();
  programTables.forEach((table, i) => {
    const list = byOrg.get(table.org_id) ?? [];
    list.push({ table, program: programs[i]! });
    byOrg.set(table.org_id, list);
  });
  const year = today.getUTCFullYear();
  const yearDays = Math.max(1, Math.floor((today.getTime() - Date.UTC(year, 0, 1)) / 86_400_000));
  const at = () => toDbTimestamp(new Date(ids.lastMs()));

  for (const member of members) {
    const age = ageOn(member.birthDate, today);
    let hasOpenCase = false;
    if (prng.chance(0.04)) {
      const roll = prng.next();
      const status = roll < 0.7 ? 'OPEN' : roll < 0.9 ? 'RELIEVED' : 'CLOSED';
      hasOpenCase = status === 'OPEN';
      const id = ids.next();
      const reasons = HARDSHIP_REASONS.filter(() => prng.chance(0.3));
      rows.cases.push({
        id,
        member_id: member.id,
        org_id: member.orgId,
        region_code: member.regionCode,
        level: prng.chance(0.3) ? 'DEEP' : 'GENERAL',
        reasons: encodeReasons(reasons.length ? reasons : ['OTHER']),
        household_size: prng.int(1, 6),
        income_per_head_cents: prng.int(30_000, 150_000),
        status,
        open_marker: status === 'OPEN' ? 1 : null,
        opened_on: dayOf(year - 1, prng.int(0, 300)),
        relieved_on: status === 'RELIEVED' ? dayOf(year, prng.int(0, yearDays - 1)) : null,
        closed_on: status === 'CLOSED' ? dayOf(year, prng.int(0, yearDays - 1)) : null,
        close_reason: status === 'CLOSED' ? '调离本单位' : null,
        note: null,
        version: 1,
        created_at: at(),
        updated_at: at(),
      });
      const grants = prng.int(1, 3);
      for (let g = 0; g < grants; g++) {
        const grantedOn = dayOf(year, prng.int(0, yearDays - 1));
        rows.grants.push({
          id: ids.next(),
          case_id: id,
          member_id: member.id,
          org_id: member.orgId,
          region_code: member.regionCode,
          granting_org_id: member.orgId,
          granting_region_code: member.regionCode,
          amount_cents: prng.int(5, 60) * 10_000,
          kind: prng.pick(GRANT_KINDS),
          granted_on: grantedOn,
          granted_year: Number(grantedOn.slice(0, 4)),
          idempotency_key: `seed:${id}:${g}`,
          note: null,
          created_by: 'seed',
          created_at: at(),
        });
      }
    }

    const own = byOrg.get(member.orgId) ?? [];
    const facts = { ...member, age, hasOpenHardshipCase: hasOpenCase };
    const eligible = own.filter(
      ({ table, program }) =>
        table.status === 'OPEN' &&
        (table.capacity === null || table.taken < table.capacity) &&
        failedRule(program, facts) === null,
    );
    if (eligible.length > 0 && (rows.requests.length < STATUSES.length || prng.chance(0.35))) {
      const { table } = prng.pick(eligible);
      const status =
        rows.requests.length < STATUSES.length
          ? STATUSES[rows.requests.length]!
          : STATUSES[prng.weightedIndex(STATUS_WEIGHTS)]!;
      const live = status !== 'REJECTED' && status !== 'CANCELLED';
      if (live) table.taken += 1;
      const id = ids.next();
      const rated = status === 'COMPLETED' && prng.chance(0.7);
      const completedOn = dayOf(year, prng.int(0, yearDays - 1));
      rows.requests.push({
        id,
        program_id: table.id,
        category: table.category,
        provider_org_id: table.org_id,
        member_id: member.id,
        org_id: member.orgId,
        region_code: member.regionCode,
        status,
        live_marker: live ? 1 : null,
        note: null,
        reason: status === 'REJECTED' ? '不符合项目条件' : status === 'CANCELLED' ? '本人撤回' : null,
        rating: rated ? prng.int(3, 5) : null,
        rating_comment: rated ? '服务很好' : null,
        rated_at: rated ? at() : null,
        submitted_by: 'seed',
        submitted_at: at(),
        completed_at: status === 'COMPLETED' ? `${completedOn} 10:00:00.000` : null,
        version: 1,
        updated_at: at(),
      });
      if (status === 'COMPLETED') {
        rows.participations.push(participation(member, table, requestKey(id), completedOn, 'REQUEST', id));
      }
    }

    if (prng.chance(0.5)) {
      const attended = own.filter(({ table }) => table.status !== 'DRAFT');
      const seen = new Set<string>();
      for (let k = prng.int(1, 3); k > 0 && attended.length > 0; k--) {
        const { table } = prng.pick(attended);
        const on = dayOf(year, prng.int(0, yearDays - 1));
        const key = checkInKey(table.id, on);
        if (seen.has(key)) continue;
        seen.add(key);
        rows.participations.push(participation(member, table, key, on, 'CHECK_IN', null));
      }
    }
  }
  return rows;

  function participation(
    member: SeedMember,
    table: ServiceProgramRow,
    key: string,
    on: string,
    source: 'CHECK_IN' | 'REQUEST',
    requestId: string | null,
  ): ParticipationRow {
    return {
      id: ids.next(),
      member_id: member.id,
      org_id: member.orgId,
      region_code: member.regionCode,
      program_id: table.id,
      category: table.category,
      activity_key: key,
      activity_on: on,
      source,
      request_id: requestId,
      recorded_by: 'seed',
      created_at: at(),
    };
  }
}
