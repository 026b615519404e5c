import {
  entityId as id,
  expectedVersion,
  isoDate,
  nameText as name,
  personName,
  reasonText,
  regionCode,
} from '@union/kit';
import { z } from 'zod';

const kind = z.enum(['FEDERATION', 'INDUSTRY_UNION', 'COMMUNITY_FEDERATION', 'GRASSROOTS', 'BRANCH']);

export const createOrganizationInput = z.object({
  name,
  kind,
  parentId: id.nullish(),
  regionCode,
  employerId: id.nullish(),
  establishedOn: isoDate.nullish(),
  chairperson: personName.nullish(),
});

export const updateOrganizationInput = z.object({
  id,
  expectedVersion,
  name: name.nullish(),
  chairperson: personName.nullish(),
  establishedOn: isoDate.nullish(),
  employerId: id.nullish(),
});

export const dissolveOrganizationInput = z.object({
  id,
  reason: reasonText,
  dissolvedOn: isoDate.nullish(),
  expectedVersion: expectedVersion.nullish(),
});

export const mergeOrganizationsInput = z.object({ sourceId: id, targetId: id });

export const setWorkerHomeInput = z.object({
  organizationId: id,
  integrated: z.boolean(),
  demonstrationLevel: z.enum(['NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY']).nullish(),
  rating: z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5').nullish(),
  certifiedOn: isoDate.nullish(),
});
