import { groupBy, type Scope } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { findParticipationsByMembers } from './participation.repository';

export function createParticipationLoaders(db: Kysely<Database>, scope: Scope) {
  return {
    participationsOfMember: new DataLoader(async (memberIds: readonly string[]) =>
      groupBy(memberIds, await findParticipationsByMembers(db, memberIds, scope), (p) => p.memberId),
    ),
  };
}
