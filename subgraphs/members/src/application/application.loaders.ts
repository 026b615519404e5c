import type { Scope } from '@union/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { createPendingApplicationsLoader } from './pending-applications.loader';

/** The application feature's DataLoaders, built per request. */
export function createApplicationLoaders(db: Kysely<Database>, scope: Scope) {
  return {
    pendingApplications: createPendingApplicationsLoader(db, scope),
  };
}
