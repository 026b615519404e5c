/*
 * Every mutation input field that names another row (docs/security.md), and the tests that prove it is
 * checked: outside the caller's scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored.
 * link-fields.test.ts reads every subgraph's SDL and fails when a link field is missing here, or
 * when a test named here no longer exists. A new `*Id` field needs a check and a line below.
 *
 * Keys are `<subgraph>.<mutation>.<path of the input field>`; each test is a file (from the repo
 * root) and a title that file must contain.
 */
export interface LinkTest {
  file: string;
  title: string;
}

export interface CheckedLink {
  /** What the field names and who owns it ('local' or the owning subgraph, asked through `_entities`). */
  names: string;
  owner: 'local' | 'organizations' | 'members' | 'services';
  /** The scope rule, in words (also the README table). */
  rule: string;
  tests: LinkTest[];
}

const ORGS = 'subgraphs/organizations/test/write-links.test.ts';
const MEMBERS = 'subgraphs/members/test/write-links.test.ts';
const SERVICES = 'subgraphs/services/test/write-links.test.ts';
const SERVICES_REFERENCE = 'subgraphs/services/test/hardship-reference.test.ts';
const LABOR = 'subgraphs/labor-relations/test/write-links.test.ts';
const E2E = 'test/src/security/write-links.e2e.test.ts';
const APPEALS = 'subgraphs/labor-relations/test/appeal-access.test.ts';
const APPEAL_WORKFLOW = 'subgraphs/labor-relations/test/appeal-workflow.test.ts';
const APPEAL_LINKS = 'subgraphs/labor-relations/test/appeal-links.test.ts';
const APPEALS_E2E = 'test/src/appeals.e2e.test.ts';

const t = (file: string, title: string): LinkTest => ({ file, title });
const WRITE = 'the caller could write it (FEDERATION_ADMIN in region, ORG_ADMIN of the organization)';

