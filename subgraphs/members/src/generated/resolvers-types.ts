/* eslint-disable */
// Generated from ../schema.graphql by the kit's resolver-types generator
// (resolver-types.json; docs/architecture.md §1.1). Do not edit: `npm run build` rewrites it.
import type { CompleteResolvers, Connection as KitConnection } from '@union/kit';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Member as MemberModel } from '../member/member.table';
import type { MemberHistoryEntry as MemberHistoryEntryModel } from '../history/history.table';
import type { Application as ApplicationModel } from '../application/application.table';
import type { Transfer as TransferModel } from '../transfer/transfer.table';
import type { PiiAccess as PiiAccessModel } from '../audit/pii-access.table';
import type { MemberStats as MemberStatsModel } from '../stats/member-stats';
import type { RegionMemberStats as RegionMemberStatsModel, ChildRegionCount as ChildRegionCountModel } from '../stats/region-stats.repository';
import type { OrganizationReference as OrganizationReferenceModel, RegionReference as RegionReferenceModel } from '@union/kit';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (YYYY-MM-DD). */
  Date: { input: string; output: string; }
  /** A UTC instant, ISO 8601 (YYYY-MM-DDTHH:MM:SS.sssZ). */
  DateTime: { input: string; output: string; }
  _FieldSet: { input: string; output: string; }
};

/** Reads of the member register, applications and the personal-information audit log. */
export type Query = {
  __typename?: 'Query';
  /** The member the caller is (MEMBER tokens). */
  me?: Maybe<Member>;
  /** A member inside the caller's scope; null with FORBIDDEN outside it. */
  member?: Maybe<Member>;
  /** Members inside the caller's scope, ordered by region code then id. */
  members: MemberConnection;
  /** Exact look-up by national ID number (blind index). Needs `pii:read`; every hit is audited. Outside scope: null with FORBIDDEN. */
  memberByIdNumber?: Maybe<Member>;
  /** Who read whose personal information (AUDITOR within its region, newest first). */
  piiAccessLog: PiiAccessConnection;
  /** A membership application inside the caller's scope. */
  membershipApplication?: Maybe<MembershipApplication>;
};


