import { Writable } from 'node:stream';
import {
  createTestDatabase,
  makeNationalId,
  migrateToLatest,
  type Identity,
  type TestDialect,
  signedGql,
  testIdentity,
  type GqlResult,
} from '@union/kit';
import * as organizations from '@union/organizations';
import type { Kysely } from 'kysely';
import pino from 'pino';
import { createServer, migrations, type Database } from '../src/lib';

export { type GqlResult, expectError } from '@union/kit';

export const SECRET = 'test-subgraph-secret-0123456789abcdef';
export const PII_KEYS = {
  piiKey: Buffer.alloc(32, 7),
  piiIndexKey: Buffer.alloc(32, 9),
};

export interface Tree {
  province: string;
  guangzhou: string;
  tianhe: string;
  shenzhen: string;
  nanshan: string;
  /** GRASSROOTS in 440106. */
  factory: string;
  /** GRASSROOTS in 440106. */
  bakery: string;
  /** GRASSROOTS in 440305. */
  shop: string;
}

export interface Harness {
  db: Kysely<Database>;
  /** SQL statements executed on the members database; clear with `queries.length = 0`. */
  queries: string[];
  /** Every log line the members subgraph wrote. */
  logLines: string[];
  url: string;
  /** The organizations subgraph beside it. */
  orgUrl: string;
  tree: Tree;
  gql<T = any>(
    identity: Identity | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export const as = testIdentity;

export const PROVINCE_ADMIN = as('FEDERATION_ADMIN', { region: '44' });

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`;

async function buildTree(orgUrl: string): Promise<Tree> {
  const create = async (input: Record<string, unknown>) => {
    const r = await signedGql(orgUrl, SECRET)(PROVINCE_ADMIN, CREATE_ORG, { input });
    if (!r.data?.createOrganization) throw new Error(JSON.stringify(r.errors));
    return r.data.createOrganization.organization.id as string;
  };
  const province = await create({ name: '广东省总工会', kind: 'FEDERATION', regionCode: '44' });
  const guangzhou = await create({
    name: '广州市总工会',
    kind: 'FEDERATION',
    regionCode: '4401',
    parentId: province,
  });
  const shenzhen = await create({
    name: '深圳市总工会',
    kind: 'FEDERATION',
    regionCode: '4403',
    parentId: province,
  });
  const tianhe = await create({
    name: '天河区总工会',
    kind: 'FEDERATION',
    regionCode: '440106',
    parentId: guangzhou,
  });
  const nanshan = await create({
    name: '南山区总工会',
    kind: 'FEDERATION',
    regionCode: '440305',
    parentId: shenzhen,
  });
  const factory = await create({
    name: '恒信电子工会',
    kind: 'GRASSROOTS',
    regionCode: '440106',
    parentId: tianhe,
  });
  const bakery = await create({
    name: '穗香食品工会',
    kind: 'GRASSROOTS',
    regionCode: '440106',
    parentId: tianhe,
  });
  const shop = await create({
    name: '海岸物流工会',
    kind: 'GRASSROOTS',
    regionCode: '440305',
    parentId: nanshan,
  });
  return { province, guangzhou, tianhe, shenzhen, nanshan, factory, bakery, shop };
}

/**
 * The members subgraph on a random port over a fresh, migrated database of the given dialect, with
 * the real organizations subgraph beside it (members asks it for organizations through `_entities`).
 */
export async function startHarness(dialect: TestDialect): Promise<Harness> {
  const orgDb = await createTestDatabase<organizations.Database>(dialect, 'm_orgs');
  await migrateToLatest(orgDb.db, organizations.migrations);
  const orgServer = await organizations.createServer({
    db: orgDb.db,
    subgraphSecret: SECRET,
    logger: pino({ level: 'silent' }),
  });
  const orgUrl = await orgServer.listen(0);
  const tdb = await createTestDatabase<Database>(dialect, 'members');
  await migrateToLatest(tdb.db, migrations);
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const server = await createServer({
    db: tdb.db,
    subgraphSecret: SECRET,
    logger: pino({ level: 'trace' }, sink),
    ...PII_KEYS,
    organizationsUrl: orgUrl,
  });
  const url = await server.listen(0);
  const tree = await buildTree(orgUrl);
  return {
    db: tdb.db,
    queries: tdb.queries,
    logLines,
    url,
    orgUrl,
    tree,
    gql: signedGql(url, SECRET),
    async close() {
      await server.close();
      await orgServer.close();
      await tdb.destroy();
      await orgDb.destroy();
    },
  };
}

let serial = 0;
/** A valid, unique national ID number (born in Tianhe unless told), aged about `age`. */
export function nextIdNumber(options: { age?: number; female?: boolean; regionCode?: string } = {}): string {
  serial += 1;
  const year = new Date().getUTCFullYear() - (options.age ?? 30) - 1;
  const day = String((serial % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(serial / 28) % 12) + 1).padStart(2, '0');
  const seq = ((serial * 2) % 1000) + (options.female ? 0 : 1);
  return makeNationalId({
    regionCode: options.regionCode ?? '440106',
    birthDate: `${year}-${month}-${day}`,
    sequence: String(seq % 1000).padStart(3, '0'),
  });
}

export function nextPhone(): string {
  serial += 1;
  return `138${String(10_000_000 + serial).slice(-8)}`;
}

export const SUBMIT = `mutation($input: SubmitMembershipApplicationInput!) {
  submitMembershipApplication(input: $input) { application { id status idNumberMasked phoneMasked } } }`;
export const APPROVE = `mutation($input: ReviewApplicationInput!) {
  approveMembershipApplication(input: $input) { application { id status } member { id cardNumber status version } } }`;

/** Applies and approves through the real mutations; returns the member id. */
export async function enroll(
  h: Harness,
  options: {
    orgId: string;
    idNumber?: string;
    name?: string;
    hukouType?: 'URBAN' | 'RURAL';
    reviewer?: Identity;
  },
): Promise<{ memberId: string; idNumber: string; applicationId: string }> {
  const idNumber = options.idNumber ?? nextIdNumber();
  const submitted = await h.gql(null, SUBMIT, {
    input: {
      name: options.name ?? '陈志强',
      idNumber,
      phone: nextPhone(),
      organizationId: options.orgId,
      hukouType: options.hukouType ?? 'RURAL',
    },
  });
  if (!submitted.data?.submitMembershipApplication) throw new Error(JSON.stringify(submitted.errors));
  const applicationId = submitted.data.submitMembershipApplication.application.id;
  const approved = await h.gql(options.reviewer ?? PROVINCE_ADMIN, APPROVE, { input: { id: applicationId } });
  if (!approved.data?.approveMembershipApplication) throw new Error(JSON.stringify(approved.errors));
  return { memberId: approved.data.approveMembershipApplication.member.id, idNumber, applicationId };
}
