import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Every operation of the client graph that takes a string somewhere in its arguments, read from
 * schema/api.graphql, with a plausible valid set of variables and the paths of every string leaf
 * (the places a hostile string is put). A new mutation, filter or id argument is covered without
 * anyone adding it; one whose ids this file cannot resolve fails the suite (see ID_OF).
 */
export const API_SCHEMA: GraphQLSchema = buildSchema(
  fs.readFileSync(path.join(__dirname, '../../../../schema/api.graphql'), 'utf8'),
);

/** Real rows of the seeded stack that templates point at, so a request goes as deep as it can. */
export type Ids = Record<Entity, string> & {
  caseNumber: string;
  idNumber: string;
  creditCode: string;
  /** The region of `organization`. */
  regionCode: string;
};
export type Entity =
  | 'organization'
  | 'disposableOrganization'
  | 'employer'
  | 'member'
  | 'program'
  | 'request'
  | 'hardshipCase'
  | 'contract'
  | 'dispute'
  | 'application'
  | 'transfer'
  | 'appeal';

/** What an `id` argument or input field names, per operation. */
export const ID_OF: Record<string, Entity> = {
  collectiveContract: 'contract',
  laborDispute: 'dispute',
  member: 'member',
  membershipApplication: 'application',
  organization: 'organization',
  employer: 'employer',
  serviceProgram: 'program',
  serviceRequest: 'request',
  hardshipCase: 'hardshipCase',
  startContractNegotiation: 'contract',
  signCollectiveContract: 'contract',
  fileCollectiveContract: 'contract',
  terminateCollectiveContract: 'contract',
  moveLaborDispute: 'dispute',
  addLaborDisputeNote: 'dispute',
  approveMembershipApplication: 'application',
  rejectMembershipApplication: 'application',
  withdrawMembershipApplication: 'application',
  updateMember: 'member',
  verifyMember: 'member',
  returnMember: 'member',
  changeMemberStatus: 'member',
  acceptMemberTransfer: 'transfer',
  rejectMemberTransfer: 'transfer',
  updateOrganization: 'organization',
  dissolveOrganization: 'disposableOrganization',
  updateServiceProgram: 'program',
  openServiceProgram: 'program',
  closeServiceProgram: 'program',
  transitionServiceRequest: 'request',
  rateServiceRequest: 'request',
  updateHardshipCase: 'hardshipCase',
  relieveHardshipCase: 'hardshipCase',
  closeHardshipCase: 'hardshipCase',
  workerAppeal: 'appeal',
  acceptAppeal: 'appeal',
  dispatchAppeal: 'appeal',
  returnAppeal: 'appeal',
  startAppeal: 'appeal',
  resolveAppeal: 'appeal',
  recordAppealCallBack: 'appeal',
  rateAppeal: 'appeal',
  escalateAppeal: 'appeal',
  closeAppeal: 'appeal',
  addAppealNote: 'appeal',
  convertAppealToDispute: 'appeal',
  linkAppealToServiceRequest: 'appeal',
  linkAppealToHardshipCase: 'appeal',
};

/** `<thing>Id` / `<thing>Ids` names, anywhere. */
const ID_FIELDS: Record<string, Entity> = {
  organizationId: 'organization',
  parentId: 'organization',
  targetId: 'organization',
  sourceId: 'disposableOrganization',
  toOrganizationId: 'organization',
  grantingOrganizationId: 'organization',
  employerId: 'employer',
  memberId: 'member',
  memberIds: 'member',
  claimantMemberIds: 'member',
  programId: 'program',
  caseId: 'hardshipCase',
  contractId: 'contract',
  legalAidRequestId: 'request',
  handlerOrganizationId: 'organization',
  serviceRequestId: 'request',
  hardshipCaseId: 'hardshipCase',
};