/** Reads of the member register, applications and the personal-information audit log. */
export type QueryMemberArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the member register, applications and the personal-information audit log. */
export type QueryMembersArgs = {
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Reads of the member register, applications and the personal-information audit log. */
export type QueryMemberByIdNumberArgs = {
  idNumber: Scalars['String']['input'];
};


/** Reads of the member register, applications and the personal-information audit log. */
export type QueryPiiAccessLogArgs = {
  filter?: InputMaybe<PiiAccessFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Reads of the member register, applications and the personal-information audit log. */
export type QueryMembershipApplicationArgs = {
  id: Scalars['ID']['input'];
};

/** Writes of the member register: applications, profile edits, verification, status and transfers. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Anyone, without a token: applies to join a grassroots union (网上申请入会). Idempotent while pending. */
  submitMembershipApplication: MembershipApplicationPayload;
  /** ORG_ADMIN of the organization or FEDERATION_ADMIN in scope: creates the member and card number. */
  approveMembershipApplication: ApproveMembershipApplicationPayload;
  /** ORG_ADMIN of the organization or FEDERATION_ADMIN in scope: PENDING → REJECTED with a reason. */
  rejectMembershipApplication: MembershipApplicationPayload;
  /** The applicant (proving it with the same ID number, no token needed): PENDING → WITHDRAWN. */
  withdrawMembershipApplication: MembershipApplicationPayload;
  /** The member itself (MEMBER token): phone, education, occupation, skill level. */
  updateMyProfile: MemberPayload;
  /** Staff in scope; `expectedVersion` guards against lost updates (stale → CONFLICT). */
  updateMember: MemberPayload;
  /** A county-level or higher FEDERATION_ADMIN in scope: verification PENDING/RETURNED → VERIFIED (实名制审核). */
  verifyMember: MemberPayload;
  /** A county-level or higher FEDERATION_ADMIN in scope: returns an entry for correction (→ RETURNED) with a note. */
  returnMember: MemberPayload;
  /** Staff in scope: moves the status (ACTIVE, LAPSED, WITHDRAWN, DECEASED) with a reason. */
  changeMemberStatus: MemberPayload;
  /** Staff of the member's organization (or the member): asks the receiving organization to take the member (会员关系接转). */
  requestMemberTransfer: MemberTransferPayload;
  /** The receiving organization (ORG_ADMIN, or FEDERATION_ADMIN in its scope): moves the member. */
  acceptMemberTransfer: MemberTransferPayload;
  /** The receiving organization: refuses the transfer; the member stays ACTIVE where it was. */
  rejectMemberTransfer: MemberTransferPayload;
};


/** Writes of the member register: applications, profile edits, verification, status and transfers. */
export type MutationSubmitMembershipApplicationArgs = {
  input: SubmitMembershipApplicationInput;
};


/** Writes of the member register: applications, profile edits, verification, status and transfers. */
export type MutationApproveMembershipApplicationArgs = {
  input: ReviewApplicationInput;
};


/** Writes of the member register: applications, profile edits, verification, status and transfers. */
export type MutationRejectMembershipApplicationArgs = {
  input: RejectApplicationInput;
};


/** Writes of the member register: applications, profile edits, verification, status and transfers. */
export type MutationWithdrawMembershipApplicationArgs = {
  input: WithdrawApplicationInput;
};


/** Writes of the member register: applications, profile edits, verification, status and transfers. */
export type MutationUpdateMyProfileArgs = {
  input: UpdateMyProfileInput;
};


/** Writes of the member register: applications, profile edits, verification, status and transfers. */
export type MutationUpdateMemberArgs = {
  input: UpdateMemberInput;
};


/** Writes of the member register: applications, profile edits, verification, status and transfers. */
export type MutationVerifyMemberArgs = {
  input: VerifyMemberInput;
};


/** Writes of the member register: applications, profile edits, verification, status and transfers. */
export type MutationReturnMemberArgs = {
  input: ReturnMemberInput;
};


/** Writes of the member register: applications, profile edits, verification, status and transfers. */
export type MutationChangeMemberStatusArgs = {
  input: ChangeMemberStatusInput;
};


/** Writes of the member register: applications, profile edits, verification, status and transfers. */
export type MutationRequestMemberTransferArgs = {
  input: RequestMemberTransferInput;
};


/** Writes of the member register: applications, profile edits, verification, status and transfers. */
export type MutationAcceptMemberTransferArgs = {
  input: DecideTransferInput;
};


/** Writes of the member register: applications, profile edits, verification, status and transfers. */
export type MutationRejectMemberTransferArgs = {
  input: RejectTransferInput;
};

/** Derived from the national ID number (GB 11643, 17th digit). */
export type Gender =
  /** Male (odd 17th digit). */
  | 'MALE'
  /** Female (even 17th digit). */
  | 'FEMALE';

/** Age band derived from the birth date; not personal information. */
export type AgeBand =
  /** Younger than 18. */
  | 'UNDER_18'
  /** Aged 18 to 25. */
  | 'AGE_18_25'
  /** Aged 26 to 35. */
  | 'AGE_26_35'
  /** Aged 36 to 45. */
  | 'AGE_36_45'
  /** Aged 46 to 55. */
  | 'AGE_46_55'
  /** Aged 56 to 60. */
  | 'AGE_56_60'
  /** Older than 60. */
  | 'OVER_60';

/** Household registration (户口) type. */
export type HukouType =
  /** Urban (non-agricultural) household registration. */
  | 'URBAN'
  /** Rural (agricultural) household registration. */
  | 'RURAL';

/** Highest completed education (学历). */
export type Education =
  /** Primary school (小学). */
  | 'PRIMARY'
  /** Junior secondary school (初中). */
  | 'JUNIOR_SECONDARY'
  /** Senior secondary school (高中). */
  | 'SENIOR_SECONDARY'
  /** Secondary vocational school (中专/技校). */
  | 'VOCATIONAL'
  /** Junior college (大专). */
  | 'JUNIOR_COLLEGE'
  /** Bachelor's degree (本科). */
  | 'BACHELOR'
  /** Master's or doctoral degree (研究生). */
  | 'POSTGRADUATE';

/** Vocational skill level (职业技能等级), from none to senior technician (高级技师). */
export type SkillLevel =
  /** No vocational skill certificate. */
  | 'NONE'
  /** Primary worker (初级工, level 5). */
  | 'PRIMARY_WORKER'
  /** Intermediate worker (中级工, level 4). */
  | 'INTERMEDIATE_WORKER'
  /** Senior worker (高级工, level 3). */
  | 'SENIOR_WORKER'
  /** Technician (技师, level 2). */
  | 'TECHNICIAN'
  /** Senior technician (高级技师, level 1). */
  | 'SENIOR_TECHNICIAN';

/** Model-worker honour (劳动模范) level. */
export type ModelWorkerLevel =
  /** National model worker (全国劳动模范). */
  | 'NATIONAL'
  /** Provincial model worker (省级劳动模范). */
  | 'PROVINCIAL'
  /** City-level model worker (市级劳动模范). */
  | 'CITY';

/** ACTIVE ⇄ TRANSFERRING (a transfer is open); ACTIVE ⇄ LAPSED; ACTIVE/LAPSED → WITHDRAWN or DECEASED. */
export type MemberStatus =
  /** A member in good standing. */
  | 'ACTIVE'
  /** In good standing, with a transfer to another union open. */
  | 'TRANSFERRING'
  /** Membership lapsed; can become ACTIVE again. */
  | 'LAPSED'
  /** Left the union; may rejoin through a new application. */
  | 'WITHDRAWN'
  /** Deceased; final. */
  | 'DECEASED';

/** Real-name verification (实名制审核) of a register entry. */
export type VerificationStatus =
  /** Waiting for verification by a county-level or higher federation. */
  | 'PENDING'
  /** Verified against the person's real-name documents. */
  | 'VERIFIED'
  /** Returned to the organization for correction (see `note`). */
  | 'RETURNED';

/** Real-name verification state with who decided and when. */
export type Verification = {
  __typename?: 'Verification';
  /** Pending, verified or returned. */
  status: VerificationStatus;
  /** Subject of the federation officer who verified or returned the entry. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** When the entry was verified or returned; null while pending. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the entry was returned. */
  note?: Maybe<Scalars['String']['output']>;
};

/** One change to a member: who, when, which fields — never the values. */
export type MemberHistoryEntry = {
  __typename?: 'MemberHistoryEntry';
  /** What happened, e.g. JOINED, UPDATED, STATUS_CHANGED, REJOINED, IMPORTED, TRANSFERRED. */
  action: Scalars['String']['output'];
  /** Names of the fields changed; '*' for all of them (a new entry). */
  fields: Array<Scalars['String']['output']>;
  /** Subject of the token that made the change, or the import. */
  actor: Scalars['String']['output'];
  /** When the change was committed. */
  at: Scalars['DateTime']['output'];
};

/** A union member in the real-name register (会员实名制). */
export type Member = {
  __typename?: 'Member';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
  /** Name as on the ID card. */
  name: Scalars['String']['output'];
  /** Full national ID number: only with `pii:read` inside scope (audited); null with FORBIDDEN otherwise. */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** Masked ID number (first 4 and last 4 characters); the birth date digits are never shown. */
  idNumberMasked: Scalars['String']['output'];
  /** From the national ID number. */
  gender: Gender;
  /** Age in whole years today. */
  age: Scalars['Int']['output'];
  /** Band of `age`; usable in figures without revealing the birth date. */
  ageBand: AgeBand;
  /** Birth date: personal information, gated like idNumber (pii:read, audited). */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** Full mobile number: only with `pii:read` inside scope (audited). */
  phone?: Maybe<Scalars['String']['output']>;
  /** e.g. 138****5678. */
  phoneMasked?: Maybe<Scalars['String']['output']>;
  /** 农民工: a worker with a rural hukou working away from farming. */
  isMigrantWorker: Scalars['Boolean']['output'];
  /** Urban or rural household registration. */
  hukouType: HukouType;
  /** The grassroots union or branch the member belongs to. */
  organization: Organization;
  /** The region of the member's organization (copied at write time). */
  region: Region;
  /** Date of joining the current organization (or rejoining). */
  joinedOn: Scalars['Date']['output'];
  /** 会员证号, issued on joining: 6-digit region, year, sequence. */
  cardNumber: Scalars['String']['output'];
  /** Where the member is in the membership lifecycle. */
  status: MemberStatus;
  /** Reason given with the last status change. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** Highest completed education; null when not recorded. */
  education?: Maybe<Education>;
  /** Occupation as recorded, e.g. 装配工. */
  occupation?: Maybe<Scalars['String']['output']>;
  /** Vocational skill level; NONE when none is recorded. */
  skillLevel: SkillLevel;
  /** Model-worker honour; null for none. */
  modelWorkerLevel?: Maybe<ModelWorkerLevel>;
  /** Real-name verification of this entry. */
  verification: Verification;
  /** Every change, newest first (who, when, which fields). */
  history: Array<MemberHistoryEntry>;
  /** Transfers of this member, newest first. */
  transfers: Array<MemberTransfer>;
  /** Increases with every change; pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
  /** When the entry was created in the register. */
  createdAt: Scalars['DateTime']['output'];
  /** When the entry last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A union member in the real-name register (会员实名制). */
export type MemberHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Conditions on members; omitted fields do not filter. */
export type MemberFilter = {
  /** Region code prefix, e.g. '4401'. */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Only members of this organization. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only members in this status. */
  status?: InputMaybe<MemberStatus>;
  /** Only migrant workers (true) or only others (false). */
  migrantWorker?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only members of this age band. */
  ageBand?: InputMaybe<AgeBand>;
  /** Joined on or after this date. */
  joinedSince?: InputMaybe<Scalars['Date']['input']>;
  /** Name starts with this text. */
  namePrefix?: InputMaybe<Scalars['String']['input']>;
};

/** A member and its cursor. */
export type MemberEdge = {
  __typename?: 'MemberEdge';
  /** Opaque position; pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The member. */
  node: Member;
};

/** A page of members. */
export type MemberConnection = {
  __typename?: 'MemberConnection';
  /** The members with their cursors. */
  edges: Array<MemberEdge>;
  /** The members of the page. */
  nodes: Array<Member>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Counted only when asked. */
  totalCount: Scalars['Int']['output'];
};

/** Figures counted by the database (ACTIVE members unless said otherwise). */
export type MemberStats = {
  __typename?: 'MemberStats';
  /** Members in the register, whatever their status. */
  total: Scalars['Int']['output'];
  /** Members in good standing (ACTIVE or TRANSFERRING). */
  active: Scalars['Int']['output'];
  /** Migrant workers in good standing. */
  migrantWorkers: Scalars['Int']['output'];
  /** Women in good standing. */
  women: Scalars['Int']['output'];
  /** New-generation workers: aged 16 to 34. */
  newGeneration: Scalars['Int']['output'];
  /** Members in good standing per age band; empty bands are left out. */
  byAgeBand: Array<AgeBandCount>;
  /** Members in good standing per education, null for not recorded. */
  byEducation: Array<EducationCount>;
  /** Applications waiting for review. */
  pendingApplications: Scalars['Int']['output'];
};

/** Members of one age band. */
export type AgeBandCount = {
  __typename?: 'AgeBandCount';
  /** The band counted. */
  ageBand: AgeBand;
  /** Members in good standing in that band. */
  count: Scalars['Int']['output'];
};

/** Members of one education level. */
export type EducationCount = {
  __typename?: 'EducationCount';
  /** Null: not recorded. */
  education?: Maybe<Education>;
  /** Members in good standing at that level. */
  count: Scalars['Int']['output'];
};

/** A region's member figures with a breakdown by its child regions. */
export type RegionMemberStats = {
  __typename?: 'RegionMemberStats';
  /** Members in the register, whatever their status. */
  total: Scalars['Int']['output'];
  /** Members in good standing (ACTIVE or TRANSFERRING). */
  active: Scalars['Int']['output'];
  /** Migrant workers in good standing. */
  migrantWorkers: Scalars['Int']['output'];
  /** Women in good standing. */
  women: Scalars['Int']['output'];
  /** New-generation workers (aged 16 to 34) in good standing. */
  newGeneration: Scalars['Int']['output'];
  /** Members in good standing per age band; empty bands are left out. */
  byAgeBand: Array<AgeBandCount>;
  /** Members in good standing per education, null for not recorded. */
  byEducation: Array<EducationCount>;
  /** Applications waiting for review. */
  pendingApplications: Scalars['Int']['output'];
  /** Members per direct child region. */
  byChildRegion: Array<ChildRegionMemberCount>;
};

/** Member figures of one child region. */
export type ChildRegionMemberCount = {
  __typename?: 'ChildRegionMemberCount';
  /** The child region. */
  region: Region;
  /** Members in the register there, whatever their status. */
  total: Scalars['Int']['output'];
  /** Members in good standing there. */
  active: Scalars['Int']['output'];
};

/** A union organization (owned by organizations); members adds its members and figures. */
export type Organization = {
  __typename?: 'Organization';
  /** The organization's id. */
  id: Scalars['ID']['output'];
  /** Members of this organization inside the caller's scope. */
  members: MemberConnection;
  /** Figures of this organization; FORBIDDEN outside the caller's scope. */
  memberStats?: Maybe<MemberStats>;
  /** Applications waiting for review, oldest first (inside the caller's scope). */
  pendingApplications: MembershipApplicationConnection;
  /** Transfers into this organization waiting for its decision. */
  incomingTransfers: Array<MemberTransfer>;
};


/** A union organization (owned by organizations); members adds its members and figures. */
export type OrganizationMembersArgs = {
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A union organization (owned by organizations); members adds its members and figures. */
export type OrganizationPendingApplicationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** An administrative division (owned by organizations); members adds its member figures. */
export type Region = {
  __typename?: 'Region';
  /** GB/T 2260 code of the region. */
  code: Scalars['ID']['output'];
  /** Member figures of this region from the database; FORBIDDEN outside the caller's jurisdiction. */
  memberStats?: Maybe<RegionMemberStats>;
};

/** PENDING → APPROVED | REJECTED | WITHDRAWN. */
export type ApplicationStatus =
  /** Waiting for the organization's review. */
  | 'PENDING'
  /** Approved; the person is a member (see `member`). */
  | 'APPROVED'
  /** Refused by the organization (see `reason`). */
  | 'REJECTED'
  /** Withdrawn by the applicant. */
  | 'WITHDRAWN';

/** An online application to join (网上申请入会), processed offline by the organization. */
export type MembershipApplication = {
  __typename?: 'MembershipApplication';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
  /** Where the application is in its review. */
  status: ApplicationStatus;
  /** The applicant's name. */
  name: Scalars['String']['output'];
  /** Masked ID number (first 4 and last 4 characters). */
  idNumberMasked: Scalars['String']['output'];
  /** Masked mobile number, e.g. 138****5678. */
  phoneMasked: Scalars['String']['output'];
  /** The applicant's household registration type. */
  hukouType: HukouType;
  /** The union applied to. */
  organization: Organization;
  /** The applicant's employer, as stated. */
  employerName?: Maybe<Scalars['String']['output']>;
  /** Why it was rejected. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The member created on approval. */
  member?: Maybe<Member>;
  /** When the application was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** When it was approved, rejected or withdrawn. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** An application and its cursor. */
export type MembershipApplicationEdge = {
  __typename?: 'MembershipApplicationEdge';
  /** Opaque position; pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The application. */
  node: MembershipApplication;
};

/** A page of membership applications. */
export type MembershipApplicationConnection = {
  __typename?: 'MembershipApplicationConnection';
  /** The applications with their cursors. */
  edges: Array<MembershipApplicationEdge>;
  /** The applications of the page. */
  nodes: Array<MembershipApplication>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Matches in the caller's scope; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** PENDING → ACCEPTED | REJECTED. */
export type TransferStatus =
  /** Waiting for the receiving organization; the member is TRANSFERRING. */
  | 'PENDING'
  /** Accepted; the member now belongs to the receiving organization. */
  | 'ACCEPTED'
  /** Refused; the member stays where it was. */
  | 'REJECTED';

/** Moving a member's relationship to another union (会员关系接转). */
export type MemberTransfer = {
  __typename?: 'MemberTransfer';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
  /** Where the transfer is. */
  status: TransferStatus;
  /** The member transferred; null outside the caller's scope. */
  member?: Maybe<Member>;
  /** The organization the member leaves. */
  fromOrganization: Organization;
  /** The organization asked to take the member. */
  toOrganization: Organization;
  /** The reason recorded with the transfer. */
  reason?: Maybe<Scalars['String']['output']>;
  /** When the transfer was requested. */
  requestedAt: Scalars['DateTime']['output'];
  /** When it was accepted or refused. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Which personal field was read. */
export type PiiField =
  /** The full national ID number. */
  | 'ID_NUMBER'
  /** The full mobile number. */
  | 'PHONE'
  /** The birth date. */
  | 'BIRTH_DATE';

/** One read of personal information. */
export type PiiAccess = {
  __typename?: 'PiiAccess';
  /** Stable id of the log entry. */
  id: Scalars['ID']['output'];
  /** Subject of the token that read the value. */
  actor: Scalars['String']['output'];
  /** Role of that token, e.g. FEDERATION_ADMIN. */
  actorRole: Scalars['String']['output'];
  /** The member whose value was read. */
  memberId: Scalars['ID']['output'];
  /** Which value was read. */
  field: PiiField;
  /** The request that read it (matches the logs). */
  requestId: Scalars['String']['output'];
  /** When it was read. */
  at: Scalars['DateTime']['output'];
};

/** Conditions on the audit log; omitted fields do not filter. */
export type PiiAccessFilter = {
  /** Only reads of this member's values. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** Only reads by this subject. */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Only reads at or after this instant. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A log entry and its cursor. */
export type PiiAccessEdge = {
  __typename?: 'PiiAccessEdge';
  /** Opaque position; pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The log entry. */
  node: PiiAccess;
};

/** A page of the personal-information audit log. */
export type PiiAccessConnection = {
  __typename?: 'PiiAccessConnection';
  /** The entries with their cursors. */
  edges: Array<PiiAccessEdge>;
  /** The entries of the page. */
  nodes: Array<PiiAccess>;
  /** Where this page is in the log. */
  pageInfo: PageInfo;
  /** Matches in the caller's scope; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** An application to join a grassroots union. */
export type SubmitMembershipApplicationInput = {
  /** Name as on the ID card. */
  name: Scalars['String']['input'];
  /** 18-character national ID number; the applicant must be at least 16. */
  idNumber: Scalars['String']['input'];
  /** Mainland mobile number. */
  phone: Scalars['String']['input'];
  /** The grassroots union or branch applied to. */
  organizationId: Scalars['ID']['input'];
  /** Household registration type. */
  hukouType: HukouType;
  /** The applicant's employer. */
  employerName?: InputMaybe<Scalars['String']['input']>;
  /** The employer's unified social credit code (GB 32100). */
  employerCreditCode?: InputMaybe<Scalars['String']['input']>;
  /** Highest completed education. */
  education?: InputMaybe<Education>;
  /** Occupation, e.g. 快递员. */
  occupation?: InputMaybe<Scalars['String']['input']>;
};

/** The application to decide. */
export type ReviewApplicationInput = {
  /** The application's id. */
  id: Scalars['ID']['input'];
};

/** A refused application. */
export type RejectApplicationInput = {
  /** The application's id. */
  id: Scalars['ID']['input'];
  /** Why it is refused; kept as the application's `reason`. */
  reason: Scalars['String']['input'];
};

/** An application its applicant takes back. */
export type WithdrawApplicationInput = {
  /** The application's id. */
  id: Scalars['ID']['input'];
  /** The applicant's own ID number, as proof. */
  idNumber: Scalars['String']['input'];
};

/** Result of a write to an application. */
export type MembershipApplicationPayload = {
  __typename?: 'MembershipApplicationPayload';
  /** The application after the change. */
  application: MembershipApplication;
};

/** Result of approveMembershipApplication. */
export type ApproveMembershipApplicationPayload = {
  __typename?: 'ApproveMembershipApplicationPayload';
  /** The application, now APPROVED. */
  application: MembershipApplication;
  /** The new member, or the returning member's entry. */
  member: Member;
};

/** The member's own changes; omitted fields stay as they are. */
export type UpdateMyProfileInput = {
  /** New mainland mobile number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Highest completed education. */
  education?: InputMaybe<Education>;
  /** Occupation. */
  occupation?: InputMaybe<Scalars['String']['input']>;
  /** Vocational skill level. */
  skillLevel?: InputMaybe<SkillLevel>;
};

/** Staff changes to a member; omitted fields stay as they are. */
export type UpdateMemberInput = {
  /** The member to change. */
  id: Scalars['ID']['input'];
  /** The `version` read; a newer one in the database → CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** Corrected name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New mainland mobile number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Household registration type. */
  hukouType?: InputMaybe<HukouType>;
  /** Whether the member is a migrant worker. */
  isMigrantWorker?: InputMaybe<Scalars['Boolean']['input']>;
  /** Highest completed education. */
  education?: InputMaybe<Education>;
  /** Occupation. */
  occupation?: InputMaybe<Scalars['String']['input']>;
  /** Vocational skill level. */
  skillLevel?: InputMaybe<SkillLevel>;
  /** Model-worker honour. */
  modelWorkerLevel?: InputMaybe<ModelWorkerLevel>;
};

/** An entry confirmed by real-name verification. */
export type VerifyMemberInput = {
  /** The member's id. */
  id: Scalars['ID']['input'];
};

/** An entry sent back for correction. */
export type ReturnMemberInput = {
  /** The member's id. */
  id: Scalars['ID']['input'];
  /** What must be corrected; kept as `verification.note`. */
  note: Scalars['String']['input'];
};

/** A status change of a member. */
export type ChangeMemberStatusInput = {
  /** The member's id. */
  id: Scalars['ID']['input'];
  /** The new status: ACTIVE, LAPSED, WITHDRAWN or DECEASED. */
  status: MemberStatus;
  /** Why; kept as `statusReason`. */
  reason: Scalars['String']['input'];
};

/** Result of a write to a member. */
export type MemberPayload = {
  __typename?: 'MemberPayload';
  /** The member after the change. */
  member: Member;
};

/** A transfer to ask for. */
export type RequestMemberTransferInput = {
  /** The member to transfer. */
  memberId: Scalars['ID']['input'];
  /** The receiving grassroots union or branch. */
  toOrganizationId: Scalars['ID']['input'];
  /** Why, e.g. a change of employer. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The transfer to decide. */
export type DecideTransferInput = {
  /** The transfer's id. */
  id: Scalars['ID']['input'];
};

/** A refused transfer. */
export type RejectTransferInput = {
  /** The transfer's id. */
  id: Scalars['ID']['input'];
  /** Why it is refused. */
  reason: Scalars['String']['input'];
};

/** Result of a write to a transfer. */
export type MemberTransferPayload = {
  __typename?: 'MemberTransferPayload';
  /** The transfer after the change. */
  transfer: MemberTransfer;
};

/** Position of a page in a cursor-paginated list (Relay connection). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** True when more items follow; pass `endCursor` as `after`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item; null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
  /** Cursor of the last item; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Member: Member;
  Organization: Organization;
  Region: Region;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Member:
    ( { __typename: 'Member' }
    & GraphQLRecursivePick<FederationTypes['Member'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Gender: Gender;
  AgeBand: AgeBand;
  HukouType: HukouType;
  Education: Education;
  SkillLevel: SkillLevel;
  ModelWorkerLevel: ModelWorkerLevel;
  MemberStatus: MemberStatus;
  VerificationStatus: VerificationStatus;
  Verification: ResolverTypeWrapper<Verification>;
  MemberHistoryEntry: ResolverTypeWrapper<MemberHistoryEntryModel>;
  Member: ResolverTypeWrapper<MemberModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  MemberFilter: MemberFilter;
  MemberEdge: ResolverTypeWrapper<Omit<MemberEdge, 'node'> & { node: ResolversTypes['Member'] }>;
  MemberConnection: ResolverTypeWrapper<KitConnection<ResolversParentTypes['Member']>>;
  MemberStats: ResolverTypeWrapper<MemberStatsModel>;
  AgeBandCount: ResolverTypeWrapper<AgeBandCount>;
  EducationCount: ResolverTypeWrapper<EducationCount>;
  RegionMemberStats: ResolverTypeWrapper<RegionMemberStatsModel>;
  ChildRegionMemberCount: ResolverTypeWrapper<ChildRegionCountModel>;
  Organization: ResolverTypeWrapper<OrganizationReferenceModel>;
  Region: ResolverTypeWrapper<RegionReferenceModel>;
  ApplicationStatus: ApplicationStatus;
  MembershipApplication: ResolverTypeWrapper<ApplicationModel>;
  MembershipApplicationEdge: ResolverTypeWrapper<Omit<MembershipApplicationEdge, 'node'> & { node: ResolversTypes['MembershipApplication'] }>;
  MembershipApplicationConnection: ResolverTypeWrapper<KitConnection<ResolversParentTypes['MembershipApplication']>>;
  TransferStatus: TransferStatus;
  MemberTransfer: ResolverTypeWrapper<TransferModel>;
  PiiField: PiiField;
  PiiAccess: ResolverTypeWrapper<PiiAccessModel>;
  PiiAccessFilter: PiiAccessFilter;
  PiiAccessEdge: ResolverTypeWrapper<Omit<PiiAccessEdge, 'node'> & { node: ResolversTypes['PiiAccess'] }>;
  PiiAccessConnection: ResolverTypeWrapper<KitConnection<ResolversParentTypes['PiiAccess']>>;
  SubmitMembershipApplicationInput: SubmitMembershipApplicationInput;
  ReviewApplicationInput: ReviewApplicationInput;
  RejectApplicationInput: RejectApplicationInput;
  WithdrawApplicationInput: WithdrawApplicationInput;
  MembershipApplicationPayload: ResolverTypeWrapper<Omit<MembershipApplicationPayload, 'application'> & { application: ResolversTypes['MembershipApplication'] }>;
  ApproveMembershipApplicationPayload: ResolverTypeWrapper<Omit<ApproveMembershipApplicationPayload, 'application' | 'member'> & { application: ResolversTypes['MembershipApplication'], member: ResolversTypes['Member'] }>;
  UpdateMyProfileInput: UpdateMyProfileInput;
  UpdateMemberInput: UpdateMemberInput;
  VerifyMemberInput: VerifyMemberInput;
  ReturnMemberInput: ReturnMemberInput;
  ChangeMemberStatusInput: ChangeMemberStatusInput;
  MemberPayload: ResolverTypeWrapper<Omit<MemberPayload, 'member'> & { member: ResolversTypes['Member'] }>;
  RequestMemberTransferInput: RequestMemberTransferInput;
  DecideTransferInput: DecideTransferInput;
  RejectTransferInput: RejectTransferInput;
  MemberTransferPayload: ResolverTypeWrapper<Omit<MemberTransferPayload, 'transfer'> & { transfer: ResolversTypes['MemberTransfer'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Query: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Mutation: Record<PropertyKey, never>;
  Verification: Verification;
  MemberHistoryEntry: MemberHistoryEntryModel;
  Member: MemberModel;
  Boolean: Scalars['Boolean']['output'];
  MemberFilter: MemberFilter;
  MemberEdge: Omit<MemberEdge, 'node'> & { node: ResolversParentTypes['Member'] };
  MemberConnection: KitConnection<ResolversParentTypes['Member']>;
  MemberStats: MemberStatsModel;
  AgeBandCount: AgeBandCount;
  EducationCount: EducationCount;
  RegionMemberStats: RegionMemberStatsModel;
  ChildRegionMemberCount: ChildRegionCountModel;
  Organization: OrganizationReferenceModel;
  Region: RegionReferenceModel;
  MembershipApplication: ApplicationModel;
  MembershipApplicationEdge: Omit<MembershipApplicationEdge, 'node'> & { node: ResolversParentTypes['MembershipApplication'] };
  MembershipApplicationConnection: KitConnection<ResolversParentTypes['MembershipApplication']>;
  MemberTransfer: TransferModel;
  PiiAccess: PiiAccessModel;
  PiiAccessFilter: PiiAccessFilter;
  PiiAccessEdge: Omit<PiiAccessEdge, 'node'> & { node: ResolversParentTypes['PiiAccess'] };
  PiiAccessConnection: KitConnection<ResolversParentTypes['PiiAccess']>;
  SubmitMembershipApplicationInput: SubmitMembershipApplicationInput;
  ReviewApplicationInput: ReviewApplicationInput;
  RejectApplicationInput: RejectApplicationInput;
  WithdrawApplicationInput: WithdrawApplicationInput;
  MembershipApplicationPayload: Omit<MembershipApplicationPayload, 'application'> & { application: ResolversParentTypes['MembershipApplication'] };
  ApproveMembershipApplicationPayload: Omit<ApproveMembershipApplicationPayload, 'application' | 'member'> & { application: ResolversParentTypes['MembershipApplication'], member: ResolversParentTypes['Member'] };
  UpdateMyProfileInput: UpdateMyProfileInput;
  UpdateMemberInput: UpdateMemberInput;
  VerifyMemberInput: VerifyMemberInput;
  ReturnMemberInput: ReturnMemberInput;
  ChangeMemberStatusInput: ChangeMemberStatusInput;
  MemberPayload: Omit<MemberPayload, 'member'> & { member: ResolversParentTypes['Member'] };
  RequestMemberTransferInput: RequestMemberTransferInput;
  DecideTransferInput: DecideTransferInput;
  RejectTransferInput: RejectTransferInput;
  MemberTransferPayload: Omit<MemberTransferPayload, 'transfer'> & { transfer: ResolversParentTypes['MemberTransfer'] };
  PageInfo: PageInfo;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  me?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType, RequireFields<QueryMemberArgs, 'id'>>;
  members?: Resolver<ResolversTypes['MemberConnection'], ParentType, ContextType, RequireFields<QueryMembersArgs, 'first'>>;
  memberByIdNumber?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType, RequireFields<QueryMemberByIdNumberArgs, 'idNumber'>>;
  piiAccessLog?: Resolver<ResolversTypes['PiiAccessConnection'], ParentType, ContextType, RequireFields<QueryPiiAccessLogArgs, 'first'>>;
  membershipApplication?: Resolver<Maybe<ResolversTypes['MembershipApplication']>, ParentType, ContextType, RequireFields<QueryMembershipApplicationArgs, 'id'>>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  submitMembershipApplication?: Resolver<ResolversTypes['MembershipApplicationPayload'], ParentType, ContextType, RequireFields<MutationSubmitMembershipApplicationArgs, 'input'>>;
  approveMembershipApplication?: Resolver<ResolversTypes['ApproveMembershipApplicationPayload'], ParentType, ContextType, RequireFields<MutationApproveMembershipApplicationArgs, 'input'>>;
  rejectMembershipApplication?: Resolver<ResolversTypes['MembershipApplicationPayload'], ParentType, ContextType, RequireFields<MutationRejectMembershipApplicationArgs, 'input'>>;
  withdrawMembershipApplication?: Resolver<ResolversTypes['MembershipApplicationPayload'], ParentType, ContextType, RequireFields<MutationWithdrawMembershipApplicationArgs, 'input'>>;
  updateMyProfile?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationUpdateMyProfileArgs, 'input'>>;
  updateMember?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationUpdateMemberArgs, 'input'>>;
  verifyMember?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationVerifyMemberArgs, 'input'>>;
  returnMember?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationReturnMemberArgs, 'input'>>;
  changeMemberStatus?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationChangeMemberStatusArgs, 'input'>>;
  requestMemberTransfer?: Resolver<ResolversTypes['MemberTransferPayload'], ParentType, ContextType, RequireFields<MutationRequestMemberTransferArgs, 'input'>>;
  acceptMemberTransfer?: Resolver<ResolversTypes['MemberTransferPayload'], ParentType, ContextType, RequireFields<MutationAcceptMemberTransferArgs, 'input'>>;
  rejectMemberTransfer?: Resolver<ResolversTypes['MemberTransferPayload'], ParentType, ContextType, RequireFields<MutationRejectMemberTransferArgs, 'input'>>;
};

export type VerificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Verification'] = ResolversParentTypes['Verification']> = {
  status?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MemberHistoryEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberHistoryEntry'] = ResolversParentTypes['MemberHistoryEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type MemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member'], FederationReferenceType extends FederationReferenceTypes['Member'] = FederationReferenceTypes['Member']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Member']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  idNumberMasked?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gender?: Resolver<ResolversTypes['Gender'], ParentType, ContextType>;
  age?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ageBand?: Resolver<ResolversTypes['AgeBand'], ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phoneMasked?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isMigrantWorker?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hukouType?: Resolver<ResolversTypes['HukouType'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  cardNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MemberStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  education?: Resolver<Maybe<ResolversTypes['Education']>, ParentType, ContextType>;
  occupation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  skillLevel?: Resolver<ResolversTypes['SkillLevel'], ParentType, ContextType>;
  modelWorkerLevel?: Resolver<Maybe<ResolversTypes['ModelWorkerLevel']>, ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['Verification'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['MemberHistoryEntry']>, ParentType, ContextType, RequireFields<MemberHistoryArgs, 'first'>>;
  transfers?: Resolver<Array<ResolversTypes['MemberTransfer']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type MemberEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberEdge'] = ResolversParentTypes['MemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type MemberConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberConnection'] = ResolversParentTypes['MemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MemberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberStats'] = ResolversParentTypes['MemberStats']> = {
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  migrantWorkers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newGeneration?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byAgeBand?: Resolver<Array<ResolversTypes['AgeBandCount']>, ParentType, ContextType>;
  byEducation?: Resolver<Array<ResolversTypes['EducationCount']>, ParentType, ContextType>;
  pendingApplications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgeBandCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgeBandCount'] = ResolversParentTypes['AgeBandCount']> = {
  ageBand?: Resolver<ResolversTypes['AgeBand'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EducationCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EducationCount'] = ResolversParentTypes['EducationCount']> = {
  education?: Resolver<Maybe<ResolversTypes['Education']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionMemberStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionMemberStats'] = ResolversParentTypes['RegionMemberStats']> = {
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  migrantWorkers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  women?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newGeneration?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byAgeBand?: Resolver<Array<ResolversTypes['AgeBandCount']>, ParentType, ContextType>;
  byEducation?: Resolver<Array<ResolversTypes['EducationCount']>, ParentType, ContextType>;
  pendingApplications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byChildRegion?: Resolver<Array<ResolversTypes['ChildRegionMemberCount']>, ParentType, ContextType>;
};

export type ChildRegionMemberCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChildRegionMemberCount'] = ResolversParentTypes['ChildRegionMemberCount']> = {
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MemberConnection'], ParentType, ContextType, RequireFields<OrganizationMembersArgs, 'first'>>;
  memberStats?: Resolver<Maybe<ResolversTypes['MemberStats']>, ParentType, ContextType>;
  pendingApplications?: Resolver<ResolversTypes['MembershipApplicationConnection'], ParentType, ContextType, RequireFields<OrganizationPendingApplicationsArgs, 'first'>>;
  incomingTransfers?: Resolver<Array<ResolversTypes['MemberTransfer']>, ParentType, ContextType>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberStats?: Resolver<Maybe<ResolversTypes['RegionMemberStats']>, ParentType, ContextType>;
};

export type MembershipApplicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipApplication'] = ResolversParentTypes['MembershipApplication']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  idNumberMasked?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phoneMasked?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hukouType?: Resolver<ResolversTypes['HukouType'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  employerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type MembershipApplicationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipApplicationEdge'] = ResolversParentTypes['MembershipApplicationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MembershipApplication'], ParentType, ContextType>;
};

export type MembershipApplicationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipApplicationConnection'] = ResolversParentTypes['MembershipApplicationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MembershipApplicationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['MembershipApplication']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberTransferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberTransfer'] = ResolversParentTypes['MemberTransfer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TransferStatus'], ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  fromOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  toOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type PiiAccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PiiAccess'] = ResolversParentTypes['PiiAccess']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['PiiField'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PiiAccessEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PiiAccessEdge'] = ResolversParentTypes['PiiAccessEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PiiAccess'], ParentType, ContextType>;
};

export type PiiAccessConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PiiAccessConnection'] = ResolversParentTypes['PiiAccessConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PiiAccessEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PiiAccess']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MembershipApplicationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MembershipApplicationPayload'] = ResolversParentTypes['MembershipApplicationPayload']> = {
  application?: Resolver<ResolversTypes['MembershipApplication'], ParentType, ContextType>;
};

export type ApproveMembershipApplicationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApproveMembershipApplicationPayload'] = ResolversParentTypes['ApproveMembershipApplicationPayload']> = {
  application?: Resolver<ResolversTypes['MembershipApplication'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type MemberPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberPayload'] = ResolversParentTypes['MemberPayload']> = {
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type MemberTransferPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberTransferPayload'] = ResolversParentTypes['MemberTransferPayload']> = {
  transfer?: Resolver<ResolversTypes['MemberTransfer'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Verification?: VerificationResolvers<ContextType>;
  MemberHistoryEntry?: MemberHistoryEntryResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  MemberEdge?: MemberEdgeResolvers<ContextType>;
  MemberConnection?: MemberConnectionResolvers<ContextType>;
  MemberStats?: MemberStatsResolvers<ContextType>;
  AgeBandCount?: AgeBandCountResolvers<ContextType>;
  EducationCount?: EducationCountResolvers<ContextType>;
  RegionMemberStats?: RegionMemberStatsResolvers<ContextType>;
  ChildRegionMemberCount?: ChildRegionMemberCountResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  MembershipApplication?: MembershipApplicationResolvers<ContextType>;
  MembershipApplicationEdge?: MembershipApplicationEdgeResolvers<ContextType>;
  MembershipApplicationConnection?: MembershipApplicationConnectionResolvers<ContextType>;
  MemberTransfer?: MemberTransferResolvers<ContextType>;
  PiiAccess?: PiiAccessResolvers<ContextType>;
  PiiAccessEdge?: PiiAccessEdgeResolvers<ContextType>;
  PiiAccessConnection?: PiiAccessConnectionResolvers<ContextType>;
  MembershipApplicationPayload?: MembershipApplicationPayloadResolvers<ContextType>;
  ApproveMembershipApplicationPayload?: ApproveMembershipApplicationPayloadResolvers<ContextType>;
  MemberPayload?: MemberPayloadResolvers<ContextType>;
  MemberTransferPayload?: MemberTransferPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
};

/**
 * The whole resolver map of the subgraph: `Resolvers`, with every field its parent value cannot
 * answer (and every custom scalar, and `__resolveReference` where a reference is not a parent)
 * required. `resolvers.ts` ends in `satisfies SubgraphResolvers`.
 */
export type SubgraphResolvers = CompleteResolvers<Resolvers, ResolversParentTypes>;
