import { createLogger, createTestDatabase, migrateToLatest, signedGql, type TestDialect } from '@union/kit';
import { Writable } from 'node:stream';
import {
  createServer,
  migrations,
  recountAppealCounters,
  storedAppealCounters,
  type Database,
} from '../src/lib';
import { FixtureFacts } from './fixture-facts';
import { as, ok, SECRET, type Harness } from './harness';

export const CITY_ADMIN = as('FEDERATION_ADMIN', { region: '4401' });
export const DISTRICT_ADMIN = as('FEDERATION_ADMIN', { region: '440106' });
export const SZ_ADMIN = as('FEDERATION_ADMIN', { region: '4403' });
export const PROVINCE = as('FEDERATION_ADMIN', { region: '44' });
export const GZ_AUDITOR = as('AUDITOR', { region: '4401' });

export interface AppealWorld {
  cityFederation: string;
  districtFederation: string;
  otherDistrictFederation: string;
  factory: string;
  factoryMembers: string[];
  shop: string;
  shopMembers: string[];
  szFederation: string;
}

/** 广州市总工会 → 天河区总工会 → a factory union in a Tianhe street; and Shenzhen for scope escapes. */
export function buildAppealWorld(h: Harness): AppealWorld {
  const f = h.facts;
  const factory = f.addOrg('440106001');
  const shop = f.addOrg('440305001');
  return {
    cityFederation: f.addOrg('4401', { kind: 'FEDERATION', employerId: null }),
    districtFederation: f.addOrg('440106', { kind: 'FEDERATION', employerId: null }),
    otherDistrictFederation: f.addOrg('440111', { kind: 'FEDERATION', employerId: null }),
    factory,
    factoryMembers: f.addMembers(factory, 4),
    shop,
    shopMembers: f.addMembers(shop, 2),
    szFederation: f.addOrg('4403', { kind: 'FEDERATION', employerId: null }),
  };
}

export const member = (id: string) => as('MEMBER', { member: id, sub: `member-${id}` });

export const APPEAL_FIELDS = `id number channel kind category summary status version dueAt isOverdue daysOverdue
  allowedTransitions allowedActions reopenCount escalationCount callBackAttempts satisfaction outcome resolution
  member { id } handler { id } handlerRegion { code } region { code } organization { id } employer { id }
  callerNameMasked callerPhoneMasked assignee dispute { id caseNumber }
  timeline { kind fromStatus toStatus note internal actor actorRole satisfaction handler { id } }`;

export async function submit(h: Harness, identity: any, input: Record<string, unknown>) {
  return h.gql(
    identity,
    `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { number dueAt followUpCode appeal { ${APPEAL_FIELDS} } } }`,
    { input: { kind: 'RIGHTS_COMPLAINT', category: 'WAGE_ARREARS', summary: '拖欠两个月工资', ...input } },
  );
}

/** Runs one workflow mutation; `input` is passed as given. */
export function act(
  h: Harness,
  identity: any,
  mutation: string,
  inputType: string,
  input: Record<string, unknown>,
) {
  return h.gql(
    identity,
    `mutation($input: ${inputType}!) { ${mutation}(input: $input) { appeal { ${APPEAL_FIELDS} } } }`,
    { input },
  );
}

export const A = {
  accept: (h: Harness, who: any, id: string, extra = {}) =>
    act(h, who, 'acceptAppeal', 'AppealMoveInput', { id, ...extra }),
  dispatch: (h: Harness, who: any, id: string, organizationId: string, extra = {}) =>
    act(h, who, 'dispatchAppeal', 'DispatchAppealInput', {
      id,
      organizationId,
      note: '请天河区总工会核实处理',
      ...extra,
    }),
  return: (h: Harness, who: any, id: string) =>
    act(h, who, 'returnAppeal', 'ReturnAppealInput', { id, reason: '不属于本辖区' }),
  start: (h: Harness, who: any, id: string) =>
    act(h, who, 'startAppeal', 'StartAppealInput', { id, note: '内部：联系企业人事' }),
  resolve: (h: Harness, who: any, id: string) =>
    act(h, who, 'resolveAppeal', 'ResolveAppealInput', {
      id,
      outcome: 'SOLVED',
      resolution: '企业已补发工资',
    }),
  callBack: (h: Harness, who: any, id: string, satisfaction = 'SATISFIED') =>
    act(h, who, 'recordAppealCallBack', 'RecordAppealCallBackInput', { id, satisfaction }),
  escalate: (h: Harness, who: any, id: string) =>
    act(h, who, 'escalateAppeal', 'EscalateAppealInput', { id, reason: '超期未办结，提级督办' }),
  close: (h: Harness, who: any, id: string) => act(h, who, 'closeAppeal', 'AppealMoveInput', { id }),
  note: (h: Harness, who: any, id: string, note: string, extra = {}) =>
    act(h, who, 'addAppealNote', 'AddAppealNoteInput', { id, note, ...extra }),
};

/** The stored counters equal a recount from the rows. */
export async function expectCountersMatchRecount(h: Harness): Promise<void> {
  const stored = await storedAppealCounters(h.db);
  const recount = await recountAppealCounters(h.db);
  expect(Object.fromEntries([...stored].sort())).toEqual(Object.fromEntries([...recount].sort()));
}

export async function readAppeal(h: Harness, identity: any, id: string) {
  return h.gql(identity, `query($id: ID!) { workerAppeal(id: $id) { ${APPEAL_FIELDS} } }`, { id });
}

/** Like startHarness, with every log line the server writes kept in `logs`. */
export async function startLoggedHarness(dialect: TestDialect): Promise<Harness & { logs: string[] }> {
  const tdb = await createTestDatabase<Database>(dialect, 'appeal');
  await migrateToLatest(tdb.db, migrations);
  const facts = new FixtureFacts();
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  let now: Date | null = null;
  const server = await createServer({
    db: tdb.db,
    subgraphSecret: SECRET,
    logger: createLogger('appeal-test', 'debug', sink as any),
    facts,
    clock: () => now ?? new Date(),
  });
  const url = await server.listen(0);
  return {
    db: tdb.db,
    queries: tdb.queries,
    url,
    facts,
    logs,
    setNow: (value) => {
      now = value;
    },
    gql: signedGql(url, SECRET),
    async close() {
      await server.close();
      await tdb.destroy();
    },
  };
}

export { ok };
