import { newId, testDialects, type Identity } from '@union/kit';
import {
  buildWorld,
  factoryAdmin,
  GUANGZHOU_ADMIN,
  memberToken,
  PROVINCE_ADMIN,
  SHENZHEN_ADMIN,
  shopAdmin,
  type World,
} from './fixture';
import { addMember, as, expectError, expectOk, startHarness, type Harness } from './harness';

/*
 * HardshipCase is an entity (@key "id") so labor-relations can show the case a worker appeal is
 * handled through. The reference path answers exactly what `hardshipCase(id)` answers: the member
 * themself and staff in scope; anyone else gets null with FORBIDDEN at that position, an unknown id
 * plain null. One `_entities` batch mixing cases is one scoped read.
 */
const OPEN = `mutation($input: OpenHardshipCaseInput!) { openHardshipCase(input: $input) { hardshipCase { id } } }`;
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on HardshipCase {
  id status level member { id } organization { id } region { code } } } }`;

describe.each(testDialects())('HardshipCase through _entities on %s', (dialect) => {
  let h: Harness;
  let w: World;
  let gzMember: string;
  let szMember: string;
  let gzCase: string;
  let szCase: string;
  beforeAll(async () => {
    h = await startHarness(dialect);
    w = buildWorld(h);
    gzMember = addMember(h, {
      orgId: w.factory,
      regionCode: '440106',
      isMigrantWorker: false,
      gender: 'FEMALE',
      age: 41,
    });
    szMember = addMember(h, {
      orgId: w.shop,
      regionCode: '440305',
      isMigrantWorker: true,
      gender: 'MALE',
      age: 37,
    });
    const open = async (token: Identity, memberId: string) =>
      expectOk(
        await h.gql(token, OPEN, {
          input: {
            memberId,
            level: 'GENERAL',
            reasons: ['ILLNESS'],
            householdSize: 3,
            monthlyIncomePerHeadCents: 70000,
          },
        }),
      ).openHardshipCase.hardshipCase.id as string;
    gzCase = await open(factoryAdmin(w), gzMember);
    szCase = await open(shopAdmin(w), szMember);
  });
  afterAll(() => h.close());

  const refs = (...ids: string[]) => ({ reps: ids.map((id) => ({ __typename: 'HardshipCase', id })) });

  it('resolves a reference for the member themself, staff in scope and SERVICE', async () => {
    for (const who of [
      memberToken(gzMember),
      factoryAdmin(w),
      GUANGZHOU_ADMIN,
      PROVINCE_ADMIN,
      as('SERVICE'),
    ]) {
      const data = expectOk(await h.gql(who, ENTITIES, refs(gzCase)));
      expect(data._entities).toEqual([
        {
          id: gzCase,
          status: 'OPEN',
          level: 'GENERAL',
          member: { id: gzMember },
          organization: { id: w.factory },
          region: { code: '440106' },
        },
      ]);
    }
  });

  it('attack: the reference path does not escape scope (another member, another city, another union)', async () => {
    for (const who of [memberToken(szMember), SHENZHEN_ADMIN, shopAdmin(w)]) {
      const result = await h.gql(who, ENTITIES, refs(gzCase));
      expect(result.data!._entities).toEqual([null]);
      expect(expectError(result, 'FORBIDDEN').path).toEqual(['_entities', 0]);
    }
    // A batch mixing an own and a foreign case answers the own one only.
    const mixed = await h.gql(SHENZHEN_ADMIN, ENTITIES, refs(szCase, gzCase));
    expect(mixed.data!._entities[0]).toMatchObject({ id: szCase, region: { code: '440305' } });
    expect(mixed.data!._entities[1]).toBeNull();
    expect(expectError(mixed, 'FORBIDDEN').path).toEqual(['_entities', 1]);
    // Anonymous callers reach no entity at all.
    expectError(await h.gql(null, ENTITIES, refs(gzCase)), 'UNAUTHENTICATED');
  });

  it('answers null without an error for an unknown case', async () => {
    const result = expectOk(await h.gql(PROVINCE_ADMIN, ENTITIES, refs(newId())));
    expect(result._entities).toEqual([null]);
  });
});