/** Valid strings for named string leaves that have a format; anything else gets plain text. */
function stringFor(name: string, ids: Ids, serial: () => number): string {
  switch (name) {
    case 'regionCode':
    case 'coveredRegion':
    case 'code':
    case 'parentCode':
      return '440106';
    case 'regionPrefix':
      return '4401';
    case 'idNumber':
      return ids.idNumber;
    case 'phone':
      return '13800138000';
    case 'creditCode':
    case 'employerCreditCode':
      return ids.creditCode;
    case 'industryCode':
      return 'C';
    case 'caseNumber':
      return ids.caseNumber;
    case 'period':
      return '2025-Q1';
    case 'idempotencyKey':
      return `hygiene-${serial()}`;
    case 'after':
      return Buffer.from(JSON.stringify(['4401', '0'])).toString('base64url');
    case 'name':
      return `卫生检查工会${serial()}`;
    default:
      return '正常文字 plain text';
  }
}

export interface Operation {
  /** 'Mutation.createOrganization', 'Query.organizations', 'Organization.members'. */
  coordinate: string;
  kind: 'mutation' | 'query';
  document: string;
  /** Fresh valid variables each call (idempotency keys and names change). */
  variables(ids: Ids): Record<string, unknown>;
  /** Paths of the string leaves in those variables, as parseInput names them ('input.name'). */
  leaves: { path: (string | number)[]; id: boolean }[];
}

const TODAY = new Date().toISOString().slice(0, 10);

/** Template values that must agree with other fields or with the seeded rows ('operation.field' or 'field'). */
const OVERRIDES: Record<string, (ids: Ids) => unknown> = {
  effectiveFrom: () => '2025-01-01',
  effectiveTo: () => '2027-12-31',
  signedOn: () => '2024-12-01',
  relievedOn: () => TODAY,
  legalAidRequestId: () => null,
  toOrganizationId: (ids) => ids.disposableOrganization,
  coveredRegion: (ids) => ids.regionCode,
  number: () => '4401-SQ-2026-000001',
  callerPhone: () => '13800138000',
  'appealStatus.code': () => 'ABCD-2345',
  'submitAppeal.callerPhone': () => null,
  'submitAppeal.callerName': () => null,
  'submitAppeal.regionCode': (ids) => ids.regionCode,
  'registerAppeal.regionCode': (ids) => ids.regionCode,
  'createOrganization.kind': () => 'BRANCH',
  'createOrganization.regionCode': (ids) => ids.regionCode,
  'updateServiceProgram.coveredRegion': () => null,
  'transitionServiceRequest.to': () => 'ACCEPTED',
};

function leafValue(
  type: GraphQLInputType,
  name: string,
  owner: string,
  ids: Ids,
  serial: () => number,
): unknown {
  const override = OVERRIDES[`${owner}.${name}`] ?? OVERRIDES[name];
  if (override) return override(ids);
  if (isNonNullType(type)) return leafValue(type.ofType, name, owner, ids, serial);
  if (isListType(type)) return [leafValue(type.ofType, name, owner, ids, serial)];
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      value[field.name] = leafValue(field.type, field.name, owner, ids, serial);
    }
    return value;
  }
  if (isEnumType(type)) return type.getValues()[0]!.value;
  switch (type.name) {
    case 'ID': {
      if (name === 'id') {
        const entity = ID_OF[owner];
        if (!entity) throw new Error(`${owner}: add what its id names to ID_OF`);
        return ids[entity];
      }
      if (name in ID_FIELDS) return ids[ID_FIELDS[name]!];
      if (name === 'regionCode' || name === 'code' || name === 'parentCode')
        return stringFor(name, ids, serial);
      throw new Error(`${owner}: add what ${name} names to ID_FIELDS`);
    }
    case 'String':
      return stringFor(name, ids, serial);
    case 'Int':
      return name === 'year' ? 2025 : 1;
    case 'Float':
      return 1;
    case 'Cents':
      return 100;
    case 'Boolean':
      return false;
    case 'Date':
      return '2025-01-01';
    case 'DateTime':
      return '2025-01-01T00:00:00.000Z';
    default:
      throw new Error(`${owner}: no template value for scalar ${type.name}`);
  }
}

