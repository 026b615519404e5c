/* eslint-disable */
// Generated from ../schema.graphql by the kit's resolver-types generator
// (resolver-types.json; docs/architecture.md §1.1). Do not edit: `npm run build` rewrites it.
import type { CompleteResolvers, Connection as KitConnection } from '@union/kit';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ServiceProgram as ServiceProgramModel } from '../program/program.table';
import type { ServiceRequest as ServiceRequestModel } from '../request/request.table';
import type { Participation as ParticipationModel } from '../participation/participation.table';
import type { HardshipCase as HardshipCaseModel } from '../hardship/hardship.table';
import type { AssistanceGrant as AssistanceGrantModel } from '../hardship/grant.table';
import type { AssistanceTotals as AssistanceTotalsModel } from '../hardship/totals.repository';
import type { ServiceStatsHandle as ServiceStatsHandleModel } from '../stats/stats.loaders';
import type { MemberReference as MemberReferenceModel } from '../facts/entity-references';
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
  /** An amount of money in integer cents (分), exact up to 2^53; sums over a region may exceed 32 bits. */
  Cents: { input: number; output: number; }
  _FieldSet: { input: string; output: string; }
};

/** Reads of the union's services: programs, requests, participations, hardship cases and assistance. */
export type Query = {
  __typename?: 'Query';
  /** A service program inside the caller's scope (members see every program that is not a DRAFT). */
  serviceProgram?: Maybe<ServiceProgram>;
  /** Service programs inside the caller's scope, oldest first. */
  servicePrograms: ServiceProgramConnection;
  /** A service request inside the caller's scope (a member sees only their own). */
  serviceRequest?: Maybe<ServiceRequest>;
  /** Service requests inside the caller's scope, oldest first. */
  serviceRequests: ServiceRequestConnection;
  /** A hardship case inside the caller's scope (a member sees only their own). */
  hardshipCase?: Maybe<HardshipCase>;
  /** Hardship cases (困难职工档案) inside the caller's scope, oldest first. */
  hardshipCases: HardshipCaseConnection;
  /** Assistance paid in a year, inside the caller's scope, optionally for one member, organization or region. */
  assistanceTotals: AssistanceTotals;
};


