import { z } from 'zod';

const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const personName = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
const id = z.string().trim().min(1, 'must not be empty').max(64, 'is not a valid id');
const kind = z.enum(['FEDERATION', 'INDUSTRY_UNION', 'COMMUNITY_FEDERATION', 'GRASSROOTS', 'BRANCH']);

export const createOrganizationInput = z.object({
  name,
  kind,
  parentId: id.nullish(),
  regionCode: z
    .string()
    .trim()
    .regex(/^\d{2}(\d{2}(\d{2}(\d{3})?)?)?$/, 'must be a GB/T 2260 region code'),
  employerId: id.nullish(),
  establishedOn: z.string().nullish(),
  chairperson: personName.nullish(),
});

export const updateOrganizationInput = z.object({
  id,
  expectedVersion: z.number().int().min(1, 'must be a version you read'),
  name: name.nullish(),
  chairperson: personName.nullish(),
  establishedOn: z.string().nullish(),
  employerId: id.nullish(),
});

export const dissolveOrganizationInput = z.object({
  id,
  reason: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
  dissolvedOn: z.string().nullish(),
  expectedVersion: z.number().int().min(1).nullish(),
});

export const mergeOrganizationsInput = z.object({ sourceId: id, targetId: id });

export const setWorkerHomeInput = z.object({
  organizationId: id,
  integrated: z.boolean(),
  demonstrationLevel: z.enum(['NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY']).nullish(),
  rating: z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5').nullish(),
  certifiedOn: z.string().nullish(),
});
