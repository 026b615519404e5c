import type { Kysely } from 'kysely';

/** The members demo data set (`npm run seed`, and `npm start` on first start). */
export async function seedMembers(_db: Kysely<any>, _options: { scale: number; [upstream: string]: unknown }) {
  return { created: false, counts: {} as Record<string, number>, data: undefined as unknown };
}
