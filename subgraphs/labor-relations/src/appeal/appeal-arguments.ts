import { asciiCode, caseNumber, type ArgumentRules } from '@union/kit';

/** Appeal numbers and follow-up codes are ASCII codes, checked before any SQL (docs/security.md). */
export const APPEAL_ARGUMENT_RULES: ArgumentRules = {
  'Query.workerAppealByNumber(number)': caseNumber,
  'Query.appealStatus(number)': caseNumber,
  'Query.appealStatus(code)': asciiCode(/^[A-Za-z0-9 -]{4,40}$/, 'is not a follow-up code'),
};
