/* eslint-disable */
// Generated from ../schema.graphql by the kit's resolver-types generator
// (resolver-types.json; docs/architecture.md §1.1). Do not edit: `npm run build` rewrites it.
import type { CompleteResolvers, Connection as KitConnection } from '@union/kit';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MemberReference as MemberReferenceModel, OrganizationReference as OrganizationReferenceModel, RegionReference as RegionReferenceModel } from '@union/kit';
import type { CollectiveContract as CollectiveContractModel, NegotiationRound as NegotiationRoundModel } from '../contract/contract.table';
import type { LaborDispute as LaborDisputeModel, DisputeEvent as DisputeEventModel } from '../dispute/dispute.table';
import type { WorkersCongress as WorkersCongressModel } from '../congress/congress.table';
import type { RiskAssessment as RiskAssessmentModel } from '../risk/risk.table';
import type { OrganizationLaborRelations as OrganizationLaborRelationsModel } from '../organization/labor-summary.repository';
import type { LaborStatsHandle as LaborStatsHandleModel } from '../stats/labor-stats';
import type { WorkerAppeal as WorkerAppealModel, AppealEventView as AppealEventViewModel } from '../appeal/appeal.table';
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

/** Reads of the union platform (labor relations: collective contracts, labor disputes, workers' congresses, risk assessments and worker appeals). */
export type Query = {
  __typename?: 'Query';
  /** A collective contract inside the caller's scope; null with FORBIDDEN outside it. */
  collectiveContract?: Maybe<CollectiveContract>;
  /** Collective contracts inside the caller's scope (by organization, region, status, or expiring soon), oldest first or soonest ending first. */
  collectiveContracts: CollectiveContractConnection;
  /** A labor dispute inside the caller's scope (a MEMBER: only disputes naming it); null with FORBIDDEN outside it. */
  laborDispute?: Maybe<LaborDispute>;
  /** A labor dispute by its case number, e.g. '4401-2026-000123', inside the caller's scope. */
  laborDisputeByCaseNumber?: Maybe<LaborDispute>;
  /** Labor disputes inside the caller's scope, oldest first. */
  laborDisputes: LaborDisputeConnection;
  /** Workers' congress sessions inside the caller's scope, oldest first. */
  workersCongresses: WorkersCongressConnection;
  /** Risk assessments inside the caller's scope (staff only), oldest first. */
  riskAssessments: RiskAssessmentConnection;
  /** A worker appeal inside the caller's scope (a MEMBER: its own); null with FORBIDDEN outside it. */
  workerAppeal?: Maybe<WorkerAppeal>;
  /** A worker appeal by its number, e.g. '4401-SQ-2026-000123', inside the caller's scope. */
  workerAppealByNumber?: Maybe<WorkerAppeal>;
  /** Worker appeals inside the caller's scope, oldest first (supervision lists: overdue, due soon, by handler). */
  appeals: WorkerAppealConnection;
  /**
   * Public (no token needed): the follow-up of an appeal submitted from the web form, with the
   * number and the one-time code given at submission. No personal data in the answer. A wrong
   * number and a wrong code both answer null.
   */
  appealStatus?: Maybe<AppealPublicStatus>;
};


