import type { Database, SeededGrassroots } from '@union/organizations';
import type { Kysely } from 'kysely';

/** Keys the measured queries pick from: real seeded rows, drawn in a fixed pseudo-random order. */
export interface Fixtures {
  /** 广州市总工会 (region 4401). */
  guangzhouFederationId: string;
  /** Active grassroots unions anywhere in Guangdong, shuffled. */
  organizationIds: string[];
  /** Unified social credit codes of seeded employers, shuffled. */
  creditCodes: string[];
}

const ORGANIZATION_POOL = 10_000;
const CREDIT_CODE_POOL = 2_000;
const IN_LIST_CHUNK = 500;

/** mulberry32: a fixed seed gives every run the same sample, so runs compare like for like. */
function shuffled<T>(items: readonly T[], seed = 0x5eed_bea7): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export async function loadFixtures(
  db: Kysely<Database>,
  grassroots: readonly SeededGrassroots[],
): Promise<Fixtures> {
  const federation = await db
    .selectFrom('organizations')
    .select('id')
    .where('kind', '=', 'FEDERATION')
    .where('region_code', '=', '4401')
    .where('status', '=', 'ACTIVE')
    .executeTakeFirst();
  if (!federation) throw new Error('the seed has no Guangzhou city federation (region 4401)');

  const sample = shuffled(grassroots).slice(0, ORGANIZATION_POOL);
  if (sample.length === 0) throw new Error('the seed has no active grassroots unions');
  const employerIds = sample.slice(0, CREDIT_CODE_POOL).map((g) => g.employerId);
  const codeById = new Map<string, string>();
  for (let i = 0; i < employerIds.length; i += IN_LIST_CHUNK) {
    const rows = await db
      .selectFrom('employers')
      .select(['id', 'credit_code'])
      .where('id', 'in', employerIds.slice(i, i + IN_LIST_CHUNK))
      .execute();
    for (const row of rows) codeById.set(row.id, row.credit_code);
  }
  return {
    guangzhouFederationId: federation.id,
    organizationIds: sample.map((g) => g.id),
    creditCodes: employerIds.map((id) => codeById.get(id)).filter((c): c is string => c !== undefined),
  };
}
