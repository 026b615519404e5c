import { newId } from '@union/kit';
import { addMember, as, expectOk, type Harness } from './harness';

/** Organizations known to the stand-in organizations subgraph, and members of them. */
export interface World {
  province: string;
  guangzhou: string;
  factory: string;
  shop: string;
  dissolved: string;
  alice: string;
  bob: string;
  carol: string;
}

export const PROVINCE_ADMIN = as('FEDERATION_ADMIN', { region: '44' });
export const GUANGZHOU_ADMIN = as('FEDERATION_ADMIN', { region: '4401' });
export const SHENZHEN_ADMIN = as('FEDERATION_ADMIN', { region: '4403' });

export function buildWorld(h: Harness): World {
  const org = (regionCode: string, status = 'ACTIVE') => {
    const id = newId();
    h.upstream.organizations.set(id, { id, regionCode, status });
    return id;
  };
  const province = org('44');
  const guangzhou = org('4401');
  const factory = org('440106');
  const shop = org('440305');
  const dissolved = org('440106', 'DISSOLVED');
  return {
    province,
    guangzhou,
    factory,
    shop,
    dissolved,
    // alice: migrant woman of 30 at the Tianhe factory; bob: local man of 45 there; carol: Shenzhen.
    alice: addMember(h, {
      orgId: factory,
      regionCode: '440106',
      isMigrantWorker: true,
      gender: 'FEMALE',
      age: 30,
    }),
    bob: addMember(h, {
      orgId: factory,
      regionCode: '440106',
      isMigrantWorker: false,
      gender: 'MALE',
      age: 45,
    }),
    carol: addMember(h, {
      orgId: shop,
      regionCode: '440305',
      isMigrantWorker: true,
      gender: 'FEMALE',
      age: 28,
    }),
  };
}

export const factoryAdmin = (w: World) => as('ORG_ADMIN', { org: w.factory });
export const shopAdmin = (w: World) => as('ORG_ADMIN', { org: w.shop });
export const memberToken = (id: string, orgId?: string) =>
  as('MEMBER', { member: id, ...(orgId ? { org: orgId } : {}) });

const CREATE = `mutation($input: CreateServiceProgramInput!) { createServiceProgram(input: $input) { program { id status version } } }`;
const OPEN = `mutation($id: ID!) { openServiceProgram(input: { id: $id }) { program { id status } } }`;

/** Creates and opens a program through the real mutations. */
export async function openProgram(
  h: Harness,
  input: Record<string, unknown>,
  identity = PROVINCE_ADMIN,
): Promise<string> {
  const created = expectOk(
    await h.gql(identity, CREATE, {
      input: { name: '职工服务项目', category: 'LEGAL_AID', mode: 'TARGETED', ...input },
    }),
  );
  const id = created.createServiceProgram.program.id;
  expectOk(await h.gql(identity, OPEN, { id }));
  return id;
}

export const REQUEST = `mutation($input: RequestServiceInput!) { requestService(input: $input) { request { id status version member { id } } } }`;
export const MOVE = `mutation($input: TransitionServiceRequestInput!) { transitionServiceRequest(input: $input) { request { id status reason completedAt } } }`;