export const CHECKED_LINKS: Record<string, CheckedLink> = {
  'organizations.createOrganization.input.parentId': {
    names: 'Organization',
    owner: 'local',
    rule: WRITE,
    tests: [t(ORGS, 'createOrganization input.parentId')],
  },
  'organizations.createOrganization.input.regionCode': {
    names: 'Region',
    owner: 'local',
    rule: "inside the caller's jurisdiction (an ORG_ADMIN: its organization's region)",
    tests: [t(ORGS, 'createOrganization input.regionCode')],
  },
  'organizations.createOrganization.input.employerId': {
    names: 'Employer',
    owner: 'local',
    rule: "registered inside the caller's jurisdiction (an ORG_ADMIN: its organization's region)",
    tests: [t(ORGS, 'createOrganization input.employerId')],
  },
  'organizations.updateOrganization.input.employerId': {
    names: 'Employer',
    owner: 'local',
    rule: "registered inside the caller's jurisdiction (an ORG_ADMIN: its organization's region)",
    tests: [
      t(ORGS, '(updateOrganization input.employerId)'),
      t(E2E, '(updateOrganization input.employerId)'),
    ],
  },
  'organizations.mergeOrganizations.input.sourceId': {
    names: 'Organization',
    owner: 'local',
    rule: WRITE,
    tests: [t(ORGS, 'mergeOrganizations input.sourceId and input.targetId')],
  },
  'organizations.mergeOrganizations.input.targetId': {
    names: 'Organization',
    owner: 'local',
    rule: WRITE,
    tests: [t(ORGS, 'mergeOrganizations input.sourceId and input.targetId')],
  },
  'organizations.registerEmployer.input.regionCode': {
    names: 'Region',
    owner: 'local',
    rule: "inside the caller's jurisdiction",
    tests: [t(ORGS, 'registerEmployer input.regionCode')],
  },
  'organizations.setWorkerHome.input.organizationId': {
    names: 'Organization',
    owner: 'local',
    rule: WRITE,
    tests: [t(ORGS, 'setWorkerHome input.organizationId')],
  },
  'members.submitMembershipApplication.input.organizationId': {
    names: 'Organization',
    owner: 'organizations',
    rule: 'exists and takes members; any union of the federation (the public application form)',
    tests: [
      t(MEMBERS, 'submitMembershipApplication input.organizationId'),
      t(E2E, 'submitMembershipApplication input.organizationId'),
    ],
  },
  'members.requestMemberTransfer.input.memberId': {
    names: 'Member',
    owner: 'local',
    rule: 'the member itself, or staff of its organization or region',
    tests: [t(MEMBERS, 'requestMemberTransfer input.memberId')],
  },
  'members.requestMemberTransfer.input.toOrganizationId': {
    names: 'Organization',
    owner: 'organizations',
    rule: 'exists and takes members; any union (a transfer crosses jurisdictions; the receiver decides)',
    tests: [
      t(MEMBERS, 'requestMemberTransfer input.toOrganizationId'),
      t(E2E, 'requestMemberTransfer input.toOrganizationId'),
    ],
  },
  'services.createServiceProgram.input.organizationId': {
    names: 'Organization',
    owner: 'organizations',
    rule: WRITE,
    tests: [
      t(SERVICES, 'createServiceProgram input.organizationId'),
      t(E2E, 'createServiceProgram input.organizationId'),
    ],
  },
  'services.createServiceProgram.input.coveredRegion': {
    names: 'Region',
    owner: 'organizations',
    rule: "inside the caller's jurisdiction (an ORG_ADMIN: the provider's region)",
    tests: [
      t(SERVICES, 'createServiceProgram input.coveredRegion'),
      t(E2E, 'createServiceProgram input.coveredRegion'),
    ],
  },
  'services.updateServiceProgram.input.coveredRegion': {
    names: 'Region',
    owner: 'organizations',
    rule: "inside the caller's jurisdiction (an ORG_ADMIN: the provider's region)",
    tests: [
      t(SERVICES, 'updateServiceProgram input.coveredRegion'),
      t(E2E, 'updateServiceProgram input.coveredRegion'),
    ],
  },
  'services.requestService.input.programId': {
    names: 'ServiceProgram',
    owner: 'local',
    rule: "one the caller may read (a MEMBER: not a DRAFT), or one covering the member's region",
    tests: [t(SERVICES, 'requestService input.programId')],
  },
  'services.requestService.input.memberId': {
    names: 'Member',
    owner: 'members',
    rule: "the MEMBER itself, or staff of the member's organization or region, or of the provider",
    tests: [t(SERVICES, 'requestService input.memberId'), t(E2E, 'requestService input.memberId')],
  },
  'services.recordParticipation.input.programId': {
    names: 'ServiceProgram',
    owner: 'local',
    rule: WRITE,
    tests: [t(SERVICES, 'recordParticipation input.programId and input.memberId')],
  },
  'services.recordParticipation.input.memberId': {
    names: 'Member',
    owner: 'members',
    rule: "inside the program's covered region, or staff of the member",
    tests: [t(SERVICES, 'recordParticipation input.programId and input.memberId')],
  },
  'services.checkInParticipants.input.programId': {
    names: 'ServiceProgram',
    owner: 'local',
    rule: WRITE,
    tests: [t(SERVICES, 'checkInParticipants input.programId and input.memberIds')],
  },
  'services.checkInParticipants.input.memberIds': {
    names: 'Member',
    owner: 'members',
    rule: "each inside the program's covered region, or staff of the member",
    tests: [
      t(SERVICES, 'checkInParticipants input.programId and input.memberIds'),
      t(E2E, 'checkInParticipants input.memberIds'),
    ],
  },
  'services.openHardshipCase.input.memberId': {
    names: 'Member',
    owner: 'members',
    rule: WRITE,
    tests: [t(SERVICES, 'openHardshipCase input.memberId'), t(E2E, 'openHardshipCase input.memberId')],
  },
  'services.grantAssistance.input.caseId': {
    names: 'HardshipCase',
    owner: 'local',
    rule: WRITE,
    tests: [t(SERVICES, 'grantAssistance input.caseId and input.grantingOrganizationId')],
  },
  'services.grantAssistance.input.grantingOrganizationId': {
    names: 'Organization',
    owner: 'organizations',
    rule: `${WRITE}, and serving the member's region`,
    tests: [
      t(SERVICES, 'grantAssistance input.caseId and input.grantingOrganizationId'),
      t(E2E, 'grantAssistance input.grantingOrganizationId'),
    ],
  },
  'labor-relations.createCollectiveContract.input.organizationId': {
    names: 'Organization',
    owner: 'organizations',
    rule: WRITE,
    tests: [
      t(LABOR, 'createCollectiveContract input.organizationId'),
      t(E2E, 'createCollectiveContract input.organizationId'),
    ],
  },
  'labor-relations.recordNegotiationRound.input.contractId': {
    names: 'CollectiveContract',
    owner: 'local',
    rule: WRITE,
    tests: [t(LABOR, 'recordNegotiationRound input.contractId')],
  },
  'labor-relations.reportLaborDispute.input.organizationId': {
    names: 'Organization',
    owner: 'organizations',
    rule: WRITE,
    tests: [
      t(LABOR, 'reportLaborDispute input.organizationId'),
      t(E2E, 'reportLaborDispute input.organizationId'),
    ],
  },
  'labor-relations.reportLaborDispute.input.claimantMemberIds': {
    names: 'Member',
    owner: 'members',
    rule: `${WRITE}, and a member of the dispute's organization`,
    tests: [
      t(LABOR, 'reportLaborDispute input.claimantMemberIds'),
      t(E2E, 'reportLaborDispute input.claimantMemberIds'),
    ],
  },
  'labor-relations.reportLaborDispute.input.legalAidRequestId': {
    names: 'ServiceRequest',
    owner: 'services',
    rule: `${WRITE}, and of category LEGAL_AID`,
    tests: [
      t(LABOR, '(reportLaborDispute input.legalAidRequestId)'),
      t(E2E, '(reportLaborDispute input.legalAidRequestId)'),
    ],
  },
  'labor-relations.recordWorkersCongress.input.organizationId': {
    names: 'Organization',
    owner: 'organizations',
    rule: WRITE,
    tests: [t(LABOR, 'recordWorkersCongress input.organizationId')],
  },
  'labor-relations.recordRiskAssessment.input.organizationId': {
    names: 'Organization',
    owner: 'organizations',
    rule: WRITE,
    tests: [t(LABOR, 'recordRiskAssessment input.organizationId')],
  },
  // Worker appeals (issue 13): what an appeal concerns may be any active organization (the union
  // directory is public; only its region and employer are copied), the handler is the caller's own.
  'labor-relations.submitAppeal.input.regionCode': {
    names: 'Region',
    owner: 'organizations',
    rule: 'the region the appeal concerns: without an organization, one the region directory knows (unknown → NOT_FOUND); with one, it must agree with it',
    tests: [
      t(APPEALS, 'appeal write links: submitAppeal and registerAppeal'),
      t(APPEAL_LINKS, 'submitAppeal input.regionCode: an unknown region is NOT_FOUND naming the field'),
      t(APPEAL_LINKS, 'fault: organizations down'),
      t(APPEALS_E2E, 'anonymous web form: an unknown region is NOT_FOUND'),
    ],
  },
  'labor-relations.submitAppeal.input.organizationId': {
    names: 'Organization',
    owner: 'organizations',
    rule: 'any ACTIVE organization (unknown → NOT_FOUND)',
    tests: [
      t(APPEALS, 'appeal write links: submitAppeal and registerAppeal'),
      t(APPEALS_E2E, 'member → city accepts'),
    ],
  },
  'labor-relations.registerAppeal.input.regionCode': {
    names: 'Region',
    owner: 'organizations',
    rule: "inside the registering FEDERATION_ADMIN's region, or related to the ORG_ADMIN's organization's; without an organization, one the region directory knows (unknown → NOT_FOUND)",
    tests: [
      t(APPEALS, 'appeal write links: submitAppeal and registerAppeal'),
      t(APPEALS, 'a repeat caller is found by the blind index'),
      t(
        APPEAL_LINKS,
        'registerAppeal input.regionCode: staff naming an unknown region are refused the same way',
      ),
    ],
  },
  'labor-relations.registerAppeal.input.organizationId': {
    names: 'Organization',
    owner: 'organizations',
    rule: 'any ACTIVE organization in the appeal region (unknown → NOT_FOUND)',
    tests: [t(APPEALS, 'appeal write links: submitAppeal and registerAppeal')],
  },
  'labor-relations.registerAppeal.input.memberId': {
    names: 'Member',
    owner: 'members',
    rule: 'a member the register knows (the caller gave this identity; unknown → NOT_FOUND)',
    tests: [t(APPEALS, 'appeal write links: submitAppeal and registerAppeal')],
  },
  'labor-relations.dispatchAppeal.input.organizationId': {
    names: 'Organization',
    owner: 'organizations',
    rule: `${WRITE}, below the current handler and in the appeal's region`,
    tests: [t(APPEAL_WORKFLOW, 'dispatch goes down only'), t(APPEALS_E2E, 'member → city accepts')],
  },
  'labor-relations.linkAppealToServiceRequest.input.serviceRequestId': {
    names: 'ServiceRequest',
    owner: 'services',
    rule: "in the caller's read scope, and of the appeal's organization or city",
    tests: [
      t(APPEAL_WORKFLOW, 'linkAppealToServiceRequest input.serviceRequestId'),
      t(APPEAL_LINKS, 're-linking the same hardship case or service request is idempotent'),
    ],
  },
  'labor-relations.linkAppealToHardshipCase.input.hardshipCaseId': {
    names: 'HardshipCase',
    owner: 'services',
    rule: "in the caller's read scope (services: the member themself and staff in scope), and of the appeal's organization or city",
    tests: [
      t(APPEAL_LINKS, 'linkAppealToHardshipCase input.hardshipCaseId'),
      t(APPEALS_E2E, 'an appeal linked to a hardship case'),
      t(SERVICES_REFERENCE, 'attack: the reference path does not escape scope'),
    ],
  },
};
