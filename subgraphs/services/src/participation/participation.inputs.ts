import { z } from 'zod';
import { entityId as id, isoDate } from '@union/kit';

export const checkInInput = z.object({
  programId: id,
  activityOn: isoDate,
  memberIds: z.array(id).min(1, 'must name at least one member').max(500, 'at most 500 members at once'),
});

export const recordParticipationInput = z.object({ programId: id, activityOn: isoDate, memberId: id });
