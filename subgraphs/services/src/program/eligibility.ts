import { GraphQLError } from 'graphql';
import type { ServiceProgram } from './program.table';

/** What eligibility is decided on: member facts from the members subgraph plus our own hardship record. */
export interface EligibilityFacts {
  regionCode: string;
  isMigrantWorker: boolean;
  gender: string;
  age: number;
  hasOpenHardshipCase: boolean;
}

/** A rule a member can fail, named as the program field that states it. */
export type EligibilityRule =
  | 'coveredRegion'
  | 'eligibility.migrantOnly'
  | 'eligibility.openHardshipCaseOnly'
  | 'eligibility.minAge'
  | 'eligibility.maxAge'
  | 'eligibility.gender';

const EXPLANATION: Record<EligibilityRule, string> = {
  coveredRegion: "the program does not cover the member's region",
  'eligibility.migrantOnly': 'the program is for migrant workers only',
  'eligibility.openHardshipCaseOnly': 'the program is for members with an open hardship case only',
  'eligibility.minAge': 'the member is younger than the program allows',
  'eligibility.maxAge': 'the member is older than the program allows',
  'eligibility.gender': 'the program is for members of the other gender',
};

/** The first rule the member fails, or null when eligible. */
export function failedRule(program: ServiceProgram, member: EligibilityFacts): EligibilityRule | null {
  const e = program.eligibility;
  if (!member.regionCode.startsWith(program.coveredRegion)) return 'coveredRegion';
  if (e.migrantOnly && !member.isMigrantWorker) return 'eligibility.migrantOnly';
  if (e.openHardshipCaseOnly && !member.hasOpenHardshipCase) return 'eligibility.openHardshipCaseOnly';
  if (e.minAge !== null && member.age < e.minAge) return 'eligibility.minAge';
  if (e.maxAge !== null && member.age > e.maxAge) return 'eligibility.maxAge';
  if (e.gender !== null && member.gender !== e.gender) return 'eligibility.gender';
  return null;
}

/*
 * An ineligible member is refused with FORBIDDEN (the member is not entitled; nothing in the input
 * is malformed), and `extensions.field` names the rule — one of the keys kept by kit's error masking.
 */
export function ineligible(rule: EligibilityRule): GraphQLError {
  return new GraphQLError(`Not eligible: ${EXPLANATION[rule]} (${rule})`, {
    extensions: { code: 'FORBIDDEN', field: rule },
  });
}

/** Whether the program takes requests on `today` (status OPEN and inside its dates). */
export function isOpenOn(program: ServiceProgram, today: string): boolean {
  return (
    program.status === 'OPEN' &&
    (program.opensOn === null || program.opensOn <= today) &&
    (program.closesOn === null || today <= program.closesOn)
  );
}
