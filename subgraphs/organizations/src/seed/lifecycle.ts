import type { DemonstrationLevel } from '../worker-home/worker-home.table';
import type { SeededUnion } from './grassroots';
import { dateBetween, yearsAfter, type SeedBuild } from './seed-build';

const DISSOLVE_RATE = 0.012;
const MERGE_RATE = 0.01;

/**
 * A few unions have ceased: DISSOLVED (enterprise closed) or MERGED into another union of the same
 * town (the merge rules require the successor's region to cover the source's). Only unions without
 * branches retire, since a real dissolution or merge would first have to deal with its children;
 * a union chosen as a successor stays ACTIVE.
 */
export function retireSome(build: SeedBuild, unions: SeededUnion[]): void {
  const { prng } = build;
  const byTown = new Map<string, SeededUnion[]>();
  for (const u of unions) {
    const town = byTown.get(u.org.region_code);
    if (town) town.push(u);
    else byTown.set(u.org.region_code, [u]);
  }
  const successors = new Set<string>();
  for (const u of unions) {
    if (u.branches > 0 || successors.has(u.org.id)) continue;
    const roll = prng.next();
    if (roll < DISSOLVE_RATE) {
      u.org.status = 'DISSOLVED';
      u.org.dissolved_on = dateBetween(prng, yearsAfter(u.org.established_on!, 1), '2023-12-31');
      u.org.version = 2;
    } else if (roll < DISSOLVE_RATE + MERGE_RATE) {
      const candidates = byTown.get(u.org.region_code)!.filter((o) => o !== u && o.org.status === 'ACTIVE');
      if (candidates.length === 0) continue;
      const successor = prng.pick(candidates);
      successors.add(successor.org.id);
      u.org.status = 'MERGED';
      u.org.successor_id = successor.org.id;
      u.org.version = 2;
    }
  }
}

const DEMONSTRATION_LEVELS: Readonly<Record<DemonstrationLevel, number>> = {
  COUNTY: 50,
  CITY: 30,
  PROVINCIAL: 15,
  NATIONAL: 5,
};
const RATINGS = { '1': 5, '2': 15, '3': 40, '4': 30, '5': 10 } as const;

/**
 * Workers' homes (职工之家) for roughly 40% of active grassroots unions, likelier in larger
 * enterprises; some integrated, some demonstration sites (rated higher, with a certification date).
 */
export function buildWorkerHomes(build: SeedBuild, unions: SeededUnion[]): void {
  const { prng } = build;
  for (const { org, employer } of unions) {
    if (org.status !== 'ACTIVE') continue;
    const staff = employer.employee_count;
    if (!prng.chance(staff >= 1000 ? 0.65 : staff >= 300 ? 0.5 : 0.36)) continue;
    const integrated = prng.chance(0.45);
    const level = prng.chance(0.18) ? prng.weighted(DEMONSTRATION_LEVELS) : null;
    build.workerHomes.push({
      org_id: org.id,
      region_code: org.region_code,
      integrated: integrated ? 1 : 0, // SQLite binds no booleans
      demonstration_level: level,
      rating: level ? prng.int(4, 5) : Number(prng.weighted(RATINGS)),
      certified_on: level ? dateBetween(prng, yearsAfter(org.established_on!, 1), '2023-12-31') : null,
      updated_at: org.created_at,
    });
  }
}
