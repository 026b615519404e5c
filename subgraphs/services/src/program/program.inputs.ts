import { z } from 'zod';
import { entityId as id, expectedVersion, isoDate, nameText, noteText, regionCode } from '@union/kit';
import { CATEGORIES } from './program.table';

const age = z.number().int().min(0, 'must be 0 to 150').max(150, 'must be 0 to 150');

export const eligibilityInput = z.object({
  migrantOnly: z.boolean().nullish(),
  openHardshipCaseOnly: z.boolean().nullish(),
  minAge: age.nullish(),
  maxAge: age.nullish(),
  gender: z.enum(['MALE', 'FEMALE']).nullish(),
});

export const createProgramInput = z.object({
  name: nameText,
  description: noteText.nullish(),
  category: z.enum(CATEGORIES),
  mode: z.enum(['UNIVERSAL', 'TARGETED']),
  organizationId: id.nullish(),
  coveredRegion: regionCode.nullish(),
  eligibility: eligibilityInput.nullish(),
  capacity: z.number().int().min(1, 'must be at least 1').max(1_000_000).nullish(),
  opensOn: isoDate.nullish(),
  closesOn: isoDate.nullish(),
});

export const updateProgramInput = z.object({
  id,
  expectedVersion,
  name: nameText.nullish(),
  description: noteText.nullish(),
  coveredRegion: regionCode.nullish(),
  eligibility: eligibilityInput.nullish(),
  capacity: z.number().int().min(1, 'must be at least 1').max(1_000_000).nullish(),
  opensOn: isoDate.nullish(),
  closesOn: isoDate.nullish(),
});

export const programIdInput = z.object({ id });
