/* eslint-disable */
// Generated from ../schema.graphql by the kit's resolver-types generator
// (resolver-types.json; docs/architecture.md §1.1). Do not edit: `npm run build` rewrites it.
import type { CompleteResolvers, Connection as KitConnection } from '@union/kit';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Region as RegionModel } from '../region/region.table';
import type { Organization as OrganizationModel } from '../organization/organization.table';
import type { WorkerHome as WorkerHomeModel } from '../worker-home/worker-home.table';
import type { Employer as EmployerModel } from '../employer/employer.table';
import type { OrganizationStats as OrganizationStatsModel } from '../stats/organization-stats.repository';
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

/** Reads of the organization register: regions, union organizations and employers. */
export type Query = {
  __typename?: 'Query';
  /** A region by its GB/T 2260 code (2, 4, 6 or 9 digits). Public reference data. */
  region?: Maybe<Region>;
  /** The regions under `parentCode` (the provinces when omitted), optionally only those of one level. Public. */
  regions: Array<Region>;
  /** An organization inside the caller's scope; null with FORBIDDEN outside it. */
  organization?: Maybe<Organization>;
  /** Organizations inside the caller's scope, oldest first. */
  organizations: OrganizationConnection;
  /** An employer inside the caller's scope. */
  employer?: Maybe<Employer>;
  /** An employer by its unified social credit code (GB 32100), inside the caller's scope. */
  employerByCreditCode?: Maybe<Employer>;
  /** Employers inside the caller's scope, oldest first. */
  employers: EmployerConnection;
};


/** Reads of the organization register: regions, union organizations and employers. */
export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};


/** Reads of the organization register: regions, union organizations and employers. */
export type QueryRegionsArgs = {
  parentCode?: InputMaybe<Scalars['ID']['input']>;
  level?: InputMaybe<RegionLevel>;
};