/** Reads of the union platform (labor relations: collective contracts, labor disputes, workers' congresses, risk assessments and worker appeals). */
export type QueryCollectiveContractArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the union platform (labor relations: collective contracts, labor disputes, workers' congresses, risk assessments and worker appeals). */
export type QueryCollectiveContractsArgs = {
  filter?: InputMaybe<CollectiveContractFilter>;
  orderBy?: InputMaybe<CollectiveContractOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Reads of the union platform (labor relations: collective contracts, labor disputes, workers' congresses, risk assessments and worker appeals). */
export type QueryLaborDisputeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the union platform (labor relations: collective contracts, labor disputes, workers' congresses, risk assessments and worker appeals). */
export type QueryLaborDisputeByCaseNumberArgs = {
  caseNumber: Scalars['String']['input'];
};


/** Reads of the union platform (labor relations: collective contracts, labor disputes, workers' congresses, risk assessments and worker appeals). */
export type QueryLaborDisputesArgs = {
  filter?: InputMaybe<LaborDisputeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Reads of the union platform (labor relations: collective contracts, labor disputes, workers' congresses, risk assessments and worker appeals). */
export type QueryWorkersCongressesArgs = {
  filter?: InputMaybe<WorkersCongressFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Reads of the union platform (labor relations: collective contracts, labor disputes, workers' congresses, risk assessments and worker appeals). */
export type QueryRiskAssessmentsArgs = {
  filter?: InputMaybe<RiskAssessmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Reads of the union platform (labor relations: collective contracts, labor disputes, workers' congresses, risk assessments and worker appeals). */
export type QueryWorkerAppealArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the union platform (labor relations: collective contracts, labor disputes, workers' congresses, risk assessments and worker appeals). */
export type QueryWorkerAppealByNumberArgs = {
  number: Scalars['String']['input'];
};


/** Reads of the union platform (labor relations: collective contracts, labor disputes, workers' congresses, risk assessments and worker appeals). */
export type QueryAppealsArgs = {
  filter?: InputMaybe<WorkerAppealFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Reads of the union platform (labor relations: collective contracts, labor disputes, workers' congresses, risk assessments and worker appeals). */
export type QueryAppealStatusArgs = {
  number: Scalars['String']['input'];
  code: Scalars['String']['input'];
};

/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type Mutation = {
  __typename?: 'Mutation';
  /** Opens a collective contract as DRAFT for an organization (its own grassroots union, or a regional/industry contract). */
  createCollectiveContract: CollectiveContractPayload;
  /** DRAFT → NEGOTIATING: collective bargaining (集体协商) begins. */
  startContractNegotiation: CollectiveContractPayload;
  /** Records a bargaining round; only while NEGOTIATING. Rounds are numbered 1, 2, … per contract. */
  recordNegotiationRound: RecordNegotiationRoundPayload;
  /** NEGOTIATING → SIGNED, with its term (at most three years), covered employees and wage increase. */
  signCollectiveContract: CollectiveContractPayload;
  /** SIGNED → FILED (报备) with the human resources and social security department. */
  fileCollectiveContract: CollectiveContractPayload;
  /** DRAFT, NEGOTIATING, SIGNED or FILED → TERMINATED, with a reason. An EXPIRED contract is already final. */
  terminateCollectiveContract: CollectiveContractPayload;
  /** Reports a labor dispute (REPORTED) with a case number unique per city and year. */
  reportLaborDispute: LaborDisputePayload;
  /** Moves a dispute along its state machine (see LaborDisputeStatus); recorded on the timeline. */
  moveLaborDispute: LaborDisputePayload;
  /** Adds a note to a dispute's timeline without changing its state. */
  addLaborDisputeNote: LaborDisputePayload;
  /** Records a session of an organization's workers' congress (职代会). */
  recordWorkersCongress: WorkersCongressPayload;
  /** Records a risk screening (矛盾排查) of an organization for a period (one per period). */
  recordRiskAssessment: RiskAssessmentPayload;
  /**
   * Submits an appeal: from the app as a MEMBER (its own appeal, about its organization unless it
   * names another), or anonymously from the web form (callerPhone required; the answer carries a
   * one-time follow-up code). Received by the city federation's 12351 line. Public, rate-limited at
   * the gateway.
   */
  submitAppeal: SubmitAppealPayload;
  /** Staff register a hotline call, a walk-in, a letter or a referral on the caller's behalf (FEDERATION_ADMIN in its region, ORG_ADMIN for its organization). */
  registerAppeal: WorkerAppealPayload;
  /** RECEIVED → ACCEPTED by the receiving line. */
  acceptAppeal: WorkerAppealPayload;
  /** ACCEPTED or IN_PROGRESS → DISPATCHED down the hierarchy to a federation or union inside the dispatcher's scope (never up: see escalateAppeal). */
  dispatchAppeal: WorkerAppealPayload;
  /** DISPATCHED → ACCEPTED: the receiver returns it to the level that dispatched it, with a reason. */
  returnAppeal: WorkerAppealPayload;
  /** ACCEPTED or DISPATCHED → IN_PROGRESS: the holder starts handling it, assigned to a staff subject. */
  startAppeal: WorkerAppealPayload;
  /** IN_PROGRESS → RESOLVED with an outcome and the resolution the worker is told. */
  resolveAppeal: WorkerAppealPayload;
  /**
   * Records a return call (回访): RESOLVED → CALLED_BACK with the worker's satisfaction. UNREACHABLE
   * is recorded as an attempt and becomes the result at the third attempt. A first DISSATISFIED
   * reopens the appeal (→ IN_PROGRESS, new due date).
   */
  recordAppealCallBack: WorkerAppealPayload;
  /** The MEMBER who raised the appeal rates its resolution (RESOLVED → CALLED_BACK, like a return call). */
  rateAppeal: WorkerAppealPayload;
  /** An overdue open appeal, or one dissatisfied again after reopening, goes one level up (→ ACCEPTED at the federation line above, new due date). */
  escalateAppeal: WorkerAppealPayload;
  /** CALLED_BACK → CLOSED. Nothing closes without a call-back record. */
  closeAppeal: WorkerAppealPayload;
  /** A note without a change of state: staff notes are internal unless public; a MEMBER adds information to its own appeal. */
  addAppealNote: WorkerAppealPayload;
  /** Reports a LaborDispute (REPORTED) from an open appeal that names an organization; both are linked and keep their own workflows. */
  convertAppealToDispute: WorkerAppealPayload;
  /** Links an appeal to the ServiceRequest (services) it is handled through; the request is checked with services and must be in the caller's scope. Re-linking the request already linked changes nothing. */
  linkAppealToServiceRequest: WorkerAppealPayload;
  /**
   * Links an appeal to the member's HardshipCase (services) it is handled through; the case is
   * checked with services and must be in the caller's scope. Re-linking the case already linked
   * changes nothing.
   */
  linkAppealToHardshipCase: WorkerAppealPayload;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationCreateCollectiveContractArgs = {
  input: CreateCollectiveContractInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationStartContractNegotiationArgs = {
  input: ContractMoveInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationRecordNegotiationRoundArgs = {
  input: RecordNegotiationRoundInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationSignCollectiveContractArgs = {
  input: SignCollectiveContractInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationFileCollectiveContractArgs = {
  input: FileCollectiveContractInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationTerminateCollectiveContractArgs = {
  input: TerminateCollectiveContractInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationReportLaborDisputeArgs = {
  input: ReportLaborDisputeInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationMoveLaborDisputeArgs = {
  input: MoveLaborDisputeInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationAddLaborDisputeNoteArgs = {
  input: AddLaborDisputeNoteInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationRecordWorkersCongressArgs = {
  input: RecordWorkersCongressInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationRecordRiskAssessmentArgs = {
  input: RecordRiskAssessmentInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationSubmitAppealArgs = {
  input: SubmitAppealInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationRegisterAppealArgs = {
  input: RegisterAppealInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationAcceptAppealArgs = {
  input: AppealMoveInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationDispatchAppealArgs = {
  input: DispatchAppealInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationReturnAppealArgs = {
  input: ReturnAppealInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationStartAppealArgs = {
  input: StartAppealInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationResolveAppealArgs = {
  input: ResolveAppealInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationRecordAppealCallBackArgs = {
  input: RecordAppealCallBackInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationRateAppealArgs = {
  input: RateAppealInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationEscalateAppealArgs = {
  input: EscalateAppealInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationCloseAppealArgs = {
  input: AppealMoveInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationAddAppealNoteArgs = {
  input: AddAppealNoteInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationConvertAppealToDisputeArgs = {
  input: ConvertAppealToDisputeInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationLinkAppealToServiceRequestArgs = {
  input: LinkAppealToServiceRequestInput;
};


/** Writes of the union platform (labor relations: contracts, disputes, congresses and risk assessments by staff, i.e. a FEDERATION_ADMIN in its region or the ORG_ADMIN of the organization, and the worker-appeal workflow). */
export type MutationLinkAppealToHardshipCaseArgs = {
  input: LinkAppealToHardshipCaseInput;
};

/** A member (owned by members); labor relations adds the disputes naming the member. */
export type Member = {
  __typename?: 'Member';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
  /** Disputes in which the member is a claimant, newest first: the member itself, or staff within their scope. */
  disputes: Array<LaborDispute>;
  /** The member's appeals, newest first: the member itself, or staff within their scope. */
  appeals: Array<WorkerAppeal>;
};


/** A member (owned by members); labor relations adds the disputes naming the member. */
export type MemberDisputesArgs = {
  open?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A member (owned by members); labor relations adds the disputes naming the member. */
export type MemberAppealsArgs = {
  open?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A union organization (owned by organizations); labor relations adds its contracts, disputes and risk picture. */
export type Organization = {
  __typename?: 'Organization';
  /** The organization's id. */
  id: Scalars['ID']['output'];
  /** The organization's labor relations at a glance. FORBIDDEN outside the caller's scope. */
  laborRelations?: Maybe<LaborRelations>;
  /** Collective contracts signed by the organization, newest first, inside the caller's scope. */
  collectiveContracts: Array<CollectiveContract>;
  /** Disputes at the organization, newest first, inside the caller's scope (a MEMBER: its own). */
  disputes: Array<LaborDispute>;
  /** Workers' congress sessions, latest first. */
  workersCongresses: Array<WorkersCongress>;
  /** Risk assessments, latest period first (staff only). */
  riskAssessments: Array<RiskAssessment>;
  /** Appeals the organization handles (default) or that concern it, newest first, inside the caller's scope. */
  appeals: Array<WorkerAppeal>;
};


/** A union organization (owned by organizations); labor relations adds its contracts, disputes and risk picture. */
export type OrganizationCollectiveContractsArgs = {
  status?: InputMaybe<CollectiveContractStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A union organization (owned by organizations); labor relations adds its contracts, disputes and risk picture. */
export type OrganizationDisputesArgs = {
  open?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<LaborDisputeStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A union organization (owned by organizations); labor relations adds its contracts, disputes and risk picture. */
export type OrganizationWorkersCongressesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A union organization (owned by organizations); labor relations adds its contracts, disputes and risk picture. */
export type OrganizationRiskAssessmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A union organization (owned by organizations); labor relations adds its contracts, disputes and risk picture. */
export type OrganizationAppealsArgs = {
  role?: InputMaybe<AppealOrganizationRole>;
  open?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An administrative division (owned by organizations); labor relations adds its figures. */
export type Region = {
  __typename?: 'Region';
  /** GB/T 2260 code of the region. */
  code: Scalars['ID']['output'];
  /** Labor-relations figures for this region, counted by the database. FORBIDDEN outside the caller's jurisdiction. */
  laborStats?: Maybe<LaborStats>;
  /** Appeal figures of the region (counters kept with every write). FORBIDDEN outside the caller's jurisdiction. */
  appealStats?: Maybe<AppealStats>;
  /** Appeals received per month and category, oldest month first, this month included. FORBIDDEN outside the caller's jurisdiction. */
  appealTrends?: Maybe<Array<AppealMonth>>;
  /** Employers with the most rights complaints in the last 90 days. FORBIDDEN outside the caller's jurisdiction. */
  appealHotspots?: Maybe<Array<AppealHotspot>>;
};


/** An administrative division (owned by organizations); labor relations adds its figures. */
export type RegionAppealTrendsArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
};


/** An administrative division (owned by organizations); labor relations adds its figures. */
export type RegionAppealHotspotsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Owned by organizations; referenced only. */
export type Employer = {
  __typename?: 'Employer';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
};

/** Owned by services (a legal-aid request); referenced only. */
export type ServiceRequest = {
  __typename?: 'ServiceRequest';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
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
};

/** Risk grade of a dispute or of an organization's labor relations. */
export type RiskLevel =
  /** Low risk (低风险). */
  | 'LOW'
  /** Medium risk (中风险). */
  | 'MEDIUM'
  /** High risk (高风险); an organization whose latest assessment is HIGH counts in LaborStats.organizationsAtHighRisk. */
  | 'HIGH';

/** Kinds of collective contract (集体合同 and its special agreements 专项集体合同). */
export type CollectiveContractKind =
  /** Comprehensive collective contract (综合性集体合同). */
  | 'GENERAL'
  /** Wage special agreement (工资专项集体合同). */
  | 'WAGE_SPECIAL'
  /** Special agreement protecting female workers (女职工权益保护专项集体合同). */
  | 'FEMALE_WORKERS_SPECIAL'
  /** Occupational safety and health special agreement (劳动安全卫生专项集体合同). */
  | 'SAFETY_SPECIAL';

/** Who a contract covers. */
export type ContractCoverage =
  /** One employer and its grassroots union. */
  | 'ENTERPRISE'
  /** Many employers of a region (区域性集体合同), signed by a local federation or community union. */
  | 'REGIONAL'
  /** Many employers of an industry (行业性集体合同), signed by an industry union. */
  | 'INDUSTRY';

/**
 * DRAFT → NEGOTIATING → SIGNED → FILED, and TERMINATED from any of those. EXPIRED is read off the
 * date: a SIGNED or FILED contract whose effectiveTo lies before today (China calendar) is EXPIRED,
 * in filters too, without any job having to run.
 */
export type CollectiveContractStatus =
  /** Opened; bargaining has not started. */
  | 'DRAFT'
  /** Under collective bargaining (集体协商); rounds are recorded. */
  | 'NEGOTIATING'
  /** Signed (签订) with its term; in force from effectiveFrom to effectiveTo. */
  | 'SIGNED'
  /** Signed and filed (报备) with the human resources and social security department. */
  | 'FILED'
  /** SIGNED or FILED with effectiveTo before today; read off the date, never stored. Final: a renewal is a new contract. */
  | 'EXPIRED'
  /** Ended before its term, with a reason. Final. */
  | 'TERMINATED';

/** A collective contract (集体合同). */
export type CollectiveContract = {
  __typename?: 'CollectiveContract';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
  /** The contract's title (one line, at most 200 characters). */
  title: Scalars['String']['output'];
  /** The comprehensive contract or a special agreement. */
  kind: CollectiveContractKind;
  /** One enterprise, or many employers of a region or an industry. */
  coverage: ContractCoverage;
  /** The signing union: the grassroots union, or the federation / industry union of a regional or industry contract. */
  organization: Organization;
  /** The employer of an enterprise contract. */
  employer?: Maybe<Employer>;
  /** The region of the signing organization (copied when the contract was opened). */
  region: Region;
  /** Employers covered: 1 for an enterprise contract, as reported for regional and industry ones. */
  coveredOrganizations: Scalars['Int']['output'];
  /** Where it stands as of today (China calendar): SIGNED or FILED past effectiveTo reads as EXPIRED. */
  status: CollectiveContractStatus;
  /** The moves allowed from the current status. */
  allowedTransitions: Array<CollectiveContractStatus>;
  /** Bargaining rounds, in order. */
  negotiationRounds: Array<NegotiationRound>;
  /** The day it was signed; null before SIGNED. */
  signedOn?: Maybe<Scalars['Date']['output']>;
  /** Filed (报备) with the human resources and social security department. */
  filedOn?: Maybe<Scalars['Date']['output']>;
  /** First day of its term; null before SIGNED. */
  effectiveFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day of its term, at most three years after effectiveFrom; null before SIGNED. */
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  /** Days until effectiveTo while SIGNED or FILED; null otherwise. */
  daysUntilExpiry?: Maybe<Scalars['Int']['output']>;
  /** Employees covered; 0 until given (it is required at signing). */
  coveredEmployees: Scalars['Int']['output'];
  /** Agreed wage increase in basis points (350 = 3.50%). */
  wageIncreaseBasisPoints?: Maybe<Scalars['Int']['output']>;
  /** The day it was terminated; null unless TERMINATED. */
  terminatedOn?: Maybe<Scalars['Date']['output']>;
  /** Why it was terminated (at most 500 characters); null unless TERMINATED. */
  terminationReason?: Maybe<Scalars['String']['output']>;
  /** Increases with every change; pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
  /** When it was stored. */
  createdAt: Scalars['DateTime']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A round of collective bargaining. */
export type NegotiationRound = {
  __typename?: 'NegotiationRound';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
  /** 1, 2, … within the contract. */
  roundNumber: Scalars['Int']['output'];
  /** The day the round was held (never in the future). */
  heldOn: Scalars['Date']['output'];
  /** What was discussed and agreed (at most 2,000 characters). */
  summary: Scalars['String']['output'];
};

/** Dispute categories. */
export type LaborDisputeCategory =
  /** Unpaid wages (欠薪). */
  | 'WAGE_ARREARS'
  /** The labor contract (劳动合同). */
  | 'CONTRACT'
  /** Social insurance contributions (社会保险). */
  | 'SOCIAL_INSURANCE'
  /** Working hours, rest and leave. */
  | 'WORKING_HOURS'
  /** Occupational injury (工伤). */
  | 'OCCUPATIONAL_INJURY'
  /** Dismissal by the employer. */
  | 'DISMISSAL'
  /** Anything else. */
  | 'OTHER';

/**
 * REPORTED → MEDIATING | ARBITRATION | CLOSED; MEDIATING → MEDIATED | ARBITRATION;
 * MEDIATED → CLOSED | ARBITRATION; ARBITRATION → LITIGATION | CLOSED; LITIGATION → CLOSED.
 * CLOSED is final; every other status counts as open.
 */
export type LaborDisputeStatus =
  /** Reported to the union; neither mediated nor arbitrated yet. */
  | 'REPORTED'
  /** In mediation (调解); ends MEDIATED or, when it fails, in ARBITRATION. */
  | 'MEDIATING'
  /** A mediation agreement was reached; CLOSED once performed, ARBITRATION when it is not. */
  | 'MEDIATED'
  /** Before the labor dispute arbitration commission (劳动仲裁). */
  | 'ARBITRATION'
  /** Before the people's court (诉讼) after arbitration; CLOSED on judgment. */
  | 'LITIGATION'
  /** Closed (结案): withdrawn, settled, performed or decided. Final. */
  | 'CLOSED';

/** A labor dispute (劳动争议). */
export type LaborDispute = {
  __typename?: 'LaborDispute';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
  /** Unique and readable, per city and year: '4401-2026-000123'. */
  caseNumber: Scalars['String']['output'];
  /** What the dispute is about. */
  category: LaborDisputeCategory;
  /** What happened, as reported (at most 2,000 characters). */
  summary: Scalars['String']['output'];
  /** Where it stands in the dispute workflow. */
  status: LaborDisputeStatus;
  /** The moves allowed from the current status. */
  allowedTransitions: Array<LaborDisputeStatus>;
  /** The union organization at which the dispute arose. */
  organization: Organization;
  /** That organization's employer when the dispute was reported; null for one without an employer. */
  employer?: Maybe<Employer>;
  /** That organization's region (copied when the dispute was reported). */
  region: Region;
  /** Members named as claimants (resolved by the members subgraph). */
  claimants: Array<Member>;
  /** All workers taking part, named or not. */
  headcount: Scalars['Int']['output'];
  /** True when 10 or more workers take part (集体劳动争议). */
  isCollective: Scalars['Boolean']['output'];
  /** Amount the workers claim, in cents. */
  amountClaimedCents: Scalars['Cents']['output'];
  /** Amount recovered so far, in cents: 0 until a move records it, never more than the amount claimed. */
  amountRecoveredCents: Scalars['Cents']['output'];
  /** Risk grade given when the dispute was reported. */
  riskLevel: RiskLevel;
  /** The claimant's legal-aid request (resolved by the services subgraph). */
  legalAidRequest?: Maybe<ServiceRequest>;
  /** The day it was reported (China calendar; never in the future). */
  reportedOn: Scalars['Date']['output'];
  /** The day it moved to CLOSED (China calendar); null while open. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** Every report, move and note, oldest first. */
  timeline: Array<LaborDisputeEvent>;
  /** Increases with every move (a note leaves it); pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
  /** When it was stored. */
  createdAt: Scalars['DateTime']['output'];
  /** When it last changed (a move or a note). */
  updatedAt: Scalars['DateTime']['output'];
  /** The worker appeal this dispute was converted from, inside the caller's scope. */
  appeal?: Maybe<WorkerAppeal>;
};

/** Kinds of dispute timeline entry. */
export type LaborDisputeEventKind =
  /** The dispute was reported (the first entry). */
  | 'REPORTED'
  /** A change of status (moveLaborDispute). */
  | 'TRANSITION'
  /** A note without a change of status (addLaborDisputeNote). */
  | 'NOTE';

/** One entry of a dispute's timeline. */
export type LaborDisputeEvent = {
  __typename?: 'LaborDisputeEvent';
  /** Time-sortable id (UUID v7). */
  id: Scalars['ID']['output'];
  /** What the entry records. */
  kind: LaborDisputeEventKind;
  /** Status before a TRANSITION; null otherwise. */
  fromStatus?: Maybe<LaborDisputeStatus>;
  /** Status after a TRANSITION, REPORTED for the first entry; null for a NOTE. */
  toStatus?: Maybe<LaborDisputeStatus>;
  /** The note given with the entry (at most 2,000 characters); null when none was. */
  note?: Maybe<Scalars['String']['output']>;
  /** Who recorded it: the caller's token subject and role. */
  actor: Scalars['String']['output'];
  /** The role it was recorded with (e.g. FEDERATION_ADMIN, ORG_ADMIN). */
  actorRole: Scalars['String']['output'];
  /** When it was recorded. */
  at: Scalars['DateTime']['output'];
};

/** A session of a workers' congress (职工代表大会). */
export type WorkersCongress = {
  __typename?: 'WorkersCongress';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
  /** The organization whose congress it is. */
  organization: Organization;
  /** e.g. 第三届第二次会议. */
  session: Scalars['String']['output'];
  /** The day the session was held (never in the future). */
  heldOn: Scalars['Date']['output'];
  /** Delegates (职工代表) at the session. */
  delegates: Scalars['Int']['output'];
  /** Resolutions the session adopted. */
  resolutionsAdopted: Scalars['Int']['output'];
  /** Factory-affairs openness (厂务公开) items disclosed at the session. */
  opennessItems: Array<Scalars['String']['output']>;
};

/** A labor-relations risk screening (矛盾纠纷排查) of an organization for one period. */
export type RiskAssessment = {
  __typename?: 'RiskAssessment';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
  /** The organization screened. */
  organization: Organization;
  /** 'YYYY-Qn' or 'YYYY-MM'. */
  period: Scalars['String']['output'];
  /** The day the screening was done (never in the future). */
  assessedOn: Scalars['Date']['output'];
  /** What the screening found (at most 4,000 characters). */
  findings: Scalars['String']['output'];
  /** The grade the screening gave. */
  riskLevel: RiskLevel;
  /** Measures to follow up (at most 2,000 characters); null when none were recorded. */
  followUp?: Maybe<Scalars['String']['output']>;
};

/** An organization's labor relations at a glance. */
export type LaborRelations = {
  __typename?: 'LaborRelations';
  /** A GENERAL collective contract is in force today. */
  hasValidContract: Scalars['Boolean']['output'];
  /** End of the GENERAL contract in force (the latest, if several). */
  contractExpiresOn?: Maybe<Scalars['Date']['output']>;
  /** Contracts of any kind in force today. */
  contractsInForce: Scalars['Int']['output'];
  /** Disputes at the organization that are not CLOSED. */
  openDisputes: Scalars['Int']['output'];
  /** Of those, disputes with 10 or more workers (集体劳动争议). */
  openCollectiveDisputes: Scalars['Int']['output'];
  /** Grade of the latest risk assessment. */
  riskLevel?: Maybe<RiskLevel>;
  /** Period of the latest risk assessment. */
  riskPeriod?: Maybe<Scalars['String']['output']>;
  /** The latest workers' congress session by the day it was held; null when none is recorded. */
  lastWorkersCongress?: Maybe<WorkersCongress>;
  /** Appeals about the organization that are open now. */
  openAppeals: Scalars['Int']['output'];
  /** Rights complaints about the organization received in the last 90 days. */
  rightsComplaintsLast90Days: Scalars['Int']['output'];
};

/** Open disputes of one category. */
export type DisputeCategoryCount = {
  __typename?: 'DisputeCategoryCount';
  /** The category. */
  category: LaborDisputeCategory;
  /** Open disputes in it (at least 1: empty categories are left out). */
  count: Scalars['Int']['output'];
};

/** Labor-relations figures of a region (and everything under it). */
export type LaborStats = {
  __typename?: 'LaborStats';
  /** Organizations with a GENERAL collective contract in force. */
  organizationsWithValidContract: Scalars['Int']['output'];
  /** Employers covered by regional or industry contracts in force, as reported on them. */
  organizationsCoveredByRegionalContracts: Scalars['Int']['output'];
  /** Employees covered by GENERAL contracts in force. */
  employeesCovered: Scalars['Int']['output'];
  /** Contracts in force whose term ends within 30 days. */
  contractsExpiringWithin30Days: Scalars['Int']['output'];
  /** Disputes that are not CLOSED. */
  openDisputes: Scalars['Int']['output'];
  /** Open disputes per category, in category name order; categories without any are left out. */
  openDisputesByCategory: Array<DisputeCategoryCount>;
  /** Open disputes with 10 or more workers. */
  openCollectiveDisputes: Scalars['Int']['output'];
  /** Disputes reported this year (China calendar, by reportedOn). */
  disputesReportedThisYear: Scalars['Int']['output'];
  /** Of those, disputes with 10 or more workers. */
  collectiveDisputesThisYear: Scalars['Int']['output'];
  /** Amount claimed by the disputes reported this year, in cents. */
  amountClaimedThisYearCents: Scalars['Cents']['output'];
  /** Amount recovered so far on the disputes reported this year, in cents. */
  amountRecoveredThisYearCents: Scalars['Cents']['output'];
  /** Organizations whose latest risk assessment is HIGH. */
  organizationsAtHighRisk: Scalars['Int']['output'];
};

/** How collectiveContracts are ordered. */
export type CollectiveContractOrder =
  /** Oldest first (creation order). */
  | 'CREATED'
  /** Soonest effectiveTo first; only contracts that have an end date (signed at some point). */
  | 'EXPIRY';

/** What collectiveContracts lists; every filter narrows the caller's scope. */
export type CollectiveContractFilter = {
  /** Region code prefix (narrows, never widens, the caller's scope). */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Only contracts signed by this organization. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only contracts in this status as of today (EXPIRED read off the date). */
  status?: InputMaybe<CollectiveContractStatus>;
  /** Only contracts of this kind. */
  kind?: InputMaybe<CollectiveContractKind>;
  /** In force and ending between today and today + N days (0–3660). */
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
};

/** What laborDisputes lists; every filter narrows the caller's scope. */
export type LaborDisputeFilter = {
  /** Region code prefix (narrows, never widens, the caller's scope). */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Only disputes at this organization. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Exactly this status. */
  status?: InputMaybe<LaborDisputeStatus>;
  /** true: not CLOSED; false: CLOSED. */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this category. */
  category?: InputMaybe<LaborDisputeCategory>;
  /** true: only disputes with 10 or more workers; false: only smaller ones. */
  collective?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only disputes of this risk grade. */
  riskLevel?: InputMaybe<RiskLevel>;
  /** true: only disputes pointing to a legal-aid request. */
  withLegalAid?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What workersCongresses lists; every filter narrows the caller's scope. */
export type WorkersCongressFilter = {
  /** Region code prefix (narrows, never widens, the caller's scope). */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Only this organization's sessions. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

/** What riskAssessments lists; every filter narrows the caller's scope. */
export type RiskAssessmentFilter = {
  /** Region code prefix (narrows, never widens, the caller's scope). */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Only this organization's assessments. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only assessments of this grade. */
  riskLevel?: InputMaybe<RiskLevel>;
  /** Only each organization's latest period. */
  latestOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A new collective contract, opened as DRAFT. */
export type CreateCollectiveContractInput = {
  /** The signing organization, ACTIVE and one the caller may write for: a grassroots union with an employer (ENTERPRISE), a federation or community federation (REGIONAL), an industry union or federation (INDUSTRY). */
  organizationId: Scalars['ID']['input'];
  /** The kind of contract. */
  kind: CollectiveContractKind;
  /** ENTERPRISE when omitted (the organization must then be a grassroots union with an employer). */
  coverage?: InputMaybe<ContractCoverage>;
  /** Employers covered by a regional or industry contract. */
  coveredOrganizations?: InputMaybe<Scalars['Int']['input']>;
  /** The title (one line, at most 200 characters). */
  title: Scalars['String']['input'];
  /** Employees covered, if known (1–10,000,000); 0 when omitted, and required at signing. */
  coveredEmployees?: InputMaybe<Scalars['Int']['input']>;
  /** Wage change already agreed, in basis points (−10000 to 10000; 350 = 3.50%). */
  wageIncreaseBasisPoints?: InputMaybe<Scalars['Int']['input']>;
};

/** A contract to move along its workflow. */
export type ContractMoveInput = {
  /** The contract. */
  id: Scalars['ID']['input'];
  /** The version you read; a stale one is CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** A bargaining round of a NEGOTIATING contract. */
export type RecordNegotiationRoundInput = {
  /** The contract (NEGOTIATING). */
  contractId: Scalars['ID']['input'];
  /** The day it was held; never in the future. */
  heldOn: Scalars['Date']['input'];
  /** What was discussed and agreed (at most 2,000 characters). */
  summary: Scalars['String']['input'];
};

/** The signing of a NEGOTIATING contract, with its term. */
export type SignCollectiveContractInput = {
  /** The contract (NEGOTIATING). */
  id: Scalars['ID']['input'];
  /** The version you read; a stale one is CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The day it was signed; never in the future. */
  signedOn: Scalars['Date']['input'];
  /** First day of the term. */
  effectiveFrom: Scalars['Date']['input'];
  /** After effectiveFrom, at most three years later. */
  effectiveTo: Scalars['Date']['input'];
  /** Employees covered (1–10,000,000). */
  coveredEmployees: Scalars['Int']['input'];
  /** Required for a WAGE_SPECIAL agreement. */
  wageIncreaseBasisPoints?: InputMaybe<Scalars['Int']['input']>;
};

/** The filing (报备) of a SIGNED contract. */
export type FileCollectiveContractInput = {
  /** The contract (SIGNED). */
  id: Scalars['ID']['input'];
  /** The version you read; a stale one is CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The day it was filed: not before signedOn, never in the future. */
  filedOn: Scalars['Date']['input'];
};

/** The end of a contract before its term, with a reason. */
export type TerminateCollectiveContractInput = {
  /** The contract (DRAFT, NEGOTIATING, SIGNED or FILED). */
  id: Scalars['ID']['input'];
  /** The version you read; a stale one is CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Why it ends (at most 500 characters). */
  reason: Scalars['String']['input'];
  /** Today when omitted. */
  terminatedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A new labor dispute, reported as REPORTED. */
export type ReportLaborDisputeInput = {
  /** The organization where it arose, ACTIVE and one the caller may write for; its region and employer are copied. */
  organizationId: Scalars['ID']['input'];
  /** What it is about. */
  category: LaborDisputeCategory;
  /** What happened (at most 2,000 characters). */
  summary: Scalars['String']['input'];
  /** Members of the organization named as claimants (may be empty; at most 500). */
  claimantMemberIds: Array<Scalars['ID']['input']>;
  /** All workers taking part; at least the named claimants. */
  headcount: Scalars['Int']['input'];
  /** Amount claimed, in cents (0 or more). */
  amountClaimedCents: Scalars['Cents']['input'];
  /** The risk grade. */
  riskLevel: RiskLevel;
  /** Today when omitted; never in the future. */
  reportedOn?: InputMaybe<Scalars['Date']['input']>;
  /** A LEGAL_AID service request (services) in the caller's scope, to link. */
  legalAidRequestId?: InputMaybe<Scalars['ID']['input']>;
};

/** A move of a dispute along its state machine. */
export type MoveLaborDisputeInput = {
  /** The dispute. */
  id: Scalars['ID']['input'];
  /** The status to move to; allowedTransitions lists the legal ones. */
  to: LaborDisputeStatus;
  /** A note for the timeline entry (at most 2,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Recovered so far (at most the amount claimed). */
  amountRecoveredCents?: InputMaybe<Scalars['Cents']['input']>;
  /** The version you read; a stale one is CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** A note on a dispute's timeline: a call, a visit, a mediation session. */
export type AddLaborDisputeNoteInput = {
  /** The dispute. */
  id: Scalars['ID']['input'];
  /** The note (at most 2,000 characters). */
  note: Scalars['String']['input'];
};

/** A session of an organization's workers' congress. */
export type RecordWorkersCongressInput = {
  /** The organization, ACTIVE and one the caller may write for. */
  organizationId: Scalars['ID']['input'];
  /** The session's name, e.g. 第三届第二次会议 (one line, at most 100 characters). */
  session: Scalars['String']['input'];
  /** The day it was held; never in the future. */
  heldOn: Scalars['Date']['input'];
  /** Delegates at the session (1–100,000). */
  delegates: Scalars['Int']['input'];
  /** Resolutions adopted (0–1,000). */
  resolutionsAdopted: Scalars['Int']['input'];
  /** Items disclosed under factory-affairs openness (厂务公开): at most 50, each one line of at most 200 characters; may be empty. */
  opennessItems: Array<Scalars['String']['input']>;
};

/** One risk screening of an organization for a period. */
export type RecordRiskAssessmentInput = {
  /** The organization, ACTIVE and one the caller may write for. */
  organizationId: Scalars['ID']['input'];
  /** 'YYYY-Qn' or 'YYYY-MM'; one assessment per organization and period (a second is CONFLICT). */
  period: Scalars['String']['input'];
  /** The day it was done; never in the future. */
  assessedOn: Scalars['Date']['input'];
  /** What was found (at most 4,000 characters). */
  findings: Scalars['String']['input'];
  /** The grade. */
  riskLevel: RiskLevel;
  /** Measures to follow up (at most 2,000 characters). */
  followUp?: InputMaybe<Scalars['String']['input']>;
};

/** Result of a collective contract write. */
export type CollectiveContractPayload = {
  __typename?: 'CollectiveContractPayload';
  /** The contract after the change. */
  contract: CollectiveContract;
};

/** Result of recordNegotiationRound. */
export type RecordNegotiationRoundPayload = {
  __typename?: 'RecordNegotiationRoundPayload';
  /** The contract the round belongs to (a round leaves its version unchanged). */
  contract: CollectiveContract;
  /** The round recorded. */
  round: NegotiationRound;
};

/** Result of a labor dispute write. */
export type LaborDisputePayload = {
  __typename?: 'LaborDisputePayload';
  /** The dispute after the change. */
  dispute: LaborDispute;
};

/** Result of recordWorkersCongress. */
export type WorkersCongressPayload = {
  __typename?: 'WorkersCongressPayload';
  /** The session recorded. */
  congress: WorkersCongress;
};

/** Result of recordRiskAssessment. */
export type RiskAssessmentPayload = {
  __typename?: 'RiskAssessmentPayload';
  /** The assessment recorded. */
  assessment: RiskAssessment;
};

/** A page of collective contracts. */
export type CollectiveContractConnection = {
  __typename?: 'CollectiveContractConnection';
  /** The collective contracts with their cursors. */
  edges: Array<CollectiveContractEdge>;
  /** The collective contracts of the page. */
  nodes: Array<CollectiveContract>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Computed only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A collective contract and its cursor. */
export type CollectiveContractEdge = {
  __typename?: 'CollectiveContractEdge';
  /** Opaque position; pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The collective contract. */
  node: CollectiveContract;
};

/** A page of labor disputes. */
export type LaborDisputeConnection = {
  __typename?: 'LaborDisputeConnection';
  /** The labor disputes with their cursors. */
  edges: Array<LaborDisputeEdge>;
  /** The labor disputes of the page. */
  nodes: Array<LaborDispute>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Computed only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A labor dispute and its cursor. */
export type LaborDisputeEdge = {
  __typename?: 'LaborDisputeEdge';
  /** Opaque position; pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The labor dispute. */
  node: LaborDispute;
};

/** A page of workers' congress sessions. */
export type WorkersCongressConnection = {
  __typename?: 'WorkersCongressConnection';
  /** The workers' congress sessions with their cursors. */
  edges: Array<WorkersCongressEdge>;
  /** The workers' congress sessions of the page. */
  nodes: Array<WorkersCongress>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Computed only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A workers' congress session and its cursor. */
export type WorkersCongressEdge = {
  __typename?: 'WorkersCongressEdge';
  /** Opaque position; pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The workers' congress session. */
  node: WorkersCongress;
};

/** A page of risk assessments. */
export type RiskAssessmentConnection = {
  __typename?: 'RiskAssessmentConnection';
  /** The risk assessments with their cursors. */
  edges: Array<RiskAssessmentEdge>;
  /** The risk assessments of the page. */
  nodes: Array<RiskAssessment>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Computed only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A risk assessment and its cursor. */
export type RiskAssessmentEdge = {
  __typename?: 'RiskAssessmentEdge';
  /** Opaque position; pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The risk assessment. */
  node: RiskAssessment;
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

/** How an appeal came in. */
export type AppealChannel =
  /** The 12351 workers' rights hotline. */
  | 'HOTLINE_12351'
  /** The members' app (a MEMBER submitting its own appeal). */
  | 'APP'
  /** The public web form (anonymous, with a follow-up code). */
  | 'WEB'
  /** In person at a union office or workers' home. */
  | 'WALK_IN'
  /** A letter (来信). */
  | 'LETTER'
  /** Referred by another hotline (12345, 12333…). */
  | 'REFERRAL';

/** What the worker wants. */
export type AppealKind =
  /** A question about rights or services (咨询). */
  | 'CONSULTATION'
  /** A request for help (求助). */
  | 'HELP_REQUEST'
  /** A complaint that rights were violated (投诉维权). */
  | 'RIGHTS_COMPLAINT'
  /** A suggestion (建议). */
  | 'SUGGESTION';

/** What an appeal is about: the dispute categories, the nine service categories, and OTHER. */
export type AppealCategory =
  /** Unpaid wages (欠薪). */
  | 'WAGE_ARREARS'
  /** The labor contract. */
  | 'CONTRACT'
  /** Social insurance contributions. */
  | 'SOCIAL_INSURANCE'
  /** Working hours, rest and leave. */
  | 'WORKING_HOURS'
  /** Occupational injury. */
  | 'OCCUPATIONAL_INJURY'
  /** Dismissal. */
  | 'DISMISSAL'
  /** Hardship assistance (困难帮扶). */
  | 'HARDSHIP_ASSISTANCE'
  /** Legal aid (法律援助). */
  | 'LEGAL_AID'
  /** Psychological counseling. */
  | 'PSYCHOLOGICAL_COUNSELING'
  /** Career development and skills. */
  | 'CAREER_DEVELOPMENT'
  /** Culture, sports and health. */
  | 'CULTURE_SPORTS_HEALTH'
  /** Child care. */
  | 'CHILD_CARE'
  /** Festival celebrations. */
  | 'FESTIVAL_CELEBRATION'
  /** Living services. */
  | 'LIVING_SERVICES'
  /** Working environment services. */
  | 'ENVIRONMENT_SERVICES'
  /** Anything else. */
  | 'OTHER';

/**
 * RECEIVED → ACCEPTED → DISPATCHED (down; the receiver may return it → ACCEPTED) → IN_PROGRESS →
 * RESOLVED → CALLED_BACK → CLOSED. A first DISSATISFIED call-back reopens it (CALLED_BACK →
 * IN_PROGRESS); an overdue appeal or a second dissatisfaction may be escalated (→ ACCEPTED one level up).
 * RECEIVED to IN_PROGRESS count as open (and overdue once the due date has passed).
 */
export type AppealStatus =
  /** Received by a line, not yet accepted. */
  | 'RECEIVED'
  /** Accepted (受理) by the level that holds it. */
  | 'ACCEPTED'
  /** Sent down to a federation or union (派单), not yet taken up there. */
  | 'DISPATCHED'
  /** Being handled (办理). */
  | 'IN_PROGRESS'
  /** Resolved (办结); waiting for the return call. */
  | 'RESOLVED'
  /** The return call (回访) is recorded. */
  | 'CALLED_BACK'
  /** Closed (结案). Final. */
  | 'CLOSED';

/** The workflow actions a client may offer from the current status (the caller's rights are checked when it acts). */
export type AppealAction =
  /** acceptAppeal. */
  | 'ACCEPT'
  /** dispatchAppeal. */
  | 'DISPATCH'
  /** returnAppeal. */
  | 'RETURN'
  /** startAppeal. */
  | 'START'
  /** resolveAppeal. */
  | 'RESOLVE'
  /** recordAppealCallBack (or rateAppeal by the member). */
  | 'CALL_BACK'
  /** escalateAppeal (when overdue, or dissatisfied again). */
  | 'ESCALATE'
  /** closeAppeal. */
  | 'CLOSE';

/** How an appeal was resolved. */
export type AppealOutcome =
  /** The problem was solved. */
  | 'SOLVED'
  /** Partly solved. */
  | 'PARTIALLY_SOLVED'
  /** Answered or explained (consultations, policy questions). */
  | 'EXPLAINED'
  /** Referred to the competent authority or converted into a dispute case. */
  | 'REFERRED'
  /** The claim was not supported, with reasons given. */
  | 'NOT_SUPPORTED';

/** The worker's answer on the return call. */
export type AppealSatisfaction =
  /** Satisfied (满意). */
  | 'SATISFIED'
  /** Basically satisfied (基本满意). */
  | 'BASICALLY_SATISFIED'
  /** Dissatisfied (不满意): a first one reopens the appeal. */
  | 'DISSATISFIED'
  /** Not reached after three recorded attempts. */
  | 'UNREACHABLE';

/** Kinds of timeline entry. */
export type AppealEventKind =
  /** The appeal was received. */
  | 'RECEIVED'
  /** A change of status. */
  | 'TRANSITION'
  /** A staff note. */
  | 'NOTE'
  /** Information the member added. */
  | 'INFO_ADDED'
  /** A return call that did not reach the worker. */
  | 'CALL_ATTEMPT'
  /** Linked to a labor dispute. */
  | 'LINKED';

/** Which appeals of an organization to list. */
export type AppealOrganizationRole =
  /** Appeals the organization currently handles. */
  | 'HANDLER'
  /** Appeals about the organization. */
  | 'CONCERNED';

/** A worker appeal (职工诉求) on the 12351 line. */
export type WorkerAppeal = {
  __typename?: 'WorkerAppeal';
  /** Application-generated, time-sortable. */
  id: Scalars['ID']['output'];
  /** Readable, per city and year: '4401-SQ-2026-000123'. */
  number: Scalars['String']['output'];
  /** How it came in. */
  channel: AppealChannel;
  /** What the worker wants. */
  kind: AppealKind;
  /** What it is about. */
  category: AppealCategory;
  /** One line, at most 200 characters. */
  summary: Scalars['String']['output'];
  /** The worker's account, at most 2,000 characters. */
  details?: Maybe<Scalars['String']['output']>;
  /** Where it stands in the workflow. */
  status: AppealStatus;
  /** The statuses the workflow allows next. */
  allowedTransitions: Array<AppealStatus>;
  /** The actions possible from the current status. */
  allowedActions: Array<AppealAction>;
  /** The member who raised it (resolved by members); null for a caller without a member identity. */
  member?: Maybe<Member>;
  /** The caller's name, masked ('张**'); null for a member's appeal. */
  callerNameMasked?: Maybe<Scalars['String']['output']>;
  /** The caller's phone, masked ('138****5678'); null for a member's appeal. */
  callerPhoneMasked?: Maybe<Scalars['String']['output']>;
  /** The caller's full name: pii:read only, every read audited; FORBIDDEN otherwise. */
  callerName?: Maybe<Scalars['String']['output']>;
  /** The caller's full phone: pii:read only, every read audited; FORBIDDEN otherwise. */
  callerPhone?: Maybe<Scalars['String']['output']>;
  /** Appeals in the caller's scope from the same phone (this one included), found by the blind index; staff only. */
  callerAppealCount?: Maybe<Scalars['Int']['output']>;
  /** The region it concerns (narrowed when dispatched to a union below it). */
  region: Region;
  /** The organization it concerns, if named. */
  organization?: Maybe<Organization>;
  /** The employer it concerns (the organization's). */
  employer?: Maybe<Employer>;
  /** The organization holding it now; null while it is with the line of handlerRegion's federation. */
  handler?: Maybe<Organization>;
  /** The region of the level holding it now. */
  handlerRegion: Region;
  /** The staff subject handling it (staff only). */
  assignee?: Maybe<Scalars['String']['output']>;
  /** The day it was received (China calendar). */
  submittedOn: Scalars['Date']['output'];
  /** The last day to resolve it: received (or reopened, or escalated) plus the deadline of its kind. */
  dueAt: Scalars['Date']['output'];
  /** Open and past dueAt today (computed by date on every read and in every filter). */
  isOverdue: Scalars['Boolean']['output'];
  /** Days past dueAt while open and overdue; 0 otherwise. */
  daysOverdue: Scalars['Int']['output'];
  /** The day it was accepted. */
  acceptedOn?: Maybe<Scalars['Date']['output']>;
  /** The day it was resolved. */
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  /** How it was resolved. */
  outcome?: Maybe<AppealOutcome>;
  /** What the worker was told. */
  resolution?: Maybe<Scalars['String']['output']>;
  /** The worker's satisfaction from the return call. */
  satisfaction?: Maybe<AppealSatisfaction>;
  /** The day of the return call. */
  calledBackOn?: Maybe<Scalars['Date']['output']>;
  /** Return calls that did not reach the worker since the last resolution. */
  callBackAttempts: Scalars['Int']['output'];
  /** The day it was closed. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** How often it was reopened (at most once). */
  reopenCount: Scalars['Int']['output'];
  /** How often it was escalated. */
  escalationCount: Scalars['Int']['output'];
  /** The labor dispute it was converted into. */
  dispute?: Maybe<LaborDispute>;
  /** The service request it is handled through (resolved by services). */
  serviceRequest?: Maybe<ServiceRequest>;
  /** The hardship case it is handled through (resolved by services: null with FORBIDDEN for a reader outside the case's scope). */
  hardshipCase?: Maybe<HardshipCase>;
  /** Every step, oldest first; the worker sees the public part (no staff-internal notes). */
  timeline: Array<AppealEvent>;
  /** Increases with every change; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
  /** When it was stored. */
  createdAt: Scalars['DateTime']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** One entry of an appeal's timeline. */
export type AppealEvent = {
  __typename?: 'AppealEvent';
  /** Time-sortable id. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: AppealEventKind;
  /** Status before a transition. */
  fromStatus?: Maybe<AppealStatus>;
  /** Status after a transition. */
  toStatus?: Maybe<AppealStatus>;
  /** The organization holding the appeal after the step. */
  handler?: Maybe<Organization>;
  /** The region of the level holding it after the step. */
  handlerRegion?: Maybe<Region>;
  /** The satisfaction recorded by a call-back. */
  satisfaction?: Maybe<AppealSatisfaction>;
  /** The note; null in the worker's view when it is staff-internal. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when the note is for staff only. */
  internal: Scalars['Boolean']['output'];
  /** Who recorded it (token subject); null in the worker's view. */
  actor?: Maybe<Scalars['String']['output']>;
  /** The role it was recorded with. */
  actorRole: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
};

/** What an anonymous caller sees with the follow-up code: no personal data. */
export type AppealPublicStatus = {
  __typename?: 'AppealPublicStatus';
  /** The appeal number. */
  number: Scalars['String']['output'];
  /** Where it stands. */
  status: AppealStatus;
  /** What was asked. */
  kind: AppealKind;
  /** What it is about. */
  category: AppealCategory;
  /** How it came in. */
  channel: AppealChannel;
  /** The day it was received. */
  submittedOn: Scalars['Date']['output'];
  /** The last day to resolve it. */
  dueAt: Scalars['Date']['output'];
  /** Open and past dueAt. */
  isOverdue: Scalars['Boolean']['output'];
  /** How it was resolved, once resolved. */
  outcome?: Maybe<AppealOutcome>;
  /** The day it was resolved. */
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  /** Status changes only, no notes and no names. */
  timeline: Array<AppealPublicEvent>;
};

/** A status change as the anonymous follow-up shows it. */
export type AppealPublicEvent = {
  __typename?: 'AppealPublicEvent';
  /** RECEIVED or TRANSITION. */
  kind: AppealEventKind;
  /** Status before. */
  fromStatus?: Maybe<AppealStatus>;
  /** Status after. */
  toStatus?: Maybe<AppealStatus>;
  /** When. */
  at: Scalars['DateTime']['output'];
};

/** Appeal figures of one value of a dimension (a kind, a category or a channel). */
export type AppealBreakdown = {
  __typename?: 'AppealBreakdown';
  /** The kind, category or channel. */
  value: Scalars['String']['output'];
  /** Received this year. */
  received: Scalars['Int']['output'];
  /** Open now. */
  open: Scalars['Int']['output'];
  /** Open and overdue today. */
  overdue: Scalars['Int']['output'];
  /** Resolved this year. */
  resolved: Scalars['Int']['output'];
};

/** Appeal figures of a region and everything under it, from counters kept with every write. */
export type AppealStats = {
  __typename?: 'AppealStats';
  /** Received this year (China calendar). */
  receivedThisYear: Scalars['Int']['output'];
  /** Open now (RECEIVED to IN_PROGRESS). */
  open: Scalars['Int']['output'];
  /** Open and past their due date today. */
  overdue: Scalars['Int']['output'];
  /** Resolved this year (resolution date). */
  resolvedThisYear: Scalars['Int']['output'];
  /** Of those, resolved by their due date. */
  resolvedOnTimeThisYear: Scalars['Int']['output'];
  /** resolvedOnTimeThisYear / resolvedThisYear (0–1), null when nothing was resolved. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Return calls this year that reached the worker. */
  callBacksThisYear: Scalars['Int']['output'];
  /** Of those, SATISFIED or BASICALLY_SATISFIED. */
  satisfiedThisYear: Scalars['Int']['output'];
  /** satisfiedThisYear / callBacksThisYear (0–1), null without call-backs. */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
  /** Average days from receipt to resolution of this year's resolutions. */
  averageDaysToResolve?: Maybe<Scalars['Float']['output']>;
  /** Per kind. */
  byKind: Array<AppealBreakdown>;
  /** Per category. */
  byCategory: Array<AppealBreakdown>;
  /** Per channel. */
  byChannel: Array<AppealBreakdown>;
};

/** Appeals received in one month. */
export type AppealMonth = {
  __typename?: 'AppealMonth';
  /** 'YYYY-MM'. */
  month: Scalars['String']['output'];
  /** All appeals received that month. */
  total: Scalars['Int']['output'];
  /** Per category, largest first. */
  byCategory: Array<AppealCategoryCount>;
};

/** A count of appeals in one category. */
export type AppealCategoryCount = {
  __typename?: 'AppealCategoryCount';
  /** The category. */
  category: AppealCategory;
  /** How many. */
  count: Scalars['Int']['output'];
};

/** An employer with rights complaints in the last 90 days (矛盾排查 from data). */
export type AppealHotspot = {
  __typename?: 'AppealHotspot';
  /** The employer (resolved by organizations). */
  employer: Employer;
  /** Rights complaints about it received in the last 90 days. */
  rightsComplaints: Scalars['Int']['output'];
  /** The latest of them. */
  lastReceivedOn: Scalars['Date']['output'];
};

/** What appeals(filter) lists; every filter narrows the caller's scope. */
export type WorkerAppealFilter = {
  /** Region code prefix. */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Only appeals this organization handles now. */
  handlerOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only appeals about this organization. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Exactly this status. */
  status?: InputMaybe<AppealStatus>;
  /** true: RECEIVED to IN_PROGRESS; false: resolved, called back or closed. */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this kind. */
  kind?: InputMaybe<AppealKind>;
  /** Only this category. */
  category?: InputMaybe<AppealCategory>;
  /** Only this channel. */
  channel?: InputMaybe<AppealChannel>;
  /** true: open and past the due date today; false: not overdue. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Open and due between today and today + N days (0–366). */
  dueWithinDays?: InputMaybe<Scalars['Int']['input']>;
  /** Received on or after this day. */
  submittedSince?: InputMaybe<Scalars['Date']['input']>;
};

/** An appeal from the app (MEMBER) or the public web form (anonymous). */
export type SubmitAppealInput = {
  /** What the worker wants. */
  kind: AppealKind;
  /** What it is about. */
  category: AppealCategory;
  /** One line (at most 200 characters). */
  summary: Scalars['String']['input'];
  /** The account (at most 2,000 characters). */
  details?: InputMaybe<Scalars['String']['input']>;
  /** The region it concerns; a MEMBER's defaults to its organization's. Required without organizationId for anonymous callers. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** The organization it concerns (its region and employer are copied). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Anonymous callers: a name (optional; stored encrypted). */
  callerName?: InputMaybe<Scalars['String']['input']>;
  /** Anonymous callers: a mainland mobile number to call back (required; stored encrypted with a blind index). */
  callerPhone?: InputMaybe<Scalars['String']['input']>;
};

/** An appeal staff register on a caller's behalf. */
export type RegisterAppealInput = {
  /** HOTLINE_12351, WALK_IN, LETTER or REFERRAL (APP and WEB come through submitAppeal). */
  channel: AppealChannel;
  /** What the worker wants. */
  kind: AppealKind;
  /** What it is about. */
  category: AppealCategory;
  /** One line (at most 200 characters). */
  summary: Scalars['String']['input'];
  /** The account (at most 2,000 characters). */
  details?: InputMaybe<Scalars['String']['input']>;
  /** The region it concerns (inside a FEDERATION_ADMIN's region). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** The organization it concerns. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The caller's member identity, when given (then no caller name or phone is stored). */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** The caller's name, for a caller without a member identity. */
  callerName?: InputMaybe<Scalars['String']['input']>;
  /** The caller's mobile number, for a caller without a member identity (required then). */
  callerPhone?: InputMaybe<Scalars['String']['input']>;
  /** The day it was received; today when omitted, never in the future. */
  receivedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A workflow move that needs nothing but the appeal (accept, close). */
export type AppealMoveInput = {
  /** The appeal. */
  id: Scalars['ID']['input'];
  /** The version read; a stale one is CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A note for the timeline (visible to the worker). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Where to send an appeal down the hierarchy. */
export type DispatchAppealInput = {
  /** The appeal. */
  id: Scalars['ID']['input'];
  /** The version read. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The federation or union below the current handler that is to handle it. */
  organizationId: Scalars['ID']['input'];
  /** Instructions for the receiver (staff-internal). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Why the receiver returns an appeal. */
export type ReturnAppealInput = {
  /** The appeal. */
  id: Scalars['ID']['input'];
  /** The version read. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Why the receiver cannot handle it (staff-internal). */
  reason: Scalars['String']['input'];
};

/** Who starts handling an appeal. */
export type StartAppealInput = {
  /** The appeal. */
  id: Scalars['ID']['input'];
  /** The version read. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The staff subject handling it; the caller's when omitted. */
  assignee?: InputMaybe<Scalars['String']['input']>;
  /** A staff-internal note. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** How an appeal was resolved. */
export type ResolveAppealInput = {
  /** The appeal. */
  id: Scalars['ID']['input'];
  /** The version read. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** How it was resolved. */
  outcome: AppealOutcome;
  /** What the worker is told (at most 2,000 characters). */
  resolution: Scalars['String']['input'];
};

/** The result of a return call. */
export type RecordAppealCallBackInput = {
  /** The appeal. */
  id: Scalars['ID']['input'];
  /** The version read. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** What the worker said, or UNREACHABLE for a call that did not reach them. */
  satisfaction: AppealSatisfaction;
  /** A note on the call. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The member's rating of its own resolved appeal. */
export type RateAppealInput = {
  /** The member's own appeal. */
  id: Scalars['ID']['input'];
  /** The member's rating (UNREACHABLE is not a rating). */
  satisfaction: AppealSatisfaction;
  /** A comment. */
  comment?: InputMaybe<Scalars['String']['input']>;
};

/** Why an appeal goes one level up. */
export type EscalateAppealInput = {
  /** The appeal. */
  id: Scalars['ID']['input'];
  /** The version read. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Why (staff-internal). */
  reason: Scalars['String']['input'];
};

/** A note on an appeal's timeline. */
export type AddAppealNoteInput = {
  /** The appeal. */
  id: Scalars['ID']['input'];
  /** The note (at most 2,000 characters). */
  note: Scalars['String']['input'];
  /** Staff: true to show the note to the worker (default: internal). */
  public?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The ServiceRequest an appeal is handled through. */
export type LinkAppealToServiceRequestInput = {
  /** The appeal. */
  id: Scalars['ID']['input'];
  /** The member's service request in services. */
  serviceRequestId: Scalars['ID']['input'];
};

/** The HardshipCase an appeal is handled through. */
export type LinkAppealToHardshipCaseInput = {
  /** The appeal. */
  id: Scalars['ID']['input'];
  /** The member's hardship case in services. */
  hardshipCaseId: Scalars['ID']['input'];
};

/** The labor dispute to report from an appeal. */
export type ConvertAppealToDisputeInput = {
  /** The appeal (open, naming an organization). */
  id: Scalars['ID']['input'];
  /** Workers taking part (at least 1, and the member who raised it). */
  headcount?: InputMaybe<Scalars['Int']['input']>;
  /** Amount claimed in cents (0 when omitted). */
  amountClaimedCents?: InputMaybe<Scalars['Cents']['input']>;
  /** Risk grade (MEDIUM when omitted). */
  riskLevel?: InputMaybe<RiskLevel>;
};

/** The answer to submitAppeal. */
export type SubmitAppealPayload = {
  __typename?: 'SubmitAppealPayload';
  /** The appeal number to quote. */
  number: Scalars['String']['output'];
  /** The last day to resolve it. */
  dueAt: Scalars['Date']['output'];
  /** Anonymous callers only: the one-time follow-up code for appealStatus (shown once, stored only hashed). */
  followUpCode?: Maybe<Scalars['String']['output']>;
  /** The appeal, for a MEMBER; null for anonymous callers. */
  appeal?: Maybe<WorkerAppeal>;
};

/** The answer to an appeal mutation. */
export type WorkerAppealPayload = {
  __typename?: 'WorkerAppealPayload';
  /** The appeal as the caller may still see it; null once it left the caller's scope (e.g. dispatched to another organization). */
  appeal?: Maybe<WorkerAppeal>;
};

/** A page of appeals. */
export type WorkerAppealConnection = {
  __typename?: 'WorkerAppealConnection';
  /** The page with cursors. */
  edges: Array<WorkerAppealEdge>;
  /** The page. */
  nodes: Array<WorkerAppeal>;
  /** Paging. */
  pageInfo: PageInfo;
  /** Computed only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** An appeal in a page. */
export type WorkerAppealEdge = {
  __typename?: 'WorkerAppealEdge';
  /** Where it is. */
  cursor: Scalars['String']['output'];
  /** The appeal. */
  node: WorkerAppeal;
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
  CollectiveContract: CollectiveContract;
  LaborDispute: LaborDispute;
  WorkerAppeal: WorkerAppeal;
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
  CollectiveContract:
    ( { __typename: 'CollectiveContract' }
    & GraphQLRecursivePick<FederationTypes['CollectiveContract'], {"id":true}> );
  LaborDispute:
    ( { __typename: 'LaborDispute' }
    & GraphQLRecursivePick<FederationTypes['LaborDispute'], {"id":true}> );
  WorkerAppeal:
    ( { __typename: 'WorkerAppeal' }
    & GraphQLRecursivePick<FederationTypes['WorkerAppeal'], {"id":true}> );
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
  Member: ResolverTypeWrapper<MemberReferenceModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Organization: ResolverTypeWrapper<OrganizationReferenceModel>;
  Region: ResolverTypeWrapper<RegionReferenceModel>;
  Employer: ResolverTypeWrapper<Employer>;
  ServiceRequest: ResolverTypeWrapper<ServiceRequest>;
  HardshipCase: ResolverTypeWrapper<HardshipCase>;
  RiskLevel: RiskLevel;
  CollectiveContractKind: CollectiveContractKind;
  ContractCoverage: ContractCoverage;
  CollectiveContractStatus: CollectiveContractStatus;
  CollectiveContract: ResolverTypeWrapper<CollectiveContractModel>;
  NegotiationRound: ResolverTypeWrapper<NegotiationRoundModel>;
  LaborDisputeCategory: LaborDisputeCategory;
  LaborDisputeStatus: LaborDisputeStatus;
  LaborDispute: ResolverTypeWrapper<LaborDisputeModel>;
  LaborDisputeEventKind: LaborDisputeEventKind;
  LaborDisputeEvent: ResolverTypeWrapper<DisputeEventModel>;
  WorkersCongress: ResolverTypeWrapper<WorkersCongressModel>;
  RiskAssessment: ResolverTypeWrapper<RiskAssessmentModel>;
  LaborRelations: ResolverTypeWrapper<OrganizationLaborRelationsModel>;
  DisputeCategoryCount: ResolverTypeWrapper<DisputeCategoryCount>;
  LaborStats: ResolverTypeWrapper<LaborStatsHandleModel>;
  CollectiveContractOrder: CollectiveContractOrder;
  CollectiveContractFilter: CollectiveContractFilter;
  LaborDisputeFilter: LaborDisputeFilter;
  WorkersCongressFilter: WorkersCongressFilter;
  RiskAssessmentFilter: RiskAssessmentFilter;
  CreateCollectiveContractInput: CreateCollectiveContractInput;
  ContractMoveInput: ContractMoveInput;
  RecordNegotiationRoundInput: RecordNegotiationRoundInput;
  SignCollectiveContractInput: SignCollectiveContractInput;
  FileCollectiveContractInput: FileCollectiveContractInput;
  TerminateCollectiveContractInput: TerminateCollectiveContractInput;
  ReportLaborDisputeInput: ReportLaborDisputeInput;
  MoveLaborDisputeInput: MoveLaborDisputeInput;
  AddLaborDisputeNoteInput: AddLaborDisputeNoteInput;
  RecordWorkersCongressInput: RecordWorkersCongressInput;
  RecordRiskAssessmentInput: RecordRiskAssessmentInput;
  CollectiveContractPayload: ResolverTypeWrapper<Omit<CollectiveContractPayload, 'contract'> & { contract: ResolversTypes['CollectiveContract'] }>;
  RecordNegotiationRoundPayload: ResolverTypeWrapper<Omit<RecordNegotiationRoundPayload, 'contract' | 'round'> & { contract: ResolversTypes['CollectiveContract'], round: ResolversTypes['NegotiationRound'] }>;
  LaborDisputePayload: ResolverTypeWrapper<Omit<LaborDisputePayload, 'dispute'> & { dispute: ResolversTypes['LaborDispute'] }>;
  WorkersCongressPayload: ResolverTypeWrapper<Omit<WorkersCongressPayload, 'congress'> & { congress: ResolversTypes['WorkersCongress'] }>;
  RiskAssessmentPayload: ResolverTypeWrapper<Omit<RiskAssessmentPayload, 'assessment'> & { assessment: ResolversTypes['RiskAssessment'] }>;
  CollectiveContractConnection: ResolverTypeWrapper<KitConnection<ResolversParentTypes['CollectiveContract']>>;
  CollectiveContractEdge: ResolverTypeWrapper<Omit<CollectiveContractEdge, 'node'> & { node: ResolversTypes['CollectiveContract'] }>;
  LaborDisputeConnection: ResolverTypeWrapper<KitConnection<ResolversParentTypes['LaborDispute']>>;
  LaborDisputeEdge: ResolverTypeWrapper<Omit<LaborDisputeEdge, 'node'> & { node: ResolversTypes['LaborDispute'] }>;
  WorkersCongressConnection: ResolverTypeWrapper<KitConnection<ResolversParentTypes['WorkersCongress']>>;
  WorkersCongressEdge: ResolverTypeWrapper<Omit<WorkersCongressEdge, 'node'> & { node: ResolversTypes['WorkersCongress'] }>;
  RiskAssessmentConnection: ResolverTypeWrapper<KitConnection<ResolversParentTypes['RiskAssessment']>>;
  RiskAssessmentEdge: ResolverTypeWrapper<Omit<RiskAssessmentEdge, 'node'> & { node: ResolversTypes['RiskAssessment'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  AppealChannel: AppealChannel;
  AppealKind: AppealKind;
  AppealCategory: AppealCategory;
  AppealStatus: AppealStatus;
  AppealAction: AppealAction;
  AppealOutcome: AppealOutcome;
  AppealSatisfaction: AppealSatisfaction;
  AppealEventKind: AppealEventKind;
  AppealOrganizationRole: AppealOrganizationRole;
  WorkerAppeal: ResolverTypeWrapper<WorkerAppealModel>;
  AppealEvent: ResolverTypeWrapper<AppealEventViewModel>;
  AppealPublicStatus: ResolverTypeWrapper<AppealPublicStatus>;
  AppealPublicEvent: ResolverTypeWrapper<AppealPublicEvent>;
  AppealBreakdown: ResolverTypeWrapper<AppealBreakdown>;
  AppealStats: ResolverTypeWrapper<AppealStats>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AppealMonth: ResolverTypeWrapper<AppealMonth>;
  AppealCategoryCount: ResolverTypeWrapper<AppealCategoryCount>;
  AppealHotspot: ResolverTypeWrapper<AppealHotspot>;
  WorkerAppealFilter: WorkerAppealFilter;
  SubmitAppealInput: SubmitAppealInput;
  RegisterAppealInput: RegisterAppealInput;
  AppealMoveInput: AppealMoveInput;
  DispatchAppealInput: DispatchAppealInput;
  ReturnAppealInput: ReturnAppealInput;
  StartAppealInput: StartAppealInput;
  ResolveAppealInput: ResolveAppealInput;
  RecordAppealCallBackInput: RecordAppealCallBackInput;
  RateAppealInput: RateAppealInput;
  EscalateAppealInput: EscalateAppealInput;
  AddAppealNoteInput: AddAppealNoteInput;
  LinkAppealToServiceRequestInput: LinkAppealToServiceRequestInput;
  LinkAppealToHardshipCaseInput: LinkAppealToHardshipCaseInput;
  ConvertAppealToDisputeInput: ConvertAppealToDisputeInput;
  SubmitAppealPayload: ResolverTypeWrapper<Omit<SubmitAppealPayload, 'appeal'> & { appeal?: Maybe<ResolversTypes['WorkerAppeal']> }>;
  WorkerAppealPayload: ResolverTypeWrapper<Omit<WorkerAppealPayload, 'appeal'> & { appeal?: Maybe<ResolversTypes['WorkerAppeal']> }>;
  WorkerAppealConnection: ResolverTypeWrapper<KitConnection<ResolversParentTypes['WorkerAppeal']>>;
  WorkerAppealEdge: ResolverTypeWrapper<Omit<WorkerAppealEdge, 'node'> & { node: ResolversTypes['WorkerAppeal'] }>;
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
  Organization: OrganizationReferenceModel;
  Region: RegionReferenceModel;
  Employer: Employer;
  ServiceRequest: ServiceRequest;
  HardshipCase: HardshipCase;
  CollectiveContract: CollectiveContractModel;
  NegotiationRound: NegotiationRoundModel;
  LaborDispute: LaborDisputeModel;
  LaborDisputeEvent: DisputeEventModel;
  WorkersCongress: WorkersCongressModel;
  RiskAssessment: RiskAssessmentModel;
  LaborRelations: OrganizationLaborRelationsModel;
  DisputeCategoryCount: DisputeCategoryCount;
  LaborStats: LaborStatsHandleModel;
  CollectiveContractFilter: CollectiveContractFilter;
  LaborDisputeFilter: LaborDisputeFilter;
  WorkersCongressFilter: WorkersCongressFilter;
  RiskAssessmentFilter: RiskAssessmentFilter;
  CreateCollectiveContractInput: CreateCollectiveContractInput;
  ContractMoveInput: ContractMoveInput;
  RecordNegotiationRoundInput: RecordNegotiationRoundInput;
  SignCollectiveContractInput: SignCollectiveContractInput;
  FileCollectiveContractInput: FileCollectiveContractInput;
  TerminateCollectiveContractInput: TerminateCollectiveContractInput;
  ReportLaborDisputeInput: ReportLaborDisputeInput;
  MoveLaborDisputeInput: MoveLaborDisputeInput;
  AddLaborDisputeNoteInput: AddLaborDisputeNoteInput;
  RecordWorkersCongressInput: RecordWorkersCongressInput;
  RecordRiskAssessmentInput: RecordRiskAssessmentInput;
  CollectiveContractPayload: Omit<CollectiveContractPayload, 'contract'> & { contract: ResolversParentTypes['CollectiveContract'] };
  RecordNegotiationRoundPayload: Omit<RecordNegotiationRoundPayload, 'contract' | 'round'> & { contract: ResolversParentTypes['CollectiveContract'], round: ResolversParentTypes['NegotiationRound'] };
  LaborDisputePayload: Omit<LaborDisputePayload, 'dispute'> & { dispute: ResolversParentTypes['LaborDispute'] };
  WorkersCongressPayload: Omit<WorkersCongressPayload, 'congress'> & { congress: ResolversParentTypes['WorkersCongress'] };
  RiskAssessmentPayload: Omit<RiskAssessmentPayload, 'assessment'> & { assessment: ResolversParentTypes['RiskAssessment'] };
  CollectiveContractConnection: KitConnection<ResolversParentTypes['CollectiveContract']>;
  CollectiveContractEdge: Omit<CollectiveContractEdge, 'node'> & { node: ResolversParentTypes['CollectiveContract'] };
  LaborDisputeConnection: KitConnection<ResolversParentTypes['LaborDispute']>;
  LaborDisputeEdge: Omit<LaborDisputeEdge, 'node'> & { node: ResolversParentTypes['LaborDispute'] };
  WorkersCongressConnection: KitConnection<ResolversParentTypes['WorkersCongress']>;
  WorkersCongressEdge: Omit<WorkersCongressEdge, 'node'> & { node: ResolversParentTypes['WorkersCongress'] };
  RiskAssessmentConnection: KitConnection<ResolversParentTypes['RiskAssessment']>;
  RiskAssessmentEdge: Omit<RiskAssessmentEdge, 'node'> & { node: ResolversParentTypes['RiskAssessment'] };
  PageInfo: PageInfo;
  WorkerAppeal: WorkerAppealModel;
  AppealEvent: AppealEventViewModel;
  AppealPublicStatus: AppealPublicStatus;
  AppealPublicEvent: AppealPublicEvent;
  AppealBreakdown: AppealBreakdown;
  AppealStats: AppealStats;
  Float: Scalars['Float']['output'];
  AppealMonth: AppealMonth;
  AppealCategoryCount: AppealCategoryCount;
  AppealHotspot: AppealHotspot;
  WorkerAppealFilter: WorkerAppealFilter;
  SubmitAppealInput: SubmitAppealInput;
  RegisterAppealInput: RegisterAppealInput;
  AppealMoveInput: AppealMoveInput;
  DispatchAppealInput: DispatchAppealInput;
  ReturnAppealInput: ReturnAppealInput;
  StartAppealInput: StartAppealInput;
  ResolveAppealInput: ResolveAppealInput;
  RecordAppealCallBackInput: RecordAppealCallBackInput;
  RateAppealInput: RateAppealInput;
  EscalateAppealInput: EscalateAppealInput;
  AddAppealNoteInput: AddAppealNoteInput;
  LinkAppealToServiceRequestInput: LinkAppealToServiceRequestInput;
  LinkAppealToHardshipCaseInput: LinkAppealToHardshipCaseInput;
  ConvertAppealToDisputeInput: ConvertAppealToDisputeInput;
  SubmitAppealPayload: Omit<SubmitAppealPayload, 'appeal'> & { appeal?: Maybe<ResolversParentTypes['WorkerAppeal']> };
  WorkerAppealPayload: Omit<WorkerAppealPayload, 'appeal'> & { appeal?: Maybe<ResolversParentTypes['WorkerAppeal']> };
  WorkerAppealConnection: KitConnection<ResolversParentTypes['WorkerAppeal']>;
  WorkerAppealEdge: Omit<WorkerAppealEdge, 'node'> & { node: ResolversParentTypes['WorkerAppeal'] };
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
  collectiveContract?: Resolver<Maybe<ResolversTypes['CollectiveContract']>, ParentType, ContextType, RequireFields<QueryCollectiveContractArgs, 'id'>>;
  collectiveContracts?: Resolver<ResolversTypes['CollectiveContractConnection'], ParentType, ContextType, RequireFields<QueryCollectiveContractsArgs, 'orderBy' | 'first'>>;
  laborDispute?: Resolver<Maybe<ResolversTypes['LaborDispute']>, ParentType, ContextType, RequireFields<QueryLaborDisputeArgs, 'id'>>;
  laborDisputeByCaseNumber?: Resolver<Maybe<ResolversTypes['LaborDispute']>, ParentType, ContextType, RequireFields<QueryLaborDisputeByCaseNumberArgs, 'caseNumber'>>;
  laborDisputes?: Resolver<ResolversTypes['LaborDisputeConnection'], ParentType, ContextType, RequireFields<QueryLaborDisputesArgs, 'first'>>;
  workersCongresses?: Resolver<ResolversTypes['WorkersCongressConnection'], ParentType, ContextType, RequireFields<QueryWorkersCongressesArgs, 'first'>>;
  riskAssessments?: Resolver<ResolversTypes['RiskAssessmentConnection'], ParentType, ContextType, RequireFields<QueryRiskAssessmentsArgs, 'first'>>;
  workerAppeal?: Resolver<Maybe<ResolversTypes['WorkerAppeal']>, ParentType, ContextType, RequireFields<QueryWorkerAppealArgs, 'id'>>;
  workerAppealByNumber?: Resolver<Maybe<ResolversTypes['WorkerAppeal']>, ParentType, ContextType, RequireFields<QueryWorkerAppealByNumberArgs, 'number'>>;
  appeals?: Resolver<ResolversTypes['WorkerAppealConnection'], ParentType, ContextType, RequireFields<QueryAppealsArgs, 'first'>>;
  appealStatus?: Resolver<Maybe<ResolversTypes['AppealPublicStatus']>, ParentType, ContextType, RequireFields<QueryAppealStatusArgs, 'number' | 'code'>>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createCollectiveContract?: Resolver<ResolversTypes['CollectiveContractPayload'], ParentType, ContextType, RequireFields<MutationCreateCollectiveContractArgs, 'input'>>;
  startContractNegotiation?: Resolver<ResolversTypes['CollectiveContractPayload'], ParentType, ContextType, RequireFields<MutationStartContractNegotiationArgs, 'input'>>;
  recordNegotiationRound?: Resolver<ResolversTypes['RecordNegotiationRoundPayload'], ParentType, ContextType, RequireFields<MutationRecordNegotiationRoundArgs, 'input'>>;
  signCollectiveContract?: Resolver<ResolversTypes['CollectiveContractPayload'], ParentType, ContextType, RequireFields<MutationSignCollectiveContractArgs, 'input'>>;
  fileCollectiveContract?: Resolver<ResolversTypes['CollectiveContractPayload'], ParentType, ContextType, RequireFields<MutationFileCollectiveContractArgs, 'input'>>;
  terminateCollectiveContract?: Resolver<ResolversTypes['CollectiveContractPayload'], ParentType, ContextType, RequireFields<MutationTerminateCollectiveContractArgs, 'input'>>;
  reportLaborDispute?: Resolver<ResolversTypes['LaborDisputePayload'], ParentType, ContextType, RequireFields<MutationReportLaborDisputeArgs, 'input'>>;
  moveLaborDispute?: Resolver<ResolversTypes['LaborDisputePayload'], ParentType, ContextType, RequireFields<MutationMoveLaborDisputeArgs, 'input'>>;
  addLaborDisputeNote?: Resolver<ResolversTypes['LaborDisputePayload'], ParentType, ContextType, RequireFields<MutationAddLaborDisputeNoteArgs, 'input'>>;
  recordWorkersCongress?: Resolver<ResolversTypes['WorkersCongressPayload'], ParentType, ContextType, RequireFields<MutationRecordWorkersCongressArgs, 'input'>>;
  recordRiskAssessment?: Resolver<ResolversTypes['RiskAssessmentPayload'], ParentType, ContextType, RequireFields<MutationRecordRiskAssessmentArgs, 'input'>>;
  submitAppeal?: Resolver<ResolversTypes['SubmitAppealPayload'], ParentType, ContextType, RequireFields<MutationSubmitAppealArgs, 'input'>>;
  registerAppeal?: Resolver<ResolversTypes['WorkerAppealPayload'], ParentType, ContextType, RequireFields<MutationRegisterAppealArgs, 'input'>>;
  acceptAppeal?: Resolver<ResolversTypes['WorkerAppealPayload'], ParentType, ContextType, RequireFields<MutationAcceptAppealArgs, 'input'>>;
  dispatchAppeal?: Resolver<ResolversTypes['WorkerAppealPayload'], ParentType, ContextType, RequireFields<MutationDispatchAppealArgs, 'input'>>;
  returnAppeal?: Resolver<ResolversTypes['WorkerAppealPayload'], ParentType, ContextType, RequireFields<MutationReturnAppealArgs, 'input'>>;
  startAppeal?: Resolver<ResolversTypes['WorkerAppealPayload'], ParentType, ContextType, RequireFields<MutationStartAppealArgs, 'input'>>;
  resolveAppeal?: Resolver<ResolversTypes['WorkerAppealPayload'], ParentType, ContextType, RequireFields<MutationResolveAppealArgs, 'input'>>;
  recordAppealCallBack?: Resolver<ResolversTypes['WorkerAppealPayload'], ParentType, ContextType, RequireFields<MutationRecordAppealCallBackArgs, 'input'>>;
  rateAppeal?: Resolver<ResolversTypes['WorkerAppealPayload'], ParentType, ContextType, RequireFields<MutationRateAppealArgs, 'input'>>;
  escalateAppeal?: Resolver<ResolversTypes['WorkerAppealPayload'], ParentType, ContextType, RequireFields<MutationEscalateAppealArgs, 'input'>>;
  closeAppeal?: Resolver<ResolversTypes['WorkerAppealPayload'], ParentType, ContextType, RequireFields<MutationCloseAppealArgs, 'input'>>;
  addAppealNote?: Resolver<ResolversTypes['WorkerAppealPayload'], ParentType, ContextType, RequireFields<MutationAddAppealNoteArgs, 'input'>>;
  convertAppealToDispute?: Resolver<ResolversTypes['WorkerAppealPayload'], ParentType, ContextType, RequireFields<MutationConvertAppealToDisputeArgs, 'input'>>;
  linkAppealToServiceRequest?: Resolver<ResolversTypes['WorkerAppealPayload'], ParentType, ContextType, RequireFields<MutationLinkAppealToServiceRequestArgs, 'input'>>;
  linkAppealToHardshipCase?: Resolver<ResolversTypes['WorkerAppealPayload'], ParentType, ContextType, RequireFields<MutationLinkAppealToHardshipCaseArgs, 'input'>>;
};

export type MemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member'], FederationReferenceType extends FederationReferenceTypes['Member'] = FederationReferenceTypes['Member']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Member']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  disputes?: Resolver<Array<ResolversTypes['LaborDispute']>, ParentType, ContextType, RequireFields<MemberDisputesArgs, 'first'>>;
  appeals?: Resolver<Array<ResolversTypes['WorkerAppeal']>, ParentType, ContextType, RequireFields<MemberAppealsArgs, 'first'>>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  laborRelations?: Resolver<Maybe<ResolversTypes['LaborRelations']>, ParentType, ContextType>;
  collectiveContracts?: Resolver<Array<ResolversTypes['CollectiveContract']>, ParentType, ContextType, RequireFields<OrganizationCollectiveContractsArgs, 'first'>>;
  disputes?: Resolver<Array<ResolversTypes['LaborDispute']>, ParentType, ContextType, RequireFields<OrganizationDisputesArgs, 'first'>>;
  workersCongresses?: Resolver<Array<ResolversTypes['WorkersCongress']>, ParentType, ContextType, RequireFields<OrganizationWorkersCongressesArgs, 'first'>>;
  riskAssessments?: Resolver<Array<ResolversTypes['RiskAssessment']>, ParentType, ContextType, RequireFields<OrganizationRiskAssessmentsArgs, 'first'>>;
  appeals?: Resolver<Array<ResolversTypes['WorkerAppeal']>, ParentType, ContextType, RequireFields<OrganizationAppealsArgs, 'role' | 'first'>>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  laborStats?: Resolver<Maybe<ResolversTypes['LaborStats']>, ParentType, ContextType>;
  appealStats?: Resolver<Maybe<ResolversTypes['AppealStats']>, ParentType, ContextType>;
  appealTrends?: Resolver<Maybe<Array<ResolversTypes['AppealMonth']>>, ParentType, ContextType, RequireFields<RegionAppealTrendsArgs, 'months'>>;
  appealHotspots?: Resolver<Maybe<Array<ResolversTypes['AppealHotspot']>>, ParentType, ContextType, RequireFields<RegionAppealHotspotsArgs, 'first'>>;
};

export type EmployerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Employer'] = ResolversParentTypes['Employer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ServiceRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRequest'] = ResolversParentTypes['ServiceRequest']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type HardshipCaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HardshipCase'] = ResolversParentTypes['HardshipCase']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CollectiveContractResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollectiveContract'] = ResolversParentTypes['CollectiveContract'], FederationReferenceType extends FederationReferenceTypes['CollectiveContract'] = FederationReferenceTypes['CollectiveContract']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CollectiveContract']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CollectiveContractKind'], ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['ContractCoverage'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  employer?: Resolver<Maybe<ResolversTypes['Employer']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  coveredOrganizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CollectiveContractStatus'], ParentType, ContextType>;
  allowedTransitions?: Resolver<Array<ResolversTypes['CollectiveContractStatus']>, ParentType, ContextType>;
  negotiationRounds?: Resolver<Array<ResolversTypes['NegotiationRound']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  filedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  daysUntilExpiry?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  coveredEmployees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  wageIncreaseBasisPoints?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  terminatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  terminationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type NegotiationRoundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NegotiationRound'] = ResolversParentTypes['NegotiationRound']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roundNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LaborDisputeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LaborDispute'] = ResolversParentTypes['LaborDispute'], FederationReferenceType extends FederationReferenceTypes['LaborDispute'] = FederationReferenceTypes['LaborDispute']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LaborDispute']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['LaborDisputeCategory'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LaborDisputeStatus'], ParentType, ContextType>;
  allowedTransitions?: Resolver<Array<ResolversTypes['LaborDisputeStatus']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  employer?: Resolver<Maybe<ResolversTypes['Employer']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  claimants?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  headcount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  isCollective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  amountClaimedCents?: Resolver<ResolversTypes['Cents'], ParentType, ContextType>;
  amountRecoveredCents?: Resolver<ResolversTypes['Cents'], ParentType, ContextType>;
  riskLevel?: Resolver<ResolversTypes['RiskLevel'], ParentType, ContextType>;
  legalAidRequest?: Resolver<Maybe<ResolversTypes['ServiceRequest']>, ParentType, ContextType>;
  reportedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['LaborDisputeEvent']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  appeal?: Resolver<Maybe<ResolversTypes['WorkerAppeal']>, ParentType, ContextType>;
};

export type LaborDisputeEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LaborDisputeEvent'] = ResolversParentTypes['LaborDisputeEvent']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LaborDisputeEventKind'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['LaborDisputeStatus']>, ParentType, ContextType>;
  toStatus?: Resolver<Maybe<ResolversTypes['LaborDisputeStatus']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type WorkersCongressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkersCongress'] = ResolversParentTypes['WorkersCongress']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  delegates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolutionsAdopted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opennessItems?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RiskAssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RiskAssessment'] = ResolversParentTypes['RiskAssessment']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  riskLevel?: Resolver<ResolversTypes['RiskLevel'], ParentType, ContextType>;
  followUp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LaborRelationsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LaborRelations'] = ResolversParentTypes['LaborRelations']> = {
  hasValidContract?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contractExpiresOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  contractsInForce?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openDisputes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openCollectiveDisputes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  riskLevel?: Resolver<Maybe<ResolversTypes['RiskLevel']>, ParentType, ContextType>;
  riskPeriod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastWorkersCongress?: Resolver<Maybe<ResolversTypes['WorkersCongress']>, ParentType, ContextType>;
  openAppeals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rightsComplaintsLast90Days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisputeCategoryCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisputeCategoryCount'] = ResolversParentTypes['DisputeCategoryCount']> = {
  category?: Resolver<ResolversTypes['LaborDisputeCategory'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LaborStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LaborStats'] = ResolversParentTypes['LaborStats']> = {
  organizationsWithValidContract?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizationsCoveredByRegionalContracts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employeesCovered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contractsExpiringWithin30Days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openDisputes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openDisputesByCategory?: Resolver<Array<ResolversTypes['DisputeCategoryCount']>, ParentType, ContextType>;
  openCollectiveDisputes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disputesReportedThisYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  collectiveDisputesThisYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  amountClaimedThisYearCents?: Resolver<ResolversTypes['Cents'], ParentType, ContextType>;
  amountRecoveredThisYearCents?: Resolver<ResolversTypes['Cents'], ParentType, ContextType>;
  organizationsAtHighRisk?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CollectiveContractPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollectiveContractPayload'] = ResolversParentTypes['CollectiveContractPayload']> = {
  contract?: Resolver<ResolversTypes['CollectiveContract'], ParentType, ContextType>;
};

export type RecordNegotiationRoundPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordNegotiationRoundPayload'] = ResolversParentTypes['RecordNegotiationRoundPayload']> = {
  contract?: Resolver<ResolversTypes['CollectiveContract'], ParentType, ContextType>;
  round?: Resolver<ResolversTypes['NegotiationRound'], ParentType, ContextType>;
};

export type LaborDisputePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LaborDisputePayload'] = ResolversParentTypes['LaborDisputePayload']> = {
  dispute?: Resolver<ResolversTypes['LaborDispute'], ParentType, ContextType>;
};

export type WorkersCongressPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkersCongressPayload'] = ResolversParentTypes['WorkersCongressPayload']> = {
  congress?: Resolver<ResolversTypes['WorkersCongress'], ParentType, ContextType>;
};

export type RiskAssessmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RiskAssessmentPayload'] = ResolversParentTypes['RiskAssessmentPayload']> = {
  assessment?: Resolver<ResolversTypes['RiskAssessment'], ParentType, ContextType>;
};

export type CollectiveContractConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollectiveContractConnection'] = ResolversParentTypes['CollectiveContractConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CollectiveContractEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CollectiveContract']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CollectiveContractEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollectiveContractEdge'] = ResolversParentTypes['CollectiveContractEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CollectiveContract'], ParentType, ContextType>;
};

export type LaborDisputeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LaborDisputeConnection'] = ResolversParentTypes['LaborDisputeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LaborDisputeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LaborDispute']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LaborDisputeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LaborDisputeEdge'] = ResolversParentTypes['LaborDisputeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LaborDispute'], ParentType, ContextType>;
};

export type WorkersCongressConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkersCongressConnection'] = ResolversParentTypes['WorkersCongressConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WorkersCongressEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WorkersCongress']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkersCongressEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkersCongressEdge'] = ResolversParentTypes['WorkersCongressEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WorkersCongress'], ParentType, ContextType>;
};

export type RiskAssessmentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RiskAssessmentConnection'] = ResolversParentTypes['RiskAssessmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RiskAssessmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RiskAssessment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RiskAssessmentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RiskAssessmentEdge'] = ResolversParentTypes['RiskAssessmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RiskAssessment'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WorkerAppealResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkerAppeal'] = ResolversParentTypes['WorkerAppeal'], FederationReferenceType extends FederationReferenceTypes['WorkerAppeal'] = FederationReferenceTypes['WorkerAppeal']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkerAppeal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['AppealChannel'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AppealKind'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['AppealCategory'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AppealStatus'], ParentType, ContextType>;
  allowedTransitions?: Resolver<Array<ResolversTypes['AppealStatus']>, ParentType, ContextType>;
  allowedActions?: Resolver<Array<ResolversTypes['AppealAction']>, ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  callerNameMasked?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  callerPhoneMasked?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  callerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  callerPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  callerAppealCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  employer?: Resolver<Maybe<ResolversTypes['Employer']>, ParentType, ContextType>;
  handler?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  handlerRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  submittedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  isOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  acceptedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['AppealOutcome']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  satisfaction?: Resolver<Maybe<ResolversTypes['AppealSatisfaction']>, ParentType, ContextType>;
  calledBackOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  callBackAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reopenCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  escalationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dispute?: Resolver<Maybe<ResolversTypes['LaborDispute']>, ParentType, ContextType>;
  serviceRequest?: Resolver<Maybe<ResolversTypes['ServiceRequest']>, ParentType, ContextType>;
  hardshipCase?: Resolver<Maybe<ResolversTypes['HardshipCase']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['AppealEvent']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AppealEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppealEvent'] = ResolversParentTypes['AppealEvent']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AppealEventKind'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['AppealStatus']>, ParentType, ContextType>;
  toStatus?: Resolver<Maybe<ResolversTypes['AppealStatus']>, ParentType, ContextType>;
  handler?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  handlerRegion?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  satisfaction?: Resolver<Maybe<ResolversTypes['AppealSatisfaction']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  internal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AppealPublicStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppealPublicStatus'] = ResolversParentTypes['AppealPublicStatus']> = {
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AppealStatus'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AppealKind'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['AppealCategory'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['AppealChannel'], ParentType, ContextType>;
  submittedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  isOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['AppealOutcome']>, ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['AppealPublicEvent']>, ParentType, ContextType>;
};

export type AppealPublicEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppealPublicEvent'] = ResolversParentTypes['AppealPublicEvent']> = {
  kind?: Resolver<ResolversTypes['AppealEventKind'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['AppealStatus']>, ParentType, ContextType>;
  toStatus?: Resolver<Maybe<ResolversTypes['AppealStatus']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AppealBreakdownResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppealBreakdown'] = ResolversParentTypes['AppealBreakdown']> = {
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AppealStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppealStats'] = ResolversParentTypes['AppealStats']> = {
  receivedThisYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedThisYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedOnTimeThisYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  callBacksThisYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfiedThisYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageDaysToResolve?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['AppealBreakdown']>, ParentType, ContextType>;
  byCategory?: Resolver<Array<ResolversTypes['AppealBreakdown']>, ParentType, ContextType>;
  byChannel?: Resolver<Array<ResolversTypes['AppealBreakdown']>, ParentType, ContextType>;
};

export type AppealMonthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppealMonth'] = ResolversParentTypes['AppealMonth']> = {
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byCategory?: Resolver<Array<ResolversTypes['AppealCategoryCount']>, ParentType, ContextType>;
};

export type AppealCategoryCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppealCategoryCount'] = ResolversParentTypes['AppealCategoryCount']> = {
  category?: Resolver<ResolversTypes['AppealCategory'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AppealHotspotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppealHotspot'] = ResolversParentTypes['AppealHotspot']> = {
  employer?: Resolver<ResolversTypes['Employer'], ParentType, ContextType>;
  rightsComplaints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastReceivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type SubmitAppealPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmitAppealPayload'] = ResolversParentTypes['SubmitAppealPayload']> = {
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  followUpCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  appeal?: Resolver<Maybe<ResolversTypes['WorkerAppeal']>, ParentType, ContextType>;
};

export type WorkerAppealPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkerAppealPayload'] = ResolversParentTypes['WorkerAppealPayload']> = {
  appeal?: Resolver<Maybe<ResolversTypes['WorkerAppeal']>, ParentType, ContextType>;
};

export type WorkerAppealConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkerAppealConnection'] = ResolversParentTypes['WorkerAppealConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WorkerAppealEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WorkerAppeal']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkerAppealEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkerAppealEdge'] = ResolversParentTypes['WorkerAppealEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WorkerAppeal'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Cents?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Employer?: EmployerResolvers<ContextType>;
  ServiceRequest?: ServiceRequestResolvers<ContextType>;
  HardshipCase?: HardshipCaseResolvers<ContextType>;
  CollectiveContract?: CollectiveContractResolvers<ContextType>;
  NegotiationRound?: NegotiationRoundResolvers<ContextType>;
  LaborDispute?: LaborDisputeResolvers<ContextType>;
  LaborDisputeEvent?: LaborDisputeEventResolvers<ContextType>;
  WorkersCongress?: WorkersCongressResolvers<ContextType>;
  RiskAssessment?: RiskAssessmentResolvers<ContextType>;
  LaborRelations?: LaborRelationsResolvers<ContextType>;
  DisputeCategoryCount?: DisputeCategoryCountResolvers<ContextType>;
  LaborStats?: LaborStatsResolvers<ContextType>;
  CollectiveContractPayload?: CollectiveContractPayloadResolvers<ContextType>;
  RecordNegotiationRoundPayload?: RecordNegotiationRoundPayloadResolvers<ContextType>;
  LaborDisputePayload?: LaborDisputePayloadResolvers<ContextType>;
  WorkersCongressPayload?: WorkersCongressPayloadResolvers<ContextType>;
  RiskAssessmentPayload?: RiskAssessmentPayloadResolvers<ContextType>;
  CollectiveContractConnection?: CollectiveContractConnectionResolvers<ContextType>;
  CollectiveContractEdge?: CollectiveContractEdgeResolvers<ContextType>;
  LaborDisputeConnection?: LaborDisputeConnectionResolvers<ContextType>;
  LaborDisputeEdge?: LaborDisputeEdgeResolvers<ContextType>;
  WorkersCongressConnection?: WorkersCongressConnectionResolvers<ContextType>;
  WorkersCongressEdge?: WorkersCongressEdgeResolvers<ContextType>;
  RiskAssessmentConnection?: RiskAssessmentConnectionResolvers<ContextType>;
  RiskAssessmentEdge?: RiskAssessmentEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  WorkerAppeal?: WorkerAppealResolvers<ContextType>;
  AppealEvent?: AppealEventResolvers<ContextType>;
  AppealPublicStatus?: AppealPublicStatusResolvers<ContextType>;
  AppealPublicEvent?: AppealPublicEventResolvers<ContextType>;
  AppealBreakdown?: AppealBreakdownResolvers<ContextType>;
  AppealStats?: AppealStatsResolvers<ContextType>;
  AppealMonth?: AppealMonthResolvers<ContextType>;
  AppealCategoryCount?: AppealCategoryCountResolvers<ContextType>;
  AppealHotspot?: AppealHotspotResolvers<ContextType>;
  SubmitAppealPayload?: SubmitAppealPayloadResolvers<ContextType>;
  WorkerAppealPayload?: WorkerAppealPayloadResolvers<ContextType>;
  WorkerAppealConnection?: WorkerAppealConnectionResolvers<ContextType>;
  WorkerAppealEdge?: WorkerAppealEdgeResolvers<ContextType>;
};

/**
 * The whole resolver map of the subgraph: `Resolvers`, with every field its parent value cannot
 * answer (and every custom scalar, and `__resolveReference` where a reference is not a parent)
 * required. `resolvers.ts` ends in `satisfies SubgraphResolvers`.
 */
export type SubgraphResolvers = CompleteResolvers<Resolvers, ResolversParentTypes>;
