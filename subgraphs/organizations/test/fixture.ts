import { as, nextCreditCode, type Harness } from './harness';

export const PROVINCE_ADMIN = as('FEDERATION_ADMIN', { region: '44' });

const CREATE = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { organization { id name kind level version } }
}`;
const REGISTER = `mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { employer { id } } }`;

export async function createOrg(
  h: Harness,
  input: Record<string, unknown>,
  identity = PROVINCE_ADMIN,
): Promise<string> {
  const result = await h.gql(identity, CREATE, { input });
  if (!result.data?.createOrganization) throw new Error(JSON.stringify(result.errors));
  return result.data.createOrganization.organization.id;
}

export async function registerEmployer(h: Harness, regionCode: string, name: string): Promise<string> {
  const result = await h.gql(PROVINCE_ADMIN, REGISTER, {
    input: {
      name,
      creditCode: nextCreditCode(regionCode),
      industryCode: 'C',
      ownership: 'PRIVATE',
      employeeCount: 320,
      regionCode,
    },
  });
  if (!result.data?.registerEmployer) throw new Error(JSON.stringify(result.errors));
  return result.data.registerEmployer.employer.id;
}

export interface Tree {
  province: string;
  guangzhou: string;
  shenzhen: string;
  tianhe: string;
  nanshan: string;
  factory: string;
  factoryEmployer: string;
  shop: string;
}

/** 广东省总工会 → 广州/深圳 → 天河区/南山区 → two grassroots unions, built through the real mutations. */
export async function buildTree(h: Harness): Promise<Tree> {
  const province = await createOrg(h, { name: '广东省总工会', kind: 'FEDERATION', regionCode: '44' });
  const guangzhou = await createOrg(h, {
    name: '广州市总工会',
    kind: 'FEDERATION',
    regionCode: '4401',
    parentId: province,
  });
  const shenzhen = await createOrg(h, {
    name: '深圳市总工会',
    kind: 'FEDERATION',
    regionCode: '4403',
    parentId: province,
  });
  const tianhe = await createOrg(h, {
    name: '天河区总工会',
    kind: 'FEDERATION',
    regionCode: '440106',
    parentId: guangzhou,
  });
  const nanshan = await createOrg(h, {
    name: '南山区总工会',
    kind: 'FEDERATION',
    regionCode: '440305',
    parentId: shenzhen,
  });
  const factoryEmployer = await registerEmployer(h, '440106', '广州市天河区恒信电子科技有限公司');
  const factory = await createOrg(h, {
    name: '广州市天河区恒信电子科技有限公司工会',
    kind: 'GRASSROOTS',
    regionCode: '440106',
    parentId: tianhe,
    employerId: factoryEmployer,
    chairperson: '陈志强',
    establishedOn: '2012-05-01',
  });
  const shopEmployer = await registerEmployer(h, '440305', '深圳市南山区海岸物流有限公司');
  const shop = await createOrg(h, {
    name: '深圳市南山区海岸物流有限公司工会',
    kind: 'GRASSROOTS',
    regionCode: '440305',
    parentId: nanshan,
    employerId: shopEmployer,
  });
  return { province, guangzhou, shenzhen, tianhe, nanshan, factory, factoryEmployer, shop };
}