/** Reads of the organization register: regions, union organizations and employers. */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the organization register: regions, union organizations and employers. */
export type QueryOrganizationsArgs = {
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Reads of the organization register: regions, union organizations and employers. */
export type QueryEmployerArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of the organization register: regions, union organizations and employers. */
export type QueryEmployerByCreditCodeArgs = {
  creditCode: Scalars['String']['input'];
};


/** Reads of the organization register: regions, union organizations and employers. */
export type QueryEmployersArgs = {
  filter?: InputMaybe<EmployerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** Writes of the organization register, for federation staff within their jurisdiction. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Founds an organization under a parent (the provincial federation alone has none). */
  createOrganization: CreateOrganizationPayload;
  /** Edits an organization; `expectedVersion` guards against lost updates (stale → CONFLICT). */
  updateOrganization: UpdateOrganizationPayload;
  /** ACTIVE → DISSOLVED. Refused while active child organizations remain. */
  dissolveOrganization: DissolveOrganizationPayload;
  /** ACTIVE → MERGED into `targetId`; the source's child organizations move under the target. */
  mergeOrganizations: MergeOrganizationsPayload;
  /** Registers an employer with a valid, unique unified social credit code. */
  registerEmployer: RegisterEmployerPayload;
  /** Records the organization's workers' home (职工之家): integration, demonstration level, rating. */
  setWorkerHome: SetWorkerHomePayload;
};


/** Writes of the organization register, for federation staff within their jurisdiction. */
export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


/** Writes of the organization register, for federation staff within their jurisdiction. */
export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


/** Writes of the organization register, for federation staff within their jurisdiction. */
export type MutationDissolveOrganizationArgs = {
  input: DissolveOrganizationInput;
};


/** Writes of the organization register, for federation staff within their jurisdiction. */
export type MutationMergeOrganizationsArgs = {
  input: MergeOrganizationsInput;
};


/** Writes of the organization register, for federation staff within their jurisdiction. */
export type MutationRegisterEmployerArgs = {
  input: RegisterEmployerInput;
};


/** Writes of the organization register, for federation staff within their jurisdiction. */
export type MutationSetWorkerHomeArgs = {
  input: SetWorkerHomeInput;
};

/** Level of an administrative division: province, prefecture-level city, county-level unit, town or street. */
export type RegionLevel =
  /** Province, autonomous region or municipality (2-digit code). */
  | 'PROVINCE'
  /** Prefecture-level city (4-digit code). */
  | 'CITY'
  /** County, county-level city or district (6-digit code). */
  | 'COUNTY'
  /** Town, township or street (9-digit statistical code). */
  | 'TOWN';

/** An administrative division of China (GB/T 2260; towns and streets by their statistical division code). */
export type Region = {
  __typename?: 'Region';
  /** GB/T 2260 code used as a jurisdiction prefix: '44', '4401', '440106', '440106001'. */
  code: Scalars['ID']['output'];
  /** Official name, e.g. 天河区. */
  name: Scalars['String']['output'];
  /** Province, city, county or town. */
  level: RegionLevel;
  /** The enclosing division; null for a province. */
  parent?: Maybe<Region>;
  /** The divisions directly under this one, ordered by code. */
  children: Array<Region>;
  /** Names from the province down, e.g. 广东省 广州市 天河区. */
  fullName: Scalars['String']['output'];
  /** Organization figures for this region, counted by the database. FORBIDDEN outside the caller's jurisdiction. */
  organizationStats?: Maybe<OrganizationStats>;
};


/** An administrative division of China (GB/T 2260; towns and streets by their statistical division code). */
export type RegionChildrenArgs = {
  level?: InputMaybe<RegionLevel>;
};

/** Kinds of union organization (docs/architecture.md §5). */
export type OrganizationKind =
  /** Local federation of trade unions of a region (总工会). */
  | 'FEDERATION'
  /** Industry union (产业工会). */
  | 'INDUSTRY_UNION'
  /** Community or industrial-park union federation (社区/园区工会联合会). */
  | 'COMMUNITY_FEDERATION'
  /** Grassroots union of an employer (基层工会). */
  | 'GRASSROOTS'
  /** Branch of a grassroots union (分会). */
  | 'BRANCH';

/** Place in the four-level hierarchy: province > city > county > grassroots. */
export type OrganizationLevel =
  /** Province-level organizations, e.g. the provincial federation. */
  | 'PROVINCE'
  /** Organizations of a prefecture-level city. */
  | 'CITY'
  /** Organizations of a county, county-level city or district. */
  | 'COUNTY'
  /** Grassroots unions and their branches (towns and employers). */
  | 'GRASSROOTS';

/** Lifecycle of an organization: ACTIVE, then DISSOLVED or MERGED (both final). */
export type OrganizationStatus =
  /** Operating. */
  | 'ACTIVE'
  /** Dissolved on `dissolvedOn`; kept for the record. */
  | 'DISSOLVED'
  /** Merged into another organization, its successor. */
  | 'MERGED';

/** A union organization. */
export type Organization = {
  __typename?: 'Organization';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
  /** Registered name, e.g. 广州市天河区总工会. */
  name: Scalars['String']['output'];
  /** Federation, industry union, community federation, grassroots union or branch. */
  kind: OrganizationKind;
  /** Place in the province > city > county > grassroots hierarchy. */
  level: OrganizationLevel;
  /** The region the organization serves; its code scopes every row that belongs to the organization. */
  region: Region;
  /** The superior organization; null for the provincial federation, or with FORBIDDEN when outside the caller's scope. */
  parent?: Maybe<Organization>;
  /** Direct subordinate organizations inside the caller's scope, oldest first. */
  children: Array<Organization>;
  /** Superior organizations inside the caller's scope, from the top down. */
  ancestors: Array<Organization>;
  /** All organizations below this one inside the caller's scope, oldest first. */
  descendants: OrganizationConnection;
  /** The employer of a grassroots union. */
  employer?: Maybe<Employer>;
  /** ACTIVE, DISSOLVED or MERGED. */
  status: OrganizationStatus;
  /** The organization this one merged into (status MERGED). */
  successor?: Maybe<Organization>;
  /** Date of founding, when recorded. */
  establishedOn?: Maybe<Scalars['Date']['output']>;
  /** Date of dissolution (status DISSOLVED). */
  dissolvedOn?: Maybe<Scalars['Date']['output']>;
  /** Name of the chairperson (工会主席). */
  chairperson?: Maybe<Scalars['String']['output']>;
  /** The organization's workers' home (职工之家), when one is recorded. */
  workerHome?: Maybe<WorkerHome>;
  /** Increases with every change; pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
  /** When the row was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** When the row last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A union organization. */
export type OrganizationChildrenArgs = {
  status?: InputMaybe<OrganizationStatus>;
};


/** A union organization. */
export type OrganizationDescendantsArgs = {
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** Demonstration (示范) level awarded to a workers' home. */
export type DemonstrationLevel =
  /** Recognised by the All-China Federation of Trade Unions. */
  | 'NATIONAL'
  /** Recognised by the provincial federation. */
  | 'PROVINCIAL'
  /** Recognised by a city federation. */
  | 'CITY'
  /** Recognised by a county federation. */
  | 'COUNTY';

/** A workers' home (职工之家) in the union–station–home integration (会站家一体化). */
export type WorkerHome = {
  __typename?: 'WorkerHome';
  /** True when union, service station and workers' home operate as one (会站家一体化). */
  integrated: Scalars['Boolean']['output'];
  /** True when recognised as a demonstration site at some level. */
  isDemonstrationSite: Scalars['Boolean']['output'];
  /** Highest demonstration level awarded; null when none. */
  demonstrationLevel?: Maybe<DemonstrationLevel>;
  /** Assessment rating, 1 (basic) to 5 (excellent). */
  rating?: Maybe<Scalars['Int']['output']>;
  /** Date of the latest assessment. */
  certifiedOn?: Maybe<Scalars['Date']['output']>;
  /** When the record last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Ownership type of an employer. */
export type Ownership =
  /** State-owned (国有). */
  | 'STATE_OWNED'
  /** Collectively owned (集体). */
  | 'COLLECTIVE'
  /** Private (私营). */
  | 'PRIVATE'
  /** Foreign-invested (外商投资). */
  | 'FOREIGN_INVESTED'
  /** Invested from Hong Kong, Macao or Taiwan (港澳台投资). */
  | 'HONG_KONG_MACAO_TAIWAN'
  /** Joint-stock company (股份制). */
  | 'JOINT_STOCK'
  /** Any other ownership type. */
  | 'OTHER';

/** An employer (用人单位) whose workers a grassroots union organizes. */
export type Employer = {
  __typename?: 'Employer';
  /** Stable id (UUID v7). */
  id: Scalars['ID']['output'];
  /** Registered name of the employer. */
  name: Scalars['String']['output'];
  /** Unified social credit code (统一社会信用代码, GB 32100), 18 characters. */
  creditCode: Scalars['String']['output'];
  /** Industry section letter of GB/T 4754 (A–T). */
  industryCode: Scalars['String']['output'];
  /** Name of the industry section, e.g. 制造业. */
  industryName: Scalars['String']['output'];
  /** Ownership type. */
  ownership: Ownership;
  /** Number of employees as registered. */
  employeeCount: Scalars['Int']['output'];
  /** Region of the employer's registered address. */
  region: Region;
  /** When the employer was registered here. */
  createdAt: Scalars['DateTime']['output'];
};

/** Organization figures counted by the database. */
export type OrganizationStats = {
  __typename?: 'OrganizationStats';
  /** Active organizations in the region. */
  total: Scalars['Int']['output'];
  /** Active organizations by kind. */
  byKind: Array<OrganizationKindCount>;
  /** Active grassroots unions (基层工会). */
  grassrootsUnions: Scalars['Int']['output'];
  /** Active organizations with a recorded workers' home. */
  workerHomes: Scalars['Int']['output'];
  /** Workers' homes recognised as demonstration sites. */
  demonstrationSites: Scalars['Int']['output'];
  /** Workers' homes operating union, station and home as one. */
  integratedWorkerHomes: Scalars['Int']['output'];
};

/** Active organizations of one kind. */
export type OrganizationKindCount = {
  __typename?: 'OrganizationKindCount';
  /** The kind counted. */
  kind: OrganizationKind;
  /** Active organizations of that kind. */
  count: Scalars['Int']['output'];
};

/** Conditions on organizations; omitted fields do not filter. */
export type OrganizationFilter = {
  /** Only organizations whose region code starts with this prefix. */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Only organizations of this kind. */
  kind?: InputMaybe<OrganizationKind>;
  /** Only organizations of this level. */
  level?: InputMaybe<OrganizationLevel>;
  /** Only organizations in this status. */
  status?: InputMaybe<OrganizationStatus>;
  /** Case-insensitive substring of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on employers; omitted fields do not filter. */
export type EmployerFilter = {
  /** Only employers whose region code starts with this prefix. */
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Only employers of this GB/T 4754 section letter. */
  industryCode?: InputMaybe<Scalars['String']['input']>;
  /** Only employers of this ownership type. */
  ownership?: InputMaybe<Ownership>;
  /** Case-insensitive substring of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
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

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The organizations with their cursors. */
  edges: Array<OrganizationEdge>;
  /** The organizations of the page. */
  nodes: Array<Organization>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Matches in the caller's scope; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** An organization and its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque position; pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The organization. */
  node: Organization;
};

/** A page of employers. */
export type EmployerConnection = {
  __typename?: 'EmployerConnection';
  /** The employers with their cursors. */
  edges: Array<EmployerEdge>;
  /** The employers of the page. */
  nodes: Array<Employer>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Matches in the caller's scope; counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** An employer and its cursor. */
export type EmployerEdge = {
  __typename?: 'EmployerEdge';
  /** Opaque position; pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The employer. */
  node: Employer;
};

/** A new organization. */
export type CreateOrganizationInput = {
  /** Registered name. */
  name: Scalars['String']['input'];
  /** Kind of organization. */
  kind: OrganizationKind;
  /** Superior organization; omit only for a provincial federation. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Region served; must lie within the parent's region. */
  regionCode: Scalars['ID']['input'];
  /** The employer of a grassroots union, in the caller's scope. */
  employerId?: InputMaybe<Scalars['ID']['input']>;
  /** Date of founding. */
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Name of the chairperson. */
  chairperson?: InputMaybe<Scalars['String']['input']>;
};

/** Result of createOrganization. */
export type CreateOrganizationPayload = {
  __typename?: 'CreateOrganizationPayload';
  /** The organization as created. */
  organization: Organization;
};

/** Changes to an organization; omitted fields stay as they are. */
export type UpdateOrganizationInput = {
  /** The organization to change. */
  id: Scalars['ID']['input'];
  /** The `version` read; a newer one in the database → CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** New registered name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New chairperson's name. */
  chairperson?: InputMaybe<Scalars['String']['input']>;
  /** Corrected date of founding. */
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Set to link an employer; pass null to unlink. */
  employerId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of updateOrganization. */
export type UpdateOrganizationPayload = {
  __typename?: 'UpdateOrganizationPayload';
  /** The organization after the change. */
  organization: Organization;
};

/** The dissolution of an organization. */
export type DissolveOrganizationInput = {
  /** The organization to dissolve. */
  id: Scalars['ID']['input'];
  /** Why it is dissolved (kept in the log of changes). */
  reason: Scalars['String']['input'];
  /** Defaults to today. */
  dissolvedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The `version` read; when given, a newer one in the database → CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** Result of dissolveOrganization. */
export type DissolveOrganizationPayload = {
  __typename?: 'DissolveOrganizationPayload';
  /** The organization, now DISSOLVED. */
  organization: Organization;
};

/** A merger of two organizations. */
export type MergeOrganizationsInput = {
  /** The organization that ceases (becomes MERGED). */
  sourceId: Scalars['ID']['input'];
  /** The organization that continues and receives the source's child organizations. */
  targetId: Scalars['ID']['input'];
};

/** Result of mergeOrganizations. */
export type MergeOrganizationsPayload = {
  __typename?: 'MergeOrganizationsPayload';
  /** The organization that ceased, now MERGED. */
  source: Organization;
  /** The continuing organization. */
  target: Organization;
  /** How many child organizations moved under the target. */
  movedChildren: Scalars['Int']['output'];
};

/** A new employer. */
export type RegisterEmployerInput = {
  /** Registered name. */
  name: Scalars['String']['input'];
  /** Unified social credit code (GB 32100), checked and unique. */
  creditCode: Scalars['String']['input'];
  /** GB/T 4754 section letter (A–T). */
  industryCode: Scalars['String']['input'];
  /** Ownership type. */
  ownership: Ownership;
  /** Number of employees. */
  employeeCount: Scalars['Int']['input'];
  /** Region code of the registered address. */
  regionCode: Scalars['ID']['input'];
};

/** Result of registerEmployer. */
export type RegisterEmployerPayload = {
  __typename?: 'RegisterEmployerPayload';
  /** The employer as registered. */
  employer: Employer;
};

/** A workers' home as assessed. */
export type SetWorkerHomeInput = {
  /** The organization the home belongs to. */
  organizationId: Scalars['ID']['input'];
  /** True when union, service station and home operate as one. */
  integrated: Scalars['Boolean']['input'];
  /** Demonstration level awarded; null for none. */
  demonstrationLevel?: InputMaybe<DemonstrationLevel>;
  /** Assessment rating, 1 to 5. */
  rating?: InputMaybe<Scalars['Int']['input']>;
  /** Date of the assessment. */
  certifiedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** Result of setWorkerHome. */
export type SetWorkerHomePayload = {
  __typename?: 'SetWorkerHomePayload';
  /** The organization with its workers' home. */
  organization: Organization;
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
  Region: Region;
  Organization: Organization;
  Employer: Employer;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Employer:
    ( { __typename: 'Employer' }
    & GraphQLRecursivePick<FederationTypes['Employer'], {"id":true}> );
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
  RegionLevel: RegionLevel;
  Region: ResolverTypeWrapper<RegionModel>;
  OrganizationKind: OrganizationKind;
  OrganizationLevel: OrganizationLevel;
  OrganizationStatus: OrganizationStatus;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  DemonstrationLevel: DemonstrationLevel;
  WorkerHome: ResolverTypeWrapper<WorkerHomeModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Ownership: Ownership;
  Employer: ResolverTypeWrapper<EmployerModel>;
  OrganizationStats: ResolverTypeWrapper<OrganizationStatsModel>;
  OrganizationKindCount: ResolverTypeWrapper<OrganizationKindCount>;
  OrganizationFilter: OrganizationFilter;
  EmployerFilter: EmployerFilter;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  OrganizationConnection: ResolverTypeWrapper<KitConnection<ResolversParentTypes['Organization']>>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  EmployerConnection: ResolverTypeWrapper<KitConnection<ResolversParentTypes['Employer']>>;
  EmployerEdge: ResolverTypeWrapper<Omit<EmployerEdge, 'node'> & { node: ResolversTypes['Employer'] }>;
  CreateOrganizationInput: CreateOrganizationInput;
  CreateOrganizationPayload: ResolverTypeWrapper<Omit<CreateOrganizationPayload, 'organization'> & { organization: ResolversTypes['Organization'] }>;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateOrganizationPayload: ResolverTypeWrapper<Omit<UpdateOrganizationPayload, 'organization'> & { organization: ResolversTypes['Organization'] }>;
  DissolveOrganizationInput: DissolveOrganizationInput;
  DissolveOrganizationPayload: ResolverTypeWrapper<Omit<DissolveOrganizationPayload, 'organization'> & { organization: ResolversTypes['Organization'] }>;
  MergeOrganizationsInput: MergeOrganizationsInput;
  MergeOrganizationsPayload: ResolverTypeWrapper<Omit<MergeOrganizationsPayload, 'source' | 'target'> & { source: ResolversTypes['Organization'], target: ResolversTypes['Organization'] }>;
  RegisterEmployerInput: RegisterEmployerInput;
  RegisterEmployerPayload: ResolverTypeWrapper<Omit<RegisterEmployerPayload, 'employer'> & { employer: ResolversTypes['Employer'] }>;
  SetWorkerHomeInput: SetWorkerHomeInput;
  SetWorkerHomePayload: ResolverTypeWrapper<Omit<SetWorkerHomePayload, 'organization'> & { organization: ResolversTypes['Organization'] }>;
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
  Region: RegionModel;
  Organization: OrganizationModel;
  WorkerHome: WorkerHomeModel;
  Boolean: Scalars['Boolean']['output'];
  Employer: EmployerModel;
  OrganizationStats: OrganizationStatsModel;
  OrganizationKindCount: OrganizationKindCount;
  OrganizationFilter: OrganizationFilter;
  EmployerFilter: EmployerFilter;
  PageInfo: PageInfo;
  OrganizationConnection: KitConnection<ResolversParentTypes['Organization']>;
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  EmployerConnection: KitConnection<ResolversParentTypes['Employer']>;
  EmployerEdge: Omit<EmployerEdge, 'node'> & { node: ResolversParentTypes['Employer'] };
  CreateOrganizationInput: CreateOrganizationInput;
  CreateOrganizationPayload: Omit<CreateOrganizationPayload, 'organization'> & { organization: ResolversParentTypes['Organization'] };
  UpdateOrganizationInput: UpdateOrganizationInput;
  UpdateOrganizationPayload: Omit<UpdateOrganizationPayload, 'organization'> & { organization: ResolversParentTypes['Organization'] };
  DissolveOrganizationInput: DissolveOrganizationInput;
  DissolveOrganizationPayload: Omit<DissolveOrganizationPayload, 'organization'> & { organization: ResolversParentTypes['Organization'] };
  MergeOrganizationsInput: MergeOrganizationsInput;
  MergeOrganizationsPayload: Omit<MergeOrganizationsPayload, 'source' | 'target'> & { source: ResolversParentTypes['Organization'], target: ResolversParentTypes['Organization'] };
  RegisterEmployerInput: RegisterEmployerInput;
  RegisterEmployerPayload: Omit<RegisterEmployerPayload, 'employer'> & { employer: ResolversParentTypes['Employer'] };
  SetWorkerHomeInput: SetWorkerHomeInput;
  SetWorkerHomePayload: Omit<SetWorkerHomePayload, 'organization'> & { organization: ResolversParentTypes['Organization'] };
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryRegionsArgs>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  employer?: Resolver<Maybe<ResolversTypes['Employer']>, ParentType, ContextType, RequireFields<QueryEmployerArgs, 'id'>>;
  employerByCreditCode?: Resolver<Maybe<ResolversTypes['Employer']>, ParentType, ContextType, RequireFields<QueryEmployerByCreditCodeArgs, 'creditCode'>>;
  employers?: Resolver<ResolversTypes['EmployerConnection'], ParentType, ContextType, RequireFields<QueryEmployersArgs, 'first'>>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createOrganization?: Resolver<ResolversTypes['CreateOrganizationPayload'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['UpdateOrganizationPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'input'>>;
  dissolveOrganization?: Resolver<ResolversTypes['DissolveOrganizationPayload'], ParentType, ContextType, RequireFields<MutationDissolveOrganizationArgs, 'input'>>;
  mergeOrganizations?: Resolver<ResolversTypes['MergeOrganizationsPayload'], ParentType, ContextType, RequireFields<MutationMergeOrganizationsArgs, 'input'>>;
  registerEmployer?: Resolver<ResolversTypes['RegisterEmployerPayload'], ParentType, ContextType, RequireFields<MutationRegisterEmployerArgs, 'input'>>;
  setWorkerHome?: Resolver<ResolversTypes['SetWorkerHomePayload'], ParentType, ContextType, RequireFields<MutationSetWorkerHomeArgs, 'input'>>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<RegionChildrenArgs>>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationStats?: Resolver<Maybe<ResolversTypes['OrganizationStats']>, ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['OrganizationLevel'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<OrganizationChildrenArgs>>;
  ancestors?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  descendants?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<OrganizationDescendantsArgs, 'first'>>;
  employer?: Resolver<Maybe<ResolversTypes['Employer']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrganizationStatus'], ParentType, ContextType>;
  successor?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  establishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dissolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  chairperson?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workerHome?: Resolver<Maybe<ResolversTypes['WorkerHome']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type WorkerHomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkerHome'] = ResolversParentTypes['WorkerHome']> = {
  integrated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isDemonstrationSite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  demonstrationLevel?: Resolver<Maybe<ResolversTypes['DemonstrationLevel']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  certifiedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type EmployerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Employer'] = ResolversParentTypes['Employer'], FederationReferenceType extends FederationReferenceTypes['Employer'] = FederationReferenceTypes['Employer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Employer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  industryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  industryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownership?: Resolver<ResolversTypes['Ownership'], ParentType, ContextType>;
  employeeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type OrganizationStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationStats'] = ResolversParentTypes['OrganizationStats']> = {
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['OrganizationKindCount']>, ParentType, ContextType>;
  grassrootsUnions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workerHomes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  demonstrationSites?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  integratedWorkerHomes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationKindCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationKindCount'] = ResolversParentTypes['OrganizationKindCount']> = {
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type EmployerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployerConnection'] = ResolversParentTypes['EmployerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmployerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Employer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmployerEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployerEdge'] = ResolversParentTypes['EmployerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Employer'], ParentType, ContextType>;
};

export type CreateOrganizationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateOrganizationPayload'] = ResolversParentTypes['CreateOrganizationPayload']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type UpdateOrganizationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpdateOrganizationPayload'] = ResolversParentTypes['UpdateOrganizationPayload']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type DissolveOrganizationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DissolveOrganizationPayload'] = ResolversParentTypes['DissolveOrganizationPayload']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type MergeOrganizationsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeOrganizationsPayload'] = ResolversParentTypes['MergeOrganizationsPayload']> = {
  source?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  movedChildren?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegisterEmployerPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterEmployerPayload'] = ResolversParentTypes['RegisterEmployerPayload']> = {
  employer?: Resolver<ResolversTypes['Employer'], ParentType, ContextType>;
};

export type SetWorkerHomePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SetWorkerHomePayload'] = ResolversParentTypes['SetWorkerHomePayload']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  WorkerHome?: WorkerHomeResolvers<ContextType>;
  Employer?: EmployerResolvers<ContextType>;
  OrganizationStats?: OrganizationStatsResolvers<ContextType>;
  OrganizationKindCount?: OrganizationKindCountResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  EmployerConnection?: EmployerConnectionResolvers<ContextType>;
  EmployerEdge?: EmployerEdgeResolvers<ContextType>;
  CreateOrganizationPayload?: CreateOrganizationPayloadResolvers<ContextType>;
  UpdateOrganizationPayload?: UpdateOrganizationPayloadResolvers<ContextType>;
  DissolveOrganizationPayload?: DissolveOrganizationPayloadResolvers<ContextType>;
  MergeOrganizationsPayload?: MergeOrganizationsPayloadResolvers<ContextType>;
  RegisterEmployerPayload?: RegisterEmployerPayloadResolvers<ContextType>;
  SetWorkerHomePayload?: SetWorkerHomePayloadResolvers<ContextType>;
};

/**
 * The whole resolver map of the subgraph: `Resolvers`, with every field its parent value cannot
 * answer (and every custom scalar, and `__resolveReference` where a reference is not a parent)
 * required. `resolvers.ts` ends in `satisfies SubgraphResolvers`.
 */
export type SubgraphResolvers = CompleteResolvers<Resolvers, ResolversParentTypes>;
