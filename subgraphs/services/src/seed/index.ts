import type { Kysely } from 'kysely';

/** The services demo data set (`npm run seed`, and `npm start` on first start). */
export async function seedServices(_db: Kysely<any>, _options: { scale: number; [upstream: string]: unknown }) {
  return { created: false, counts: {} as Record<string, number>, data: undefined as unknown };
}
