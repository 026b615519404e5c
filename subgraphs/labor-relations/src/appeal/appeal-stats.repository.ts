import { likePrefix, type Scope } from '@union/kit';
import { sql, type Kysely } from 'kysely';
import { orgWidePredicate } from '../access/org-scope';
import type { Database } from '../db/database';
import { addDays } from '../shared/dates';
import { OPEN_APPEAL_STATUSES } from './appeal-status';
import type { AppealCategory } from './appeal.table';

export interface AppealBreakdown {
  value: string;
  received: number;
  open: number;
  overdue: number;
  resolved: number;
}

export interface AppealStats {
  receivedThisYear: number;
  open: number;
  overdue: number;
  resolvedThisYear: number;
  resolvedOnTimeThisYear: number;
  onTimeRate: number | null;
  callBacksThisYear: number;
  satisfiedThisYear: number;
  satisfactionRate: number | null;
  averageDaysToResolve: number | null;
  byKind: AppealBreakdown[];
  byCategory: AppealBreakdown[];
  byChannel: AppealBreakdown[];
}

const YEARLY = ['RECEIVED', 'RESOLVED', 'ON_TIME', 'DAYS', 'CALLED', 'SATISFIED'];

/**
 * Region.appealStats of many regions in one statement: the counter rows of exactly those region
 * codes (each appeal is counted under every level of its region), this year's buckets, the open
 * counts and the due-day buckets before today (overdue). A primary-key range per region; no appeal
 * row is read.
 */
export async function appealStatsForRegions(
  db: Kysely<Database>,
  codes: readonly string[],
  asOf: string,
): Promise<Map<string, AppealStats>> {
  const year = asOf.slice(0, 4);
  const rows = codes.length
    ? await db
        .selectFrom('appeal_counters')
        .select([
          'region_code',
          'dim',
          'dim_value',
          sql<string>`case when metric = 'OPEN_DUE' then 'OVERDUE' else metric end`.as('metric'),
          sql<number>`sum(n)`.as('n'),
        ])
        .where('region_code', 'in', [...codes])
        .where((eb) =>
          eb.or([
            eb.and([eb('metric', 'in', YEARLY), eb('bucket', '=', year)]),
            eb('metric', '=', 'OPEN'),
            eb.and([eb('metric', '=', 'OPEN_DUE'), eb('bucket', '<', asOf)]),
          ]),
        )
        .groupBy([
          'region_code',
          'dim',
          'dim_value',
          sql`case when metric = 'OPEN_DUE' then 'OVERDUE' else metric end`,
        ])
        .execute()
    : [];
  const out = new Map<string, AppealStats>();
  const breakdowns = new Map<string, Map<string, Map<string, AppealBreakdown>>>();
  const totals = new Map<string, Record<string, number>>();
  for (const code of codes) {
    totals.set(code, {});
    breakdowns.set(
      code,
      new Map([
        ['KIND', new Map()],
        ['CATEGORY', new Map()],
        ['CHANNEL', new Map()],
      ]),
    );
  }
  for (const r of rows) {
    const n = Number(r.n);
    if (r.dim === 'ALL') {
      const t = totals.get(r.region_code)!;
      t[r.metric] = (t[r.metric] ?? 0) + n;
      continue;
    }
    const byDim = breakdowns.get(r.region_code)!.get(r.dim)!;
    const entry = byDim.get(r.dim_value) ?? {
      value: r.dim_value,
      received: 0,
      open: 0,
      overdue: 0,
      resolved: 0,
    };
    byDim.set(r.dim_value, entry);
    if (r.metric === 'RECEIVED') entry.received += n;
    if (r.metric === 'OPEN') entry.open += n;
    if (r.metric === 'OVERDUE') entry.overdue += n;
    if (r.metric === 'RESOLVED') entry.resolved += n;
  }
  const sorted = (m: Map<string, AppealBreakdown>) =>
    [...m.values()]
      .filter((b) => b.received + b.open + b.overdue + b.resolved > 0)
      .sort((a, b) => b.received - a.received || a.value.localeCompare(b.value));
  const rate = (num: number, den: number) => (den > 0 ? Math.round((num / den) * 10_000) / 10_000 : null);
  for (const code of codes) {
    const t = totals.get(code)!;
    const b = breakdowns.get(code)!;
    const resolved = t.RESOLVED ?? 0;
    out.set(code, {
      receivedThisYear: t.RECEIVED ?? 0,
      open: t.OPEN ?? 0,
      overdue: t.OVERDUE ?? 0,
      resolvedThisYear: resolved,
      resolvedOnTimeThisYear: t.ON_TIME ?? 0,
      onTimeRate: rate(t.ON_TIME ?? 0, resolved),
      callBacksThisYear: t.CALLED ?? 0,
      satisfiedThisYear: t.SATISFIED ?? 0,
      satisfactionRate: rate(t.SATISFIED ?? 0, t.CALLED ?? 0),
      averageDaysToResolve: resolved > 0 ? Math.round(((t.DAYS ?? 0) / resolved) * 10) / 10 : null,
      byKind: sorted(b.get('KIND')!),
      byCategory: sorted(b.get('CATEGORY')!),
      byChannel: sorted(b.get('CHANNEL')!),
    });
  }
  return out;
}

