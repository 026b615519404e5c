/*
 * A few values of the deterministic demo, pinned. Written before the seed was split into named
 * steps with a PRNG stream per new field (CONTRIBUTING.md): the README examples and bookmarked ids stay
 * valid only if a change to the seed leaves these exactly as they are. A new field draws from its own
 * stream (seedStreams(...).field(name)) and must not move any of them.
 */
import { createTestDatabase, migrateToLatest, type TestDatabase } from '@union/kit';
import { migrations, seedMembers, type Database } from '../src/lib';
import { PiiCipher } from '../src/pii/pii-cipher';
import { PII_KEYS } from './harness';

const GRASSROOTS = Array.from({ length: 40 }, (_, i) => ({
  id: `0190a000-0000-7000-8000-${String(i).padStart(12, '0')}`,
  regionCode: ['440106001', '440106', '440305002', '441900003'][i % 4]!,
  employerId: `e${i}`,
}));

const PICKED = [0, 1, 2, 777, 1999];

describe('members demo seed (sqlite)', () => {
  let t: TestDatabase<Database>;
  beforeAll(async () => {
    t = await createTestDatabase<Database>('sqlite', 'mseed_pin');
    await migrateToLatest(t.db, migrations);
  });
  afterAll(() => t.destroy());

  it('keeps the pinned members, applications and transfers of the demo', async () => {
    const seeded = await seedMembers(t.db, { scale: 0.1, grassroots: GRASSROOTS, piiKeys: PII_KEYS });
    expect(seeded.counts).toEqual(PINNED_COUNTS);
    const pii = new PiiCipher(PII_KEYS.piiKey, PII_KEYS.piiIndexKey);
    const rows = await t.db.selectFrom('members').selectAll().orderBy('id').execute();
    const picked = PICKED.map((i) => rows[i]!).map((r) => ({
      id: r.id,
      org: r.org_id.slice(-2),
      region: r.region_code,
      name: r.name,
      idNumber: pii.decrypt(r.id_number_enc),
      phone: r.phone_enc && pii.decrypt(r.phone_enc),
      gender: r.gender,
      birth: r.birth_date,
      hukou: r.hukou_type,
      migrant: Number(r.is_migrant_worker),
      education: r.education,
      occupation: r.occupation,
      skill: r.skill_level,
      card: r.card_number,
      joined: r.joined_on,
      status: r.status,
      verification: r.verification_status,
    }));
    expect(picked).toEqual(PINNED_MEMBERS);
    const apps = await t.db
      .selectFrom('membership_applications')
      .select(['id', 'name', 'status'])
      .orderBy('id')
      .execute();
    expect([apps[0], apps[apps.length - 1]]).toEqual(PINNED_APPLICATIONS);
    const transfers = await t.db
      .selectFrom('member_transfers')
      .select(['id', 'member_id', 'status'])
      .orderBy('id')
      .execute();
    expect([transfers[0], transfers[transfers.length - 1]]).toEqual(PINNED_TRANSFERS);
  });
});

const PINNED_COUNTS = { members: 2000, applications: 88, transfers: 14 };
const PINNED_MEMBERS = [
  {
    id: '01906b97-5c01-74df-96ce-91c6eac5efe6',
    org: '16',
    region: '440106001',
    name: '胡红',
    idNumber: '44010620010627554X',
    phone: '16527581074',
    gender: 'FEMALE',
    birth: '2001-06-27',
    hukou: 'RURAL',
    migrant: 1,
    education: 'BACHELOR',
    occupation: '文员',
    skill: 'NONE',
    card: '44010620180000001',
    joined: '2018-05-08',
    status: 'ACTIVE',
    verification: 'VERIFIED',
  },
  {
    id: '01906b97-5c02-71b2-994c-f3d9b5a23315',
    org: '35',
    region: '441900003',
    name: '方东',
    idNumber: '441900198602022839',
    phone: '17330486149',
    gender: 'MALE',
    birth: '1986-02-02',
    hukou: 'URBAN',
    migrant: 0,
    education: null,
    occupation: '护工',
    skill: 'SENIOR_WORKER',
    card: '44190020140000001',
    joined: '2014-03-12',
    status: 'ACTIVE',
    verification: 'VERIFIED',
  },
  {
    id: '01906b97-5c03-7b6d-a891-00e4d181c7d0',
    org: '14',
    region: '440305002',
    name: '温玉',
    idNumber: '440305197502248455',
    phone: '15579985276',
    gender: 'MALE',
    birth: '1975-02-24',
    hukou: 'URBAN',
    migrant: 0,
    education: 'VOCATIONAL',
    occupation: '会计',
    skill: 'INTERMEDIATE_WORKER',
    card: '44030520090000001',
    joined: '2009-05-03',
    status: 'ACTIVE',
    verification: 'VERIFIED',
  },
  {
    id: '01906b97-5f33-76e0-bef0-92ad71006649',
    org: '22',
    region: '440305002',
    name: '郑宇怡',
    idNumber: '440305197410196889',
    phone: '17913031314',
    gender: 'FEMALE',
    birth: '1974-10-19',
    hukou: 'RURAL',
    migrant: 1,
    education: 'JUNIOR_SECONDARY',
    occupation: '电工',
    skill: 'PRIMARY_WORKER',
    card: '44030520210000206',
    joined: '2021-06-14',
    status: 'ACTIVE',
    verification: 'PENDING',
  },
  {
    id: '01906b97-6436-7a2c-aef0-91dd1f070559',
    org: '20',
    region: '440106001',
    name: '杜锦',
    idNumber: '440106199908225530',
    phone: '14100437948',
    gender: 'MALE',
    birth: '1999-08-22',
    hukou: 'URBAN',
    migrant: 0,
    education: 'JUNIOR_COLLEGE',
    occupation: '销售员',
    skill: 'PRIMARY_WORKER',
    card: '44010620150001027',
    joined: '2015-06-21',
    status: 'ACTIVE',
    verification: 'VERIFIED',
  },
];
const PINNED_APPLICATIONS = [
  {
    id: '01906b97-5c0b-7c89-9e0c-869215d239b3',
    name: '欧阳霞俊',
    status: 'APPROVED',
  },
  {
    id: '01906b97-6410-7e2c-924f-f13bff5ab35c',
    name: '许辉春',
    status: 'REJECTED',
  },
];
const PINNED_TRANSFERS = [
  {
    id: '01906b97-5c2d-73ae-a11f-08d2c865e56c',
    member_id: '01906b97-5c2c-7fcc-a1e7-d54c80c87639',
    status: 'REJECTED',
  },
  {
    id: '01906b97-63a8-79ac-9fce-1c8e0b223ea0',
    member_id: '01906b97-63a7-77c1-85e1-a19b790c4b1d',
    status: 'PENDING',
  },
];