function stringLeaves(
  type: GraphQLInputType,
  at: (string | number)[],
): { path: (string | number)[]; id: boolean }[] {
  if (isNonNullType(type)) return stringLeaves(type.ofType, at);
  if (isListType(type)) return stringLeaves(type.ofType, [...at, 0]);
  if (isInputObjectType(type)) {
    return Object.values(type.getFields()).flatMap((f) => stringLeaves(f.type, [...at, f.name]));
  }
  if (isScalarType(type) && (type.name === 'String' || type.name === 'ID'))
    return [{ path: at, id: type.name === 'ID' }];
  return [];
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isObjectType(named) || (!isScalarType(named) && !isEnumType(named)) ? '{ __typename }' : '';
}

function operationFor(
  kind: 'mutation' | 'query',
  owner: string,
  field: GraphQLField<unknown, unknown>,
  wrap?: { root: string; arg: string; entity: Entity; type: string; typeName: string },
): Operation | null {
  const leaves = field.args.flatMap((a) => stringLeaves(a.type, [a.name]));
  if (leaves.length === 0) return null;
  const params = field.args.map((a) => `$${a.name}: ${a.type.toString()}`);
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const call = `${field.name}(${args}) ${selectionOf(field)}`;
  const body = wrap ? `${wrap.root}(${wrap.arg}: $parentKey) { ${call} }` : call;
  if (wrap) params.push(`$parentKey: ${wrap.type}`);
  let serial = 0;
  const next = () => ++serial * 1000 + Math.floor(Math.random() * 1000);
  return {
    coordinate: `${wrap ? wrap.typeName : kind === 'mutation' ? 'Mutation' : 'Query'}.${field.name}`,
    kind,
    document: `${kind}(${params.join(', ')}) { ${body} }`,
    variables: (ids) => {
      const variables: Record<string, unknown> = {};
      for (const a of field.args) variables[a.name] = leafValue(a.type, a.name, owner, ids, next);
      if (wrap) variables.parentKey = ids[wrap.entity];
      return variables;
    },
    leaves,
  };
}

/** Nested fields with string arguments are reached through the root field that loads their parent. */
const PARENTS: Record<string, { root: string; arg: string; entity: Entity; type: string }> = {
  Organization: { root: 'organization', arg: 'id', entity: 'organization', type: 'ID!' },
  Member: { root: 'member', arg: 'id', entity: 'member', type: 'ID!' },
};

export function operations(): Operation[] {
  const ops: Operation[] = [];
  for (const field of Object.values(API_SCHEMA.getMutationType()!.getFields())) {
    const op = operationFor('mutation', field.name, field);
    if (!op) throw new Error(`Mutation.${field.name} takes no string: nothing to attack, list it explicitly`);
    ops.push(op);
  }
  for (const field of Object.values(API_SCHEMA.getQueryType()!.getFields())) {
    const op = operationFor('query', field.name, field);
    if (op) ops.push(op);
  }
  for (const type of Object.values(API_SCHEMA.getTypeMap())) {
    if (!isObjectType(type) || ['Query', 'Mutation'].includes(type.name) || type.name.startsWith('__'))
      continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((a) => stringLeaves(a.type, [a.name]).length > 0)) continue;
      const parent = PARENTS[type.name];
      if (!parent)
        throw new Error(`${type.name}.${field.name} takes strings: add how to reach ${type.name} to PARENTS`);
      ops.push(operationFor('query', field.name, field, { ...parent, typeName: type.name })!);
    }
  }
  return ops;
}

/** Sets one leaf of the variables to a value (lists are given one element in templates). */
export function withLeaf(variables: Record<string, unknown>, at: (string | number)[], value: string) {
  const copy = structuredClone(variables);
  let node: any = copy;
  for (const key of at.slice(0, -1)) node = node[key];
  node[at[at.length - 1]!] = value;
  return copy;
}
