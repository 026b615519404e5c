import { type Prng, type SeedIds, toDbTimestamp } from '@union/kit';
import type { EmployerRow } from '../employer/employer.table';
import { levelFor } from '../organization/organization-rules';
import type { OrganizationKind, OrganizationRow } from '../organization/organization.table';
import type { WorkerHomeRow } from '../worker-home/worker-home.table';
import type { SeedRegion } from './seed-regions';
import { personName } from './seed-names';

/** The rows of one seed run, built in memory in id order before anything is written. */
export interface SeedBuild {
  prng: Prng;
  ids: SeedIds;
  organizations: OrganizationRow[];
  employers: EmployerRow[];
  workerHomes: WorkerHomeRow[];
}

export interface OrganizationSpec {
  name: string;
  kind: OrganizationKind;
  region: SeedRegion;
  parent: OrganizationRow | null;
  establishedOn: string;
  employerId?: string;
}

/** Adds one ACTIVE organization; level and path follow the same rules as createOrganization. */
export function addOrganization(build: SeedBuild, spec: OrganizationSpec): OrganizationRow {
  const id = build.ids.next();
  const now = toDbTimestamp(new Date(build.ids.lastMs()));
  const row: OrganizationRow = {
    id,
    name: spec.name,
    kind: spec.kind,
    level: levelFor(spec.kind, spec.region.level),
    region_code: spec.region.code,
    parent_id: spec.parent?.id ?? null,
    path: `${spec.parent?.path ?? '/'}${id}/`,
    employer_id: spec.employerId ?? null,
    status: 'ACTIVE',
    successor_id: null,
    established_on: spec.establishedOn,
    dissolved_on: null,
    chairperson: personName(build.prng),
    version: 1,
    created_at: now,
    updated_at: now,
  };
  build.organizations.push(row);
  return row;
}

const DAY_MS = 86_400_000;

/** A uniformly drawn 'YYYY-MM-DD' between two ISO dates (inclusive); `from` after `to` yields `from`. */
export function dateBetween(prng: Prng, from: string, to: string): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Math.max(start, Date.parse(`${to}T00:00:00Z`));
  const days = Math.round((end - start) / DAY_MS);
  return new Date(start + prng.int(0, days) * DAY_MS).toISOString().slice(0, 10);
}

/** The same date a number of years later (clamped to the last day of the seeded history). */
export function yearsAfter(date: string, years: number, latest = '2023-12-31'): string {
  const shifted = `${Number(date.slice(0, 4)) + years}${date.slice(4)}`.replace(/-02-29$/, '-02-28');
  return shifted > latest ? latest : shifted;
}

/** Picks `count` distinct items (a partial Fisher–Yates shuffle), kept in their original order. */
export function sample<T>(prng: Prng, items: readonly T[], count: number): T[] {
  const indexes = items.map((_, i) => i);
  const n = Math.min(count, indexes.length);
  for (let i = 0; i < n; i++) {
    const j = prng.int(i, indexes.length - 1);
    [indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
  }
  return indexes
    .slice(0, n)
    .sort((a, b) => a - b)
    .map((i) => items[i]!);
}