export interface AppealMonth {
  month: string;
  total: number;
  byCategory: { category: AppealCategory; count: number }[];
}

/** The last `months` months (this one included), oldest first, from the MONTH counters. */
export function lastMonths(asOf: string, months: number): string[] {
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = months - 1; i >= 0; i--) {
    const total = y * 12 + (m - 1) - i;
    out.push(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

export async function appealTrendsForRegions(
  db: Kysely<Database>,
  keys: readonly { code: string; months: number }[],
  asOf: string,
): Promise<AppealMonth[][]> {
  if (keys.length === 0) return [];
  const longest = Math.max(...keys.map((k) => k.months));
  const first = lastMonths(asOf, longest)[0]!;
  const rows = await db
    .selectFrom('appeal_counters')
    .select(['region_code', 'dim', 'dim_value', 'bucket', 'n'])
    .where('region_code', 'in', [...new Set(keys.map((k) => k.code))])
    .where('metric', '=', 'MONTH')
    .where('bucket', '>=', first)
    .execute();
  return keys.map(({ code, months }) => {
    const list = lastMonths(asOf, months).map((month) => ({
      month,
      total: 0,
      byCategory: [] as AppealMonth['byCategory'],
    }));
    const byMonth = new Map(list.map((m) => [m.month, m]));
    for (const r of rows) {
      if (r.region_code !== code) continue;
      const m = byMonth.get(r.bucket);
      const n = Number(r.n);
      if (!m || n === 0) continue;
      if (r.dim === 'ALL') m.total += n;
      // The CATEGORY counters' value is the appeal row's category (appeal-counters.ts).
      else m.byCategory.push({ category: r.dim_value as AppealCategory, count: n });
    }
    for (const m of list)
      m.byCategory.sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
    return list;
  });
}

export interface AppealHotspot {
  employerId: string;
  rightsComplaints: number;
  lastReceivedOn: string;
}

/** Employers with the most rights complaints in the 90 days up to today: an index-only range of (region_code, kind, submitted_on, employer_id). */
export async function appealHotspots(
  db: Kysely<Database>,
  code: string,
  first: number,
  asOf: string,
): Promise<AppealHotspot[]> {
  if (first === 0) return [];
  const rows = await db
    .selectFrom('worker_appeals')
    .select(['employer_id', sql<number>`count(*)`.as('n'), sql<string>`max(submitted_on)`.as('last')])
    .where((eb) => likePrefix(eb, 'worker_appeals.region_code', code))
    .where('kind', '=', 'RIGHTS_COMPLAINT')
    .where('submitted_on', '>', addDays(asOf, -90))
    .where('employer_id', 'is not', null)
    .groupBy('employer_id')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('employer_id')
    .limit(first)
    .execute();
  return rows.map((r) => ({
    employerId: r.employer_id!,
    rightsComplaints: Number(r.n),
    lastReceivedOn: r.last,
  }));
}

export interface OrgAppealSummary {
  openAppeals: number;
  rightsComplaintsLast90Days: number;
}

/** Open appeals and 90-day rights complaints about each organization: one grouped statement on (org_id, kind, submitted_on, status). */
export async function appealOrgSummaries(
  db: Kysely<Database>,
  orgIds: readonly string[],
  scope: Scope,
  asOf: string,
): Promise<Map<string, OrgAppealSummary>> {
  const out = new Map(orgIds.map((id) => [id, { openAppeals: 0, rightsComplaintsLast90Days: 0 }]));
  if (orgIds.length === 0) return out;
  const since = addDays(asOf, -90);
  const open = sql.join([...OPEN_APPEAL_STATUSES]);
  const rows = await db
    .selectFrom('worker_appeals')
    .select([
      'org_id',
      sql<number>`sum(case when status in (${open}) then 1 else 0 end)`.as('open'),
      sql<number>`sum(case when kind = 'RIGHTS_COMPLAINT' and submitted_on > ${since} then 1 else 0 end)`.as(
        'complaints',
      ),
    ])
    .where('org_id', 'in', [...orgIds])
    .where(orgWidePredicate(scope, 'worker_appeals'))
    .groupBy('org_id')
    .execute();
  for (const r of rows) {
    out.set(r.org_id!, {
      openAppeals: Number(r.open ?? 0),
      rightsComplaintsLast90Days: Number(r.complaints ?? 0),
    });
  }
  return out;
}
