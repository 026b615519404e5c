import type { Kysely } from 'kysely';

/** Which of these ids exist in a table at all, unscoped (tells FORBIDDEN from NOT_FOUND after a scoped read). */
export async function existingIds(
  db: Kysely<any>,
  table: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows: { id: string }[] = await db
    .selectFrom(table)
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}