/** Reads of the union's services: programs, requests, participations, hardship cases and assistance. */
export type QueryServiceProgramArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the union's services: programs, requests, participations, hardship cases and assistance. */
export type QueryServiceProgramsArgs = {
  filter?: InputMaybe<ServiceProgramFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Reads of the union's services: programs, requests, participations, hardship cases and assistance. */
export type QueryServiceRequestArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the union's services: programs, requests, participations, hardship cases and assistance. */
export type QueryServiceRequestsArgs = {
  filter?: InputMaybe<ServiceRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Reads of the union's services: programs, requests, participations, hardship cases and assistance. */
export type QueryHardshipCaseArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the union's services: programs, requests, participations, hardship cases and assistance. */
export type QueryHardshipCasesArgs = {
  filter?: InputMaybe<HardshipCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Reads of the union's services: programs, requests, participations, hardship cases and assistance. */
export type QueryAssistanceTotalsArgs = {
  year: Scalars['Int']['input'];
  memberId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
};

/** Writes of the union's services, by staff in scope and, for their own requests, by members. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a DRAFT program provided by an organization (its ORG_ADMIN, or a FEDERATION_ADMIN over its region). */
  createServiceProgram: ServiceProgramPayload;
  /** Changes a DRAFT or OPEN program; pass the version you read. */
  updateServiceProgram: ServiceProgramPayload;
  /** DRAFT → OPEN: the program starts taking requests. */
  openServiceProgram: ServiceProgramPayload;
  /** DRAFT or OPEN → CLOSED (final). */
  closeServiceProgram: ServiceProgramPayload;
  /** A member asks for a program (a MEMBER for themself, staff on a member's behalf). */
  requestService: ServiceRequestPayload;
  /** Moves a request along its workflow; an illegal move is INVALID_STATE_TRANSITION. */
  transitionServiceRequest: ServiceRequestPayload;
  /** The member who was served rates a COMPLETED request once, 1 to 5. */
  rateServiceRequest: ServiceRequestPayload;
  /** Records one member's attendance at an activity (idempotent). */
  recordParticipation: CheckInPayload;
  /** Records a check-in list for an activity, all or nothing (idempotent per member and activity). */
  checkInParticipants: CheckInPayload;
  /** Opens a hardship case; a member has at most one OPEN case. */
  openHardshipCase: HardshipCasePayload;
  /** Changes an OPEN case; pass the version you read. */
  updateHardshipCase: HardshipCasePayload;
  /** OPEN → RELIEVED (解困脱困), with the date. */
  relieveHardshipCase: HardshipCasePayload;
  /** OPEN → CLOSED, with a reason. */
  closeHardshipCase: HardshipCasePayload;
  /** Pays assistance on an OPEN case; a retried call with the same idempotency key never pays twice. */
  grantAssistance: GrantAssistancePayload;
};


/** Writes of the union's services, by staff in scope and, for their own requests, by members. */
export type MutationCreateServiceProgramArgs = {
  input: CreateServiceProgramInput;
};


/** Writes of the union's services, by staff in scope and, for their own requests, by members. */
export type MutationUpdateServiceProgramArgs = {
  input: UpdateServiceProgramInput;
};


/** Writes of the union's services, by staff in scope and, for their own requests, by members. */
export type MutationOpenServiceProgramArgs = {
  input: ServiceProgramIdInput;
};


/** Writes of the union's services, by staff in scope and, for their own requests, by members. */
export type MutationCloseServiceProgramArgs = {
  input: ServiceProgramIdInput;
};


/** Writes of the union's services, by staff in scope and, for their own requests, by members. */
export type MutationRequestServiceArgs = {
  input: RequestServiceInput;
};


/** Writes of the union's services, by staff in scope and, for their own requests, by members. */
export type MutationTransitionServiceRequestArgs = {
  input: TransitionServiceRequestInput;
};


/** Writes of the union's services, by staff in scope and, for their own requests, by members. */
export type MutationRateServiceRequestArgs = {
  input: RateServiceRequestInput;
};


/** Writes of the union's services, by staff in scope and, for their own requests, by members. */
export type MutationRecordParticipationArgs = {
  input: RecordParticipationInput;
};


/** Writes of the union's services, by staff in scope and, for their own requests, by members. */
export type MutationCheckInParticipantsArgs = {
  input: CheckInParticipantsInput;
};


/** Writes of the union's services, by staff in scope and, for their own requests, by members. */
export type MutationOpenHardshipCaseArgs = {
  input: OpenHardshipCaseInput;
};


/** Writes of the union's services, by staff in scope and, for their own requests, by members. */
export type MutationUpdateHardshipCaseArgs = {
  input: UpdateHardshipCaseInput;
};


/** Writes of the union's services, by staff in scope and, for their own requests, by members. */
export type MutationRelieveHardshipCaseArgs = {
  input: RelieveHardshipCaseInput;
};


/** Writes of the union's services, by staff in scope and, for their own requests, by members. */
export type MutationCloseHardshipCaseArgs = {
  input: CloseHardshipCaseInput;
};


/** Writes of the union's services, by staff in scope and, for their own requests, by members. */
export type MutationGrantAssistanceArgs = {
  input: GrantAssistanceInput;
};

/** Identical to the members subgraph's Gender. */
export type Gender =
  /** Male. */
  | 'MALE'
  /** Female. */
  | 'FEMALE';

/** What services the union offers (docs/architecture.md §5). */
export type ServiceCategory =
  /** Help for workers in hardship (困难帮扶). */
  | 'HARDSHIP_ASSISTANCE'
  /** Legal advice and representation (法律援助). */
  | 'LEGAL_AID'
  /** Psychological counselling (心理咨询). */
  | 'PSYCHOLOGICAL_COUNSELING'
  /** Skills training and career development (技能提升). */
  | 'CAREER_DEVELOPMENT'
  /** Culture, sports and health activities (文体健康). */
  | 'CULTURE_SPORTS_HEALTH'
  /** Care for members' children (子女托管). */
  | 'CHILD_CARE'
  /** Festival visits and gifts (节日慰问). */
  | 'FESTIVAL_CELEBRATION'
  /** Everyday living services (生活服务). */
  | 'LIVING_SERVICES'
  /** Improvements to working and living surroundings (环境服务). */
  | 'ENVIRONMENT_SERVICES';

/** 普惠 (for every member in the covered region) or 精准 (aimed at members meeting the eligibility rules). */
export type ServiceMode =
  /** 普惠: open to every member in the covered region. */
  | 'UNIVERSAL'
  /** 精准: open to members meeting the program's eligibility rules. */
  | 'TARGETED';

/** DRAFT → OPEN → CLOSED, or DRAFT → CLOSED. */
export type ServiceProgramStatus =
  /** Being prepared; visible to staff only. */
  | 'DRAFT'
  /** Taking requests. */
  | 'OPEN'
  /** No longer taking requests; final. */
  | 'CLOSED';

/** SUBMITTED → ACCEPTED → IN_PROGRESS → COMPLETED; REJECTED before acceptance; CANCELLED before completion. */
export type ServiceRequestStatus =
  /** Asked for; waiting for the provider. */
  | 'SUBMITTED'
  /** Accepted by the provider. */
  | 'ACCEPTED'
  /** Being served. */
  | 'IN_PROGRESS'
  /** Served; the member may rate it. */
  | 'COMPLETED'
  /** Refused before acceptance (see `reason`). */
  | 'REJECTED'
  /** Cancelled before completion (see `reason`). */
  | 'CANCELLED';

/** How a participation was recorded. */
export type ParticipationSource =
  /** Checked in at an activity (one by one or from a list). */
  | 'CHECK_IN'
  /** A service request was completed. */
  | 'REQUEST';

/** How severe a hardship case is (困难程度). */
export type HardshipLevel =
  /** 一般困难 */
  | 'GENERAL'
  /** 深度困难 */
  | 'DEEP';

/** Why a household is in hardship (致困原因); a case may have several. */
export type HardshipReason =
  /** Serious illness (因病). */
  | 'ILLNESS'
  /** Disability (因残). */
  | 'DISABILITY'
  /** Loss of work (因失业). */
  | 'UNEMPLOYMENT'
  /** Natural disaster or accident (因灾). */
  | 'DISASTER'
  /** Cost of the children's education (因学). */
  | 'CHILDREN_EDUCATION'
  /** Any other reason. */
  | 'OTHER';

/** OPEN → RELIEVED (解困脱困) or OPEN → CLOSED. */
export type HardshipCaseStatus =
  /** Recorded and being helped. */
  | 'OPEN'
  /** Out of hardship (解困脱困); final. */
  | 'RELIEVED'
  /** Closed for another reason (see `closeReason`); final. */
  | 'CLOSED';

/** What form an assistance grant takes. */
export type AssistanceKind =
  /** Money paid to the member. */
  | 'CASH'
  /** Goods, valued in cents. */
  | 'GOODS'
  /** Medical assistance (医疗救助). */
  | 'MEDICAL'
  /** Assistance with children's schooling (助学). */
  | 'EDUCATION'
  /** Help into work (就业帮扶). */
  | 'EMPLOYMENT';

/** A union member (owned by members); services adds requests, participations and hardship. */
export type Member = {
  __typename?: 'Member';
  /** The member's id. */
  id: Scalars['ID']['output'];
  /** From members; read for the eligibility of TARGETED programs. */
  isMigrantWorker: Scalars['Boolean']['output'];
  /** From members; read for the eligibility of TARGETED programs. */
  gender: Gender;
  /** From members; read for the eligibility of TARGETED programs. */
  age: Scalars['Int']['output'];
  /** From members; a program serves members of its covered region. */
  region: Region;
  /** Open TARGETED programs this member is eligible for, from facts the members subgraph owns. */
  recommendedPrograms: Array<ServiceProgram>;
  /** The member's service requests inside the caller's scope, oldest first (at most `first`, cap 100). */
  serviceRequests: Array<ServiceRequest>;
  /** Activities the member took part in, oldest first (at most `first`, cap 100). */
  participations: Array<Participation>;
  /** The member's OPEN hardship case, else the latest one; the member themself and staff in scope only. */
  hardshipCase?: Maybe<HardshipCase>;
};


/** A union member (owned by members); services adds requests, participations and hardship. */
export type MemberRecommendedProgramsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A union member (owned by members); services adds requests, participations and hardship. */
export type MemberServiceRequestsArgs = {
  status?: InputMaybe<ServiceRequestStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A union member (owned by members); services adds requests, participations and hardship. */
export type MemberParticipationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An administrative division (owned by organizations); services adds its service figures. */
export type Region = {
  __typename?: 'Region';
  /** GB/T 2260 code of the region. */
  code: Scalars['ID']['output'];
  /** Service figures for the region (FEDERATION_ADMIN / AUDITOR whose jurisdiction covers it; else null with FORBIDDEN). */
  serviceStats?: Maybe<ServiceStats>;
};

/** A union organization (owned by organizations); services adds its programs and figures. */
export type Organization = {
  __typename?: 'Organization';
  /** The organization's id. */
  id: Scalars['ID']['output'];
  /** Programs the organization provides, inside the caller's scope, oldest first. */
  servicePrograms: ServiceProgramConnection;
  /** Service figures for the organization's members (its ORG_ADMIN, or a jurisdiction covering its region). */
  serviceStats?: Maybe<ServiceStats>;
};


/** A union organization (owned by organizations); services adds its programs and figures. */
export type OrganizationServiceProgramsArgs = {
  status?: InputMaybe<ServiceProgramStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** Who may ask for a TARGETED program; every rule given must hold. */
export type Eligibility = {
  __typename?: 'Eligibility';
  /** Migrant workers (农民工) only. */
  migrantOnly: Scalars['Boolean']['output'];
  /** Members with an OPEN hardship case only. */
  openHardshipCaseOnly: Scalars['Boolean']['output'];
  /** Youngest age allowed, inclusive; null for no lower bound. */
  minAge?: Maybe<Scalars['Int']['output']>;
  /** Oldest age allowed, inclusive; null for no upper bound. */
  maxAge?: Maybe<Scalars['Int']['output']>;
  /** Only members of this gender; null for either. */
  gender?: Maybe<Gender>;
};

/** A service offered to members (服务项目). */
export type ServiceProgram = {
  __typename?: 'ServiceProgram';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
  /** Name shown to members, e.g. 夏送清凉. */
  name: Scalars['String']['output'];
  /** What the program offers. */
  description?: Maybe<Scalars['String']['output']>;
  /** What kind of service it is. */
  category: ServiceCategory;
  /** Universal (every member in the region) or targeted (eligibility rules). */
  mode: ServiceMode;
  /** The organization that provides the program; its region and id scope the program. */
  provider: Organization;
  /** The region whose members the program serves (a prefix: '4401' covers all of Guangzhou). */
  coveredRegion: Region;
  /** Who may ask for it (rules apply to TARGETED programs). */
  eligibility: Eligibility;
  /** Places; null when unlimited. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** Places taken by live requests (SUBMITTED, ACCEPTED, IN_PROGRESS, COMPLETED). */
  placesTaken: Scalars['Int']['output'];
  /** First day requests are taken, when set. */
  opensOn?: Maybe<Scalars['Date']['output']>;
  /** Last day requests are taken, when set. */
  closesOn?: Maybe<Scalars['Date']['output']>;
  /** Draft, open or closed. */
  status: ServiceProgramStatus;
  /** Increases with every change; pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
  /** When the row was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the row last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A member's request for a program. */
export type ServiceRequest = {
  __typename?: 'ServiceRequest';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
  /** The program (null with FORBIDDEN if a DRAFT outside the caller's scope). */
  program?: Maybe<ServiceProgram>;
  /** The program's category when the request was made. */
  category: ServiceCategory;
  /** The member asking. */
  member: Member;
  /** The member's organization when the request was made. */
  organization: Organization;
  /** The member's region when the request was made. */
  region: Region;
  /** Where the request is in its workflow. */
  status: ServiceRequestStatus;
  /** What the member or staff wrote when asking. */
  note?: Maybe<Scalars['String']['output']>;
  /** Why it was rejected or cancelled. */
  reason?: Maybe<Scalars['String']['output']>;
  /** 1 to 5, given by the member after completion. */
  rating?: Maybe<Scalars['Int']['output']>;
  /** The member's comment with the rating. */
  ratingComment?: Maybe<Scalars['String']['output']>;
  /** When it was rated. */
  ratedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was asked for. */
  submittedAt: Scalars['DateTime']['output'];
  /** When it became COMPLETED. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Increases with every change; pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
  /** When the row last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Attendance at an activity, or a completed request. */
export type Participation = {
  __typename?: 'Participation';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
  /** The member who took part. */
  member: Member;
  /** The program of the activity. */
  program?: Maybe<ServiceProgram>;
  /** The program's category. */
  category: ServiceCategory;
  /** Day of the activity. */
  activityOn: Scalars['Date']['output'];
  /** Check-in or completed request. */
  source: ParticipationSource;
  /** The completed request, for source REQUEST. */
  request?: Maybe<ServiceRequest>;
  /** When the row was created. */
  createdAt: Scalars['DateTime']['output'];
};

/**
 * A hardship case (困难职工档案); visible only to the member themself and staff in scope, also when
 * another subgraph references it (labor-relations: the hardship case a worker appeal is handled
 * through).
 */
export type HardshipCase = {
  __typename?: 'HardshipCase';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
  /** The member in hardship. */
  member: Member;
  /** The member's organization when the case was opened. */
  organization: Organization;
  /** The member's region when the case was opened. */
  region: Region;
  /** General or deep hardship. */
  level: HardshipLevel;
  /** Why the household is in hardship. */
  reasons: Array<HardshipReason>;
  /** People in the household. */
  householdSize: Scalars['Int']['output'];
  /** Monthly income per household member, in cents. */
  monthlyIncomePerHeadCents: Scalars['Int']['output'];
  /** Open, relieved or closed. */
  status: HardshipCaseStatus;
  /** Day the case was opened. */
  openedOn: Scalars['Date']['output'];
  /** Day it was relieved (status RELIEVED). */
  relievedOn?: Maybe<Scalars['Date']['output']>;
  /** Day it was closed (status CLOSED). */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** Why it was closed. */
  closeReason?: Maybe<Scalars['String']['output']>;
  /** Staff note on the case. */
  note?: Maybe<Scalars['String']['output']>;
  /** Assistance paid on this case, oldest first. */
  grants: Array<AssistanceGrant>;
  /** Increases with every change; pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
  /** When the row was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the row last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Assistance paid on a hardship case. */
export type AssistanceGrant = {
  __typename?: 'AssistanceGrant';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
  /** Amount in cents (分). */
  amountCents: Scalars['Int']['output'];
  /** Cash, goods, medical, education or employment. */
  kind: AssistanceKind;
  /** Day it was paid. */
  grantedOn: Scalars['Date']['output'];
  /** The organization that paid. */
  grantingOrganization: Organization;
  /** The client's key; a retry with it returned this grant. */
  idempotencyKey: Scalars['String']['output'];
  /** Staff note on the grant. */
  note?: Maybe<Scalars['String']['output']>;
  /** When the row was created. */
  createdAt: Scalars['DateTime']['output'];
};

/** Assistance of one kind in the year. */
export type AssistanceKindTotal = {
  __typename?: 'AssistanceKindTotal';
  /** The kind summed. */
  kind: AssistanceKind;
  /** Amount paid, in cents. */
  totalCents: Scalars['Cents']['output'];
  /** Number of grants. */
  grants: Scalars['Int']['output'];
};

/** Yearly assistance totals, summed by the database. */
export type AssistanceTotals = {
  __typename?: 'AssistanceTotals';
  /** The calendar year summed. */
  year: Scalars['Int']['output'];
  /** Amount paid, in cents. */
  totalCents: Scalars['Cents']['output'];
  /** Number of grants. */
  grants: Scalars['Int']['output'];
  /** The same, per kind of assistance. */
  byKind: Array<AssistanceKindTotal>;
};

/** Members served in one service category. */
export type CategoryCount = {
  __typename?: 'CategoryCount';
  /** The category counted. */
  category: ServiceCategory;
  /** Distinct members served in it. */
  members: Scalars['Int']['output'];
};

/** Service requests in one status. */
export type RequestStatusCount = {
  __typename?: 'RequestStatusCount';
  /** The status counted. */
  status: ServiceRequestStatus;
  /** Requests in that status. */
  count: Scalars['Int']['output'];
};

/** Open hardship cases of one level. */
export type HardshipLevelCount = {
  __typename?: 'HardshipLevelCount';
  /** The level counted. */
  level: HardshipLevel;
  /** Open cases of that level. */
  count: Scalars['Int']['output'];
};

/** Service figures (SQL aggregates over the rows of the region or organization). */
export type ServiceStats = {
  __typename?: 'ServiceStats';
  /** Distinct members who took part in an activity or completed a request. */
  membersServed: Scalars['Int']['output'];
  /** Distinct members served, per category. */
  membersServedByCategory: Array<CategoryCount>;
  /** Service requests per status. */
  requestsByStatus: Array<RequestStatusCount>;
  /** Mean rating of rated requests; null when none is rated. */
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** Rated requests. */
  ratings: Scalars['Int']['output'];
  /** Hardship cases in status OPEN. */
  openHardshipCases: Scalars['Int']['output'];
  /** Open hardship cases per level. */
  openHardshipCasesByLevel: Array<HardshipLevelCount>;
  /** The calendar year (UTC) of assistancePaidThisYearCents. */
  assistanceYear: Scalars['Int']['output'];
  /** Paid this year. */
  assistancePaidThisYearCents: Scalars['Cents']['output'];
};

/** Conditions on programs; omitted fields do not filter. */
export type ServiceProgramFilter = {
  /** Provider region prefix (narrows; never widens the caller's scope). */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Only programs of this provider. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only programs of this category. */
  category?: InputMaybe<ServiceCategory>;
  /** Only universal or only targeted programs. */
  mode?: InputMaybe<ServiceMode>;
  /** Only programs in this status. */
  status?: InputMaybe<ServiceProgramStatus>;
};

/** Conditions on requests; omitted fields do not filter. */
export type ServiceRequestFilter = {
  /** Only requests in this status. */
  status?: InputMaybe<ServiceRequestStatus>;
  /** Only requests for this program. */
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** Only requests of this member. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** Only requests of members of this organization. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Member region prefix (narrows; never widens the caller's scope). */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Only requests of this category. */
  category?: InputMaybe<ServiceCategory>;
};

/** Conditions on hardship cases; omitted fields do not filter. */
export type HardshipCaseFilter = {
  /** Only cases in this status. */
  status?: InputMaybe<HardshipCaseStatus>;
  /** Only cases of this level. */
  level?: InputMaybe<HardshipLevel>;
  /** Only the cases of this member. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** Only cases of members of this organization. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Case region prefix (narrows; never widens the caller's scope). */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
};

/** Eligibility rules of a TARGETED program; every rule given must hold. */
export type EligibilityInput = {
  /** True: migrant workers only. */
  migrantOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** True: members with an OPEN hardship case only. */
  openHardshipCaseOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Youngest age allowed, inclusive. */
  minAge?: InputMaybe<Scalars['Int']['input']>;
  /** Oldest age allowed, inclusive. */
  maxAge?: InputMaybe<Scalars['Int']['input']>;
  /** Only members of this gender. */
  gender?: InputMaybe<Gender>;
};

/** A new program, created as DRAFT. */
export type CreateServiceProgramInput = {
  /** Name shown to members. */
  name: Scalars['String']['input'];
  /** What the program offers. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What kind of service it is. */
  category: ServiceCategory;
  /** Universal or targeted. */
  mode: ServiceMode;
  /** The provider; defaults to an ORG_ADMIN's own organization. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the provider's region; must lie within it. */
  coveredRegion?: InputMaybe<Scalars['String']['input']>;
  /** Who may ask for it; no rules when omitted. */
  eligibility?: InputMaybe<EligibilityInput>;
  /** Places; omit for unlimited. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** First day requests are taken. */
  opensOn?: InputMaybe<Scalars['Date']['input']>;
  /** Last day requests are taken. */
  closesOn?: InputMaybe<Scalars['Date']['input']>;
};

/** Changes to a program; omitted fields stay as they are. */
export type UpdateServiceProgramInput = {
  /** The program to change. */
  id: Scalars['ID']['input'];
  /** The `version` read; a newer one in the database → CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New covered region code; must lie within the provider's region. */
  coveredRegion?: InputMaybe<Scalars['String']['input']>;
  /** Given rules replace the current ones; null clears an age or gender rule. */
  eligibility?: InputMaybe<EligibilityInput>;
  /** May not go below the places already taken. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** New first day of requests. */
  opensOn?: InputMaybe<Scalars['Date']['input']>;
  /** New last day of requests. */
  closesOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A program to move to another status. */
export type ServiceProgramIdInput = {
  /** The program's id. */
  id: Scalars['ID']['input'];
};

/** A request for a program. */
export type RequestServiceInput = {
  /** The OPEN program asked for. */
  programId: Scalars['ID']['input'];
  /** Required for staff; a MEMBER asks for themself. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** What the member needs. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A move of a request along its workflow. */
export type TransitionServiceRequestInput = {
  /** The request's id. */
  id: Scalars['ID']['input'];
  /** The status to move to. */
  to: ServiceRequestStatus;
  /** Required for REJECTED. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The member's rating of a completed request. */
export type RateServiceRequestInput = {
  /** The request's id. */
  id: Scalars['ID']['input'];
  /** 1 (poor) to 5 (excellent). */
  rating: Scalars['Int']['input'];
  /** Optional comment. */
  comment?: InputMaybe<Scalars['String']['input']>;
};

/** One member's attendance at an activity. */
export type RecordParticipationInput = {
  /** The program the activity belongs to. */
  programId: Scalars['ID']['input'];
  /** Day of the activity. */
  activityOn: Scalars['Date']['input'];
  /** The member who attended. */
  memberId: Scalars['ID']['input'];
};

/** A check-in list of an activity. */
export type CheckInParticipantsInput = {
  /** The program the activity belongs to. */
  programId: Scalars['ID']['input'];
  /** Day of the activity. */
  activityOn: Scalars['Date']['input'];
  /** At most 500 members. */
  memberIds: Array<Scalars['ID']['input']>;
};

/** A new hardship case. */
export type OpenHardshipCaseInput = {
  /** The member in hardship. */
  memberId: Scalars['ID']['input'];
  /** General or deep hardship. */
  level: HardshipLevel;
  /** Why the household is in hardship. */
  reasons: Array<HardshipReason>;
  /** People in the household. */
  householdSize: Scalars['Int']['input'];
  /** Monthly income per household member, in cents. */
  monthlyIncomePerHeadCents: Scalars['Int']['input'];
  /** Day the case is opened. */
  openedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Staff note. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an OPEN case; omitted fields stay as they are. */
export type UpdateHardshipCaseInput = {
  /** The case to change. */
  id: Scalars['ID']['input'];
  /** The `version` read; a newer one in the database → CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** New level. */
  level?: InputMaybe<HardshipLevel>;
  /** Replaces the reasons. */
  reasons?: InputMaybe<Array<HardshipReason>>;
  /** New household size. */
  householdSize?: InputMaybe<Scalars['Int']['input']>;
  /** New monthly income per household member, in cents. */
  monthlyIncomePerHeadCents?: InputMaybe<Scalars['Int']['input']>;
  /** New staff note. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A case whose household is out of hardship. */
export type RelieveHardshipCaseInput = {
  /** The case's id. */
  id: Scalars['ID']['input'];
  /** Defaults to today. */
  relievedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A case closed for another reason. */
export type CloseHardshipCaseInput = {
  /** The case's id. */
  id: Scalars['ID']['input'];
  /** Why it is closed. */
  reason: Scalars['String']['input'];
};

/** Assistance paid on an OPEN hardship case. */
export type GrantAssistanceInput = {
  /** The case's id. */
  caseId: Scalars['ID']['input'];
  /** Amount in cents (分). */
  amountCents: Scalars['Int']['input'];
  /** What form the assistance takes. */
  kind: AssistanceKind;
  /** Defaults to today. */
  grantedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Defaults to an ORG_ADMIN's own organization. */
  grantingOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Chosen by the client (8–100 of A-Z a-z 0-9 . _ : -); a retry with the same key returns the first grant. */
  idempotencyKey: Scalars['String']['input'];
  /** Staff note. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Result of a service program write. */
export type ServiceProgramPayload = {
  __typename?: 'ServiceProgramPayload';
  /** The program after the change. */
  program: ServiceProgram;
};

/** Result of a service request write. */
export type ServiceRequestPayload = {
  __typename?: 'ServiceRequestPayload';
  /** The request after the change. */
  request: ServiceRequest;
};

/** Result of a check in write. */
export type CheckInPayload = {
  __typename?: 'CheckInPayload';
  /** Rows written by this call. */
  recorded: Scalars['Int']['output'];
  /** Members already checked in to this activity. */
  alreadyRecorded: Scalars['Int']['output'];
  /** The participations of the members given. */
  participations: Array<Participation>;
};

/** Result of a hardship case write. */
export type HardshipCasePayload = {
  __typename?: 'HardshipCasePayload';
  /** The case after the change. */
  hardshipCase: HardshipCase;
};

/** Result of a grant assistance write. */
export type GrantAssistancePayload = {
  __typename?: 'GrantAssistancePayload';
  /** The grant paid, or the earlier one for a replayed key. */
  grant: AssistanceGrant;
  /** True when the key had already paid: the earlier grant, nothing paid again. */
  replayed: Scalars['Boolean']['output'];
};

/** A page of service programs. */
export type ServiceProgramConnection = {
  __typename?: 'ServiceProgramConnection';
  /** The service programs with their cursors. */
  edges: Array<ServiceProgramEdge>;
  /** The service programs of the page. */
  nodes: Array<ServiceProgram>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Matches in the caller's scope; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A service program and its cursor. */
export type ServiceProgramEdge = {
  __typename?: 'ServiceProgramEdge';
  /** Opaque position; pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The service program. */
  node: ServiceProgram;
};

/** A page of service requests. */
export type ServiceRequestConnection = {
  __typename?: 'ServiceRequestConnection';
  /** The service requests with their cursors. */
  edges: Array<ServiceRequestEdge>;
  /** The service requests of the page. */
  nodes: Array<ServiceRequest>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Matches in the caller's scope; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A service request and its cursor. */
export type ServiceRequestEdge = {
  __typename?: 'ServiceRequestEdge';
  /** Opaque position; pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The service request. */
  node: ServiceRequest;
};

/** A page of hardship cases. */
export type HardshipCaseConnection = {
  __typename?: 'HardshipCaseConnection';
  /** The hardship cases with their cursors. */
  edges: Array<HardshipCaseEdge>;
  /** The hardship cases of the page. */
  nodes: Array<HardshipCase>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Matches in the caller's scope; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A hardship case and its cursor. */
export type HardshipCaseEdge = {
  __typename?: 'HardshipCaseEdge';
  /** Opaque position; pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The hardship case. */
  node: HardshipCase;
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
  Region: Region;
  Organization: Organization;
  ServiceProgram: ServiceProgram;
  ServiceRequest: ServiceRequest;
  HardshipCase: HardshipCase;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Member:
    ( { __typename: 'Member' }
    & GraphQLRecursivePick<FederationTypes['Member'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Member'], {"isMigrantWorker":true,"gender":true,"age":true,"region":{"code":true}}> ) );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  ServiceProgram:
    ( { __typename: 'ServiceProgram' }
    & GraphQLRecursivePick<FederationTypes['ServiceProgram'], {"id":true}> );
  ServiceRequest:
    ( { __typename: 'ServiceRequest' }
    & GraphQLRecursivePick<FederationTypes['ServiceRequest'], {"id":true}> );
  HardshipCase:
    ( { __typename: 'HardshipCase' }
    & GraphQLRecursivePick<FederationTypes['HardshipCase'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Cents: ResolverTypeWrapper<Scalars['Cents']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Gender: Gender;
  ServiceCategory: ServiceCategory;
  ServiceMode: ServiceMode;
  ServiceProgramStatus: ServiceProgramStatus;
  ServiceRequestStatus: ServiceRequestStatus;
  ParticipationSource: ParticipationSource;
  HardshipLevel: HardshipLevel;
  HardshipReason: HardshipReason;
  HardshipCaseStatus: HardshipCaseStatus;
  AssistanceKind: AssistanceKind;
  Member: ResolverTypeWrapper<MemberReferenceModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Region: ResolverTypeWrapper<RegionReferenceModel>;
  Organization: ResolverTypeWrapper<OrganizationReferenceModel>;
  Eligibility: ResolverTypeWrapper<Eligibility>;
  ServiceProgram: ResolverTypeWrapper<ServiceProgramModel>;
  ServiceRequest: ResolverTypeWrapper<ServiceRequestModel>;
  Participation: ResolverTypeWrapper<ParticipationModel>;
  HardshipCase: ResolverTypeWrapper<HardshipCaseModel>;
  AssistanceGrant: ResolverTypeWrapper<AssistanceGrantModel>;
  AssistanceKindTotal: ResolverTypeWrapper<AssistanceKindTotal>;
  AssistanceTotals: ResolverTypeWrapper<AssistanceTotalsModel>;
  CategoryCount: ResolverTypeWrapper<CategoryCount>;
  RequestStatusCount: ResolverTypeWrapper<RequestStatusCount>;
  HardshipLevelCount: ResolverTypeWrapper<HardshipLevelCount>;
  ServiceStats: ResolverTypeWrapper<ServiceStatsHandleModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ServiceProgramFilter: ServiceProgramFilter;
  ServiceRequestFilter: ServiceRequestFilter;
  HardshipCaseFilter: HardshipCaseFilter;
  EligibilityInput: EligibilityInput;
  CreateServiceProgramInput: CreateServiceProgramInput;
  UpdateServiceProgramInput: UpdateServiceProgramInput;
  ServiceProgramIdInput: ServiceProgramIdInput;
  RequestServiceInput: RequestServiceInput;
  TransitionServiceRequestInput: TransitionServiceRequestInput;
  RateServiceRequestInput: RateServiceRequestInput;
  RecordParticipationInput: RecordParticipationInput;
  CheckInParticipantsInput: CheckInParticipantsInput;
  OpenHardshipCaseInput: OpenHardshipCaseInput;
  UpdateHardshipCaseInput: UpdateHardshipCaseInput;
  RelieveHardshipCaseInput: RelieveHardshipCaseInput;
  CloseHardshipCaseInput: CloseHardshipCaseInput;
  GrantAssistanceInput: GrantAssistanceInput;
  ServiceProgramPayload: ResolverTypeWrapper<Omit<ServiceProgramPayload, 'program'> & { program: ResolversTypes['ServiceProgram'] }>;
  ServiceRequestPayload: ResolverTypeWrapper<Omit<ServiceRequestPayload, 'request'> & { request: ResolversTypes['ServiceRequest'] }>;
  CheckInPayload: ResolverTypeWrapper<Omit<CheckInPayload, 'participations'> & { participations: Array<ResolversTypes['Participation']> }>;
  HardshipCasePayload: ResolverTypeWrapper<Omit<HardshipCasePayload, 'hardshipCase'> & { hardshipCase: ResolversTypes['HardshipCase'] }>;
  GrantAssistancePayload: ResolverTypeWrapper<Omit<GrantAssistancePayload, 'grant'> & { grant: ResolversTypes['AssistanceGrant'] }>;
  ServiceProgramConnection: ResolverTypeWrapper<KitConnection<ResolversParentTypes['ServiceProgram']>>;
  ServiceProgramEdge: ResolverTypeWrapper<Omit<ServiceProgramEdge, 'node'> & { node: ResolversTypes['ServiceProgram'] }>;
  ServiceRequestConnection: ResolverTypeWrapper<KitConnection<ResolversParentTypes['ServiceRequest']>>;
  ServiceRequestEdge: ResolverTypeWrapper<Omit<ServiceRequestEdge, 'node'> & { node: ResolversTypes['ServiceRequest'] }>;
  HardshipCaseConnection: ResolverTypeWrapper<KitConnection<ResolversParentTypes['HardshipCase']>>;
  HardshipCaseEdge: ResolverTypeWrapper<Omit<HardshipCaseEdge, 'node'> & { node: ResolversTypes['HardshipCase'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Cents: Scalars['Cents']['output'];
  Query: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Mutation: Record<PropertyKey, never>;
  Member: MemberReferenceModel;
  Boolean: Scalars['Boolean']['output'];
  Region: RegionReferenceModel;
  Organization: OrganizationReferenceModel;
  Eligibility: Eligibility;
  ServiceProgram: ServiceProgramModel;
  ServiceRequest: ServiceRequestModel;
  Participation: ParticipationModel;
  HardshipCase: HardshipCaseModel;
  AssistanceGrant: AssistanceGrantModel;
  AssistanceKindTotal: AssistanceKindTotal;
  AssistanceTotals: AssistanceTotalsModel;
  CategoryCount: CategoryCount;
  RequestStatusCount: RequestStatusCount;
  HardshipLevelCount: HardshipLevelCount;
  ServiceStats: ServiceStatsHandleModel;
  Float: Scalars['Float']['output'];
  ServiceProgramFilter: ServiceProgramFilter;
  ServiceRequestFilter: ServiceRequestFilter;
  HardshipCaseFilter: HardshipCaseFilter;
  EligibilityInput: EligibilityInput;
  CreateServiceProgramInput: CreateServiceProgramInput;
  UpdateServiceProgramInput: UpdateServiceProgramInput;
  ServiceProgramIdInput: ServiceProgramIdInput;
  RequestServiceInput: RequestServiceInput;
  TransitionServiceRequestInput: TransitionServiceRequestInput;
  RateServiceRequestInput: RateServiceRequestInput;
  RecordParticipationInput: RecordParticipationInput;
  CheckInParticipantsInput: CheckInParticipantsInput;
  OpenHardshipCaseInput: OpenHardshipCaseInput;
  UpdateHardshipCaseInput: UpdateHardshipCaseInput;
  RelieveHardshipCaseInput: RelieveHardshipCaseInput;
  CloseHardshipCaseInput: CloseHardshipCaseInput;
  GrantAssistanceInput: GrantAssistanceInput;
  ServiceProgramPayload: Omit<ServiceProgramPayload, 'program'> & { program: ResolversParentTypes['ServiceProgram'] };
  ServiceRequestPayload: Omit<ServiceRequestPayload, 'request'> & { request: ResolversParentTypes['ServiceRequest'] };
  CheckInPayload: Omit<CheckInPayload, 'participations'> & { participations: Array<ResolversParentTypes['Participation']> };
  HardshipCasePayload: Omit<HardshipCasePayload, 'hardshipCase'> & { hardshipCase: ResolversParentTypes['HardshipCase'] };
  GrantAssistancePayload: Omit<GrantAssistancePayload, 'grant'> & { grant: ResolversParentTypes['AssistanceGrant'] };
  ServiceProgramConnection: KitConnection<ResolversParentTypes['ServiceProgram']>;
  ServiceProgramEdge: Omit<ServiceProgramEdge, 'node'> & { node: ResolversParentTypes['ServiceProgram'] };
  ServiceRequestConnection: KitConnection<ResolversParentTypes['ServiceRequest']>;
  ServiceRequestEdge: Omit<ServiceRequestEdge, 'node'> & { node: ResolversParentTypes['ServiceRequest'] };
  HardshipCaseConnection: KitConnection<ResolversParentTypes['HardshipCase']>;
  HardshipCaseEdge: Omit<HardshipCaseEdge, 'node'> & { node: ResolversParentTypes['HardshipCase'] };
  PageInfo: PageInfo;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface CentsScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Cents'], any> {
  name: 'Cents';
}

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  serviceProgram?: Resolver<Maybe<ResolversTypes['ServiceProgram']>, ParentType, ContextType, RequireFields<QueryServiceProgramArgs, 'id'>>;
  servicePrograms?: Resolver<ResolversTypes['ServiceProgramConnection'], ParentType, ContextType, RequireFields<QueryServiceProgramsArgs, 'first'>>;
  serviceRequest?: Resolver<Maybe<ResolversTypes['ServiceRequest']>, ParentType, ContextType, RequireFields<QueryServiceRequestArgs, 'id'>>;
  serviceRequests?: Resolver<ResolversTypes['ServiceRequestConnection'], ParentType, ContextType, RequireFields<QueryServiceRequestsArgs, 'first'>>;
  hardshipCase?: Resolver<Maybe<ResolversTypes['HardshipCase']>, ParentType, ContextType, RequireFields<QueryHardshipCaseArgs, 'id'>>;
  hardshipCases?: Resolver<ResolversTypes['HardshipCaseConnection'], ParentType, ContextType, RequireFields<QueryHardshipCasesArgs, 'first'>>;
  assistanceTotals?: Resolver<ResolversTypes['AssistanceTotals'], ParentType, ContextType, RequireFields<QueryAssistanceTotalsArgs, 'year'>>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createServiceProgram?: Resolver<ResolversTypes['ServiceProgramPayload'], ParentType, ContextType, RequireFields<MutationCreateServiceProgramArgs, 'input'>>;
  updateServiceProgram?: Resolver<ResolversTypes['ServiceProgramPayload'], ParentType, ContextType, RequireFields<MutationUpdateServiceProgramArgs, 'input'>>;
  openServiceProgram?: Resolver<ResolversTypes['ServiceProgramPayload'], ParentType, ContextType, RequireFields<MutationOpenServiceProgramArgs, 'input'>>;
  closeServiceProgram?: Resolver<ResolversTypes['ServiceProgramPayload'], ParentType, ContextType, RequireFields<MutationCloseServiceProgramArgs, 'input'>>;
  requestService?: Resolver<ResolversTypes['ServiceRequestPayload'], ParentType, ContextType, RequireFields<MutationRequestServiceArgs, 'input'>>;
  transitionServiceRequest?: Resolver<ResolversTypes['ServiceRequestPayload'], ParentType, ContextType, RequireFields<MutationTransitionServiceRequestArgs, 'input'>>;
  rateServiceRequest?: Resolver<ResolversTypes['ServiceRequestPayload'], ParentType, ContextType, RequireFields<MutationRateServiceRequestArgs, 'input'>>;
  recordParticipation?: Resolver<ResolversTypes['CheckInPayload'], ParentType, ContextType, RequireFields<MutationRecordParticipationArgs, 'input'>>;
  checkInParticipants?: Resolver<ResolversTypes['CheckInPayload'], ParentType, ContextType, RequireFields<MutationCheckInParticipantsArgs, 'input'>>;
  openHardshipCase?: Resolver<ResolversTypes['HardshipCasePayload'], ParentType, ContextType, RequireFields<MutationOpenHardshipCaseArgs, 'input'>>;
  updateHardshipCase?: Resolver<ResolversTypes['HardshipCasePayload'], ParentType, ContextType, RequireFields<MutationUpdateHardshipCaseArgs, 'input'>>;
  relieveHardshipCase?: Resolver<ResolversTypes['HardshipCasePayload'], ParentType, ContextType, RequireFields<MutationRelieveHardshipCaseArgs, 'input'>>;
  closeHardshipCase?: Resolver<ResolversTypes['HardshipCasePayload'], ParentType, ContextType, RequireFields<MutationCloseHardshipCaseArgs, 'input'>>;
  grantAssistance?: Resolver<ResolversTypes['GrantAssistancePayload'], ParentType, ContextType, RequireFields<MutationGrantAssistanceArgs, 'input'>>;
};

export type MemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member'], FederationReferenceType extends FederationReferenceTypes['Member'] = FederationReferenceTypes['Member']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Member']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recommendedPrograms?: Resolver<Array<ResolversTypes['ServiceProgram']>, ParentType, ContextType, RequireFields<MemberRecommendedProgramsArgs, 'first'>>;
  serviceRequests?: Resolver<Array<ResolversTypes['ServiceRequest']>, ParentType, ContextType, RequireFields<MemberServiceRequestsArgs, 'first'>>;
  participations?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType, RequireFields<MemberParticipationsArgs, 'first'>>;
  hardshipCase?: Resolver<Maybe<ResolversTypes['HardshipCase']>, ParentType, ContextType>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  serviceStats?: Resolver<Maybe<ResolversTypes['ServiceStats']>, ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  servicePrograms?: Resolver<ResolversTypes['ServiceProgramConnection'], ParentType, ContextType, RequireFields<OrganizationServiceProgramsArgs, 'first'>>;
  serviceStats?: Resolver<Maybe<ResolversTypes['ServiceStats']>, ParentType, ContextType>;
};

export type EligibilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Eligibility'] = ResolversParentTypes['Eligibility']> = {
  migrantOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openHardshipCaseOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  minAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['Gender']>, ParentType, ContextType>;
};

export type ServiceProgramResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceProgram'] = ResolversParentTypes['ServiceProgram'], FederationReferenceType extends FederationReferenceTypes['ServiceProgram'] = FederationReferenceTypes['ServiceProgram']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServiceProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ServiceCategory'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ServiceMode'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  coveredRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  eligibility?: Resolver<ResolversTypes['Eligibility'], ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  placesTaken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opensOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  closesOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceProgramStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ServiceRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRequest'] = ResolversParentTypes['ServiceRequest'], FederationReferenceType extends FederationReferenceTypes['ServiceRequest'] = FederationReferenceTypes['ServiceRequest']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServiceRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['ServiceProgram']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ServiceCategory'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceRequestStatus'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ratingComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ratedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ParticipationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['ServiceProgram']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ServiceCategory'], ParentType, ContextType>;
  activityOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ParticipationSource'], ParentType, ContextType>;
  request?: Resolver<Maybe<ResolversTypes['ServiceRequest']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type HardshipCaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HardshipCase'] = ResolversParentTypes['HardshipCase'], FederationReferenceType extends FederationReferenceTypes['HardshipCase'] = FederationReferenceTypes['HardshipCase']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HardshipCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['HardshipLevel'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['HardshipReason']>, ParentType, ContextType>;
  householdSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monthlyIncomePerHeadCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HardshipCaseStatus'], ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  relievedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  closeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grants?: Resolver<Array<ResolversTypes['AssistanceGrant']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AssistanceGrantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssistanceGrant'] = ResolversParentTypes['AssistanceGrant']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  amountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssistanceKind'], ParentType, ContextType>;
  grantedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  grantingOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  idempotencyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AssistanceKindTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssistanceKindTotal'] = ResolversParentTypes['AssistanceKindTotal']> = {
  kind?: Resolver<ResolversTypes['AssistanceKind'], ParentType, ContextType>;
  totalCents?: Resolver<ResolversTypes['Cents'], ParentType, ContextType>;
  grants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssistanceTotalsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssistanceTotals'] = ResolversParentTypes['AssistanceTotals']> = {
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCents?: Resolver<ResolversTypes['Cents'], ParentType, ContextType>;
  grants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['AssistanceKindTotal']>, ParentType, ContextType>;
};

export type CategoryCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CategoryCount'] = ResolversParentTypes['CategoryCount']> = {
  category?: Resolver<ResolversTypes['ServiceCategory'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RequestStatusCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestStatusCount'] = ResolversParentTypes['RequestStatusCount']> = {
  status?: Resolver<ResolversTypes['ServiceRequestStatus'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HardshipLevelCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HardshipLevelCount'] = ResolversParentTypes['HardshipLevelCount']> = {
  level?: Resolver<ResolversTypes['HardshipLevel'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceStats'] = ResolversParentTypes['ServiceStats']> = {
  membersServed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  membersServedByCategory?: Resolver<Array<ResolversTypes['CategoryCount']>, ParentType, ContextType>;
  requestsByStatus?: Resolver<Array<ResolversTypes['RequestStatusCount']>, ParentType, ContextType>;
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ratings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openHardshipCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openHardshipCasesByLevel?: Resolver<Array<ResolversTypes['HardshipLevelCount']>, ParentType, ContextType>;
  assistanceYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assistancePaidThisYearCents?: Resolver<ResolversTypes['Cents'], ParentType, ContextType>;
};

export type ServiceProgramPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceProgramPayload'] = ResolversParentTypes['ServiceProgramPayload']> = {
  program?: Resolver<ResolversTypes['ServiceProgram'], ParentType, ContextType>;
};

export type ServiceRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRequestPayload'] = ResolversParentTypes['ServiceRequestPayload']> = {
  request?: Resolver<ResolversTypes['ServiceRequest'], ParentType, ContextType>;
};

export type CheckInPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CheckInPayload'] = ResolversParentTypes['CheckInPayload']> = {
  recorded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  alreadyRecorded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participations?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
};

export type HardshipCasePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HardshipCasePayload'] = ResolversParentTypes['HardshipCasePayload']> = {
  hardshipCase?: Resolver<ResolversTypes['HardshipCase'], ParentType, ContextType>;
};

export type GrantAssistancePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GrantAssistancePayload'] = ResolversParentTypes['GrantAssistancePayload']> = {
  grant?: Resolver<ResolversTypes['AssistanceGrant'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ServiceProgramConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceProgramConnection'] = ResolversParentTypes['ServiceProgramConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceProgramEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServiceProgram']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceProgramEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceProgramEdge'] = ResolversParentTypes['ServiceProgramEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceProgram'], ParentType, ContextType>;
};

export type ServiceRequestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRequestConnection'] = ResolversParentTypes['ServiceRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceRequestEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServiceRequest']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceRequestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRequestEdge'] = ResolversParentTypes['ServiceRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceRequest'], ParentType, ContextType>;
};

export type HardshipCaseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HardshipCaseConnection'] = ResolversParentTypes['HardshipCaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HardshipCaseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['HardshipCase']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HardshipCaseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HardshipCaseEdge'] = ResolversParentTypes['HardshipCaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HardshipCase'], ParentType, ContextType>;
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
  Cents?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  Eligibility?: EligibilityResolvers<ContextType>;
  ServiceProgram?: ServiceProgramResolvers<ContextType>;
  ServiceRequest?: ServiceRequestResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  HardshipCase?: HardshipCaseResolvers<ContextType>;
  AssistanceGrant?: AssistanceGrantResolvers<ContextType>;
  AssistanceKindTotal?: AssistanceKindTotalResolvers<ContextType>;
  AssistanceTotals?: AssistanceTotalsResolvers<ContextType>;
  CategoryCount?: CategoryCountResolvers<ContextType>;
  RequestStatusCount?: RequestStatusCountResolvers<ContextType>;
  HardshipLevelCount?: HardshipLevelCountResolvers<ContextType>;
  ServiceStats?: ServiceStatsResolvers<ContextType>;
  ServiceProgramPayload?: ServiceProgramPayloadResolvers<ContextType>;
  ServiceRequestPayload?: ServiceRequestPayloadResolvers<ContextType>;
  CheckInPayload?: CheckInPayloadResolvers<ContextType>;
  HardshipCasePayload?: HardshipCasePayloadResolvers<ContextType>;
  GrantAssistancePayload?: GrantAssistancePayloadResolvers<ContextType>;
  ServiceProgramConnection?: ServiceProgramConnectionResolvers<ContextType>;
  ServiceProgramEdge?: ServiceProgramEdgeResolvers<ContextType>;
  ServiceRequestConnection?: ServiceRequestConnectionResolvers<ContextType>;
  ServiceRequestEdge?: ServiceRequestEdgeResolvers<ContextType>;
  HardshipCaseConnection?: HardshipCaseConnectionResolvers<ContextType>;
  HardshipCaseEdge?: HardshipCaseEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
};

/**
 * The whole resolver map of the subgraph: `Resolvers`, with every field its parent value cannot
 * answer (and every custom scalar, and `__resolveReference` where a reference is not a parent)
 * required. `resolvers.ts` ends in `satisfies SubgraphResolvers`.
 */
export type SubgraphResolvers = CompleteResolvers<Resolvers, ResolversParentTypes>;
