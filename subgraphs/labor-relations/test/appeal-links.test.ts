import { countRows, newId, testDialects } from '@union/kit';
import {
  A,
  buildAppealWorld,
  CITY_ADMIN,
  expectCountersMatchRecount,
  member,
  PROVINCE,
  submit,
  SZ_ADMIN,
  type AppealWorld,
} from './appeal-fixture';
import { expectError, ok, startHarness, type Harness } from './harness';

/*
 * Issue 13, the links that were still open: an appeal handled through a member's HardshipCase
 * (services owns it; here FixtureFacts answers what `_entities` would — the real path runs in
 * test/src/appeals.e2e.test.ts), the same idempotent re-link rule for the ServiceRequest link, and
 * the region an appeal names without an organization, checked with organizations' directory.
 * Every refusal names the field and stores nothing. The titles are listed by
 * test/src/security/link-fields.test.ts.
 */
const LINK_CASE = `mutation($input: LinkAppealToHardshipCaseInput!) { linkAppealToHardshipCase(input: $input) {
  appeal { id version hardshipCase { id } timeline { kind note internal } } } }`;
const LINK_REQUEST = `mutation($input: LinkAppealToServiceRequestInput!) { linkAppealToServiceRequest(input: $input) {
  appeal { id version serviceRequest { id } timeline { kind note internal } } } }`;

describe.each(testDialects())('appeal links and the region check on %s', (dialect) => {
  let h: Harness;
  let w: AppealWorld;
  beforeAll(async () => {
    h = await startHarness(dialect);
    w = buildAppealWorld(h);
  });
  afterAll(() => h.close());
  afterEach(() => {
    h.facts.regionsDown = false;
    h.facts.unknownRegions.clear();
  });

  async function acceptedAppeal(): Promise<{ id: string; version: number }> {
    const a = ok(await submit(h, member(w.factoryMembers[0]!), {})).submitAppeal.appeal;
    return ok(await A.accept(h, PROVINCE, a.id)).acceptAppeal.appeal;
  }

  async function stored(id: string) {
    const row = await h.db
      .selectFrom('worker_appeals')
      .select(['version', 'hardship_case_id', 'service_request_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const events = await h.db
      .selectFrom('appeal_events')
      .select('kind')
      .where('appeal_id', '=', id)
      .where('kind', '=', 'LINKED')
      .execute();
    return {
      version: Number(row.version),
      hardship: row.hardship_case_id,
      request: row.service_request_id,
      linked: events.length,
    };
  }

  it('linkAppealToHardshipCase input.hardshipCaseId: checked with services against the caller, refused before anything is stored', async () => {
    const a = await acceptedAppeal();
    const own = h.facts.addHardshipCase(w.factory, w.factoryMembers[0]);
    const shenzhen = h.facts.addHardshipCase(w.shop, w.shopMembers[0]);
    const before = await stored(a.id);
    expectError(
      await h.gql(CITY_ADMIN, LINK_CASE, { input: { id: a.id, hardshipCaseId: newId() } }),
      'NOT_FOUND',
      'input.hardshipCaseId',
    );
    // A Guangzhou admin cannot attach a Shenzhen member's hardship case (outside its read scope).
    expectError(
      await h.gql(CITY_ADMIN, LINK_CASE, { input: { id: a.id, hardshipCaseId: shenzhen } }),
      'FORBIDDEN',
      'input.hardshipCaseId',
    );
    // The province sees both, but the Shenzhen case belongs to another organization and city.
    expectError(
      await h.gql(PROVINCE, LINK_CASE, { input: { id: a.id, hardshipCaseId: shenzhen } }),
      'BAD_USER_INPUT',
      'input.hardshipCaseId',
    );
    // Shenzhen's admin may not work on a Guangzhou appeal at all.
    expectError(
      await h.gql(SZ_ADMIN, LINK_CASE, { input: { id: a.id, hardshipCaseId: shenzhen } }),
      'FORBIDDEN',
    );
    expect(await stored(a.id)).toEqual(before);

    const linked = ok(await h.gql(CITY_ADMIN, LINK_CASE, { input: { id: a.id, hardshipCaseId: own } }))
      .linkAppealToHardshipCase.appeal;
    expect(linked.hardshipCase).toEqual({ id: own });
    expect(linked.version).toBe(a.version + 1);
    expect(linked.timeline.at(-1)).toEqual({
      kind: 'LINKED',
      note: 'linked to a hardship case',
      internal: true,
    });
    expect(await stored(a.id)).toEqual({ ...before, version: a.version + 1, hardship: own, linked: 1 });
    // The member sees that it is linked, not the staff-internal note.
    const seen = ok(
      await h.gql(
        member(w.factoryMembers[0]!),
        `query($id: ID!) { workerAppeal(id: $id) { hardshipCase { id } timeline { kind note } } }`,
        { id: a.id },
      ),
    ).workerAppeal;
    expect(seen.hardshipCase).toEqual({ id: own });
    expect(seen.timeline.filter((e: any) => e.kind === 'LINKED')).toEqual([{ kind: 'LINKED', note: null }]);
    await expectCountersMatchRecount(h);
  });

  it('re-linking the same hardship case or service request is idempotent; another one replaces it with a timeline entry', async () => {
    const a = await acceptedAppeal();
    const first = h.facts.addHardshipCase(w.factory, w.factoryMembers[0]);
    const second = h.facts.addHardshipCase(w.factory, w.factoryMembers[0], 'RELIEVED');
    const once = ok(await h.gql(CITY_ADMIN, LINK_CASE, { input: { id: a.id, hardshipCaseId: first } }))
      .linkAppealToHardshipCase.appeal;
    const again = ok(await h.gql(CITY_ADMIN, LINK_CASE, { input: { id: a.id, hardshipCaseId: first } }))
      .linkAppealToHardshipCase.appeal;
    expect(again).toEqual(once);
    // The no-op still checks the caller first: Shenzhen learns nothing from re-linking.
    expectError(
      await h.gql(SZ_ADMIN, LINK_CASE, { input: { id: a.id, hardshipCaseId: first } }),
      'FORBIDDEN',
    );
    const replaced = ok(await h.gql(CITY_ADMIN, LINK_CASE, { input: { id: a.id, hardshipCaseId: second } }))
      .linkAppealToHardshipCase.appeal;
    expect(replaced.hardshipCase).toEqual({ id: second });
    expect(replaced.version).toBe(once.version + 1);
    expect(replaced.timeline.at(-1).note).toBe('linked to a hardship case (replacing the previous one)');

    const request = h.facts.addServiceRequest(w.factory, 'HARDSHIP_ASSISTANCE');
    const r1 = ok(await h.gql(CITY_ADMIN, LINK_REQUEST, { input: { id: a.id, serviceRequestId: request } }))
      .linkAppealToServiceRequest.appeal;
    const r2 = ok(await h.gql(CITY_ADMIN, LINK_REQUEST, { input: { id: a.id, serviceRequestId: request } }))
      .linkAppealToServiceRequest.appeal;
    expect(r2).toEqual(r1);
    expect(r1.serviceRequest).toEqual({ id: request });
    // Both links live side by side.
    expect(await stored(a.id)).toMatchObject({ hardship: second, request, linked: 3 });
    await expectCountersMatchRecount(h);
  });

  it('a closed appeal is not linked to a hardship case any more', async () => {
    const a = await acceptedAppeal();
    await A.start(h, PROVINCE, a.id);
    await A.resolve(h, PROVINCE, a.id);
    await A.callBack(h, PROVINCE, a.id);
    await A.close(h, PROVINCE, a.id);
    const own = h.facts.addHardshipCase(w.factory, w.factoryMembers[0]);
    expectError(
      await h.gql(PROVINCE, LINK_CASE, { input: { id: a.id, hardshipCaseId: own } }),
      'CONFLICT',
      'input.id',
    );
  });

  describe('submitAppeal input.regionCode: checked with organizations', () => {
    const web = (regionCode: string) => ({
      kind: 'CONSULTATION',
      category: 'SOCIAL_INSURANCE',
      summary: '咨询社保补缴',
      regionCode,
      callerName: '王芳',
      callerPhone: '13800138000',
    });
    const storesNothing = async (run: () => Promise<void>) => {
      const before = [await countRows(h.db, 'worker_appeals'), await countRows(h.db, 'appeal_events')];
      await run();
      expect([await countRows(h.db, 'worker_appeals'), await countRows(h.db, 'appeal_events')]).toEqual(
        before,
      );
    };

    it('submitAppeal input.regionCode: an unknown region is NOT_FOUND naming the field, and nothing is stored', async () => {
      h.facts.unknownRegions.add('440199');
      await storesNothing(async () => {
        const refused = await submit(h, null, web('440199'));
        expect(expectError(refused, 'NOT_FOUND', 'input.regionCode').message).toBe(
          'input.regionCode: no such Region',
        );
        expect(refused.data?.submitAppeal ?? null).toBeNull();
        // A member naming only a region is held to the same directory.
        expectError(
          await submit(h, member(w.factoryMembers[1]!), { regionCode: '440199' }),
          'NOT_FOUND',
          'input.regionCode',
        );
      });
      const accepted = ok(await submit(h, null, web('440106'))).submitAppeal;
      expect(accepted.followUpCode).toMatch(/^[2-9A-Z]{12}$/);
      expect(h.facts.regionLookups).toContain('440106');
    });

    it('registerAppeal input.regionCode: staff naming an unknown region are refused the same way', async () => {
      h.facts.unknownRegions.add('440198');
      await storesNothing(async () => {
        expectError(
          await h.gql(
            CITY_ADMIN,
            `mutation($input: RegisterAppealInput!) { registerAppeal(input: $input) { appeal { id } } }`,
            {
              input: {
                channel: 'HOTLINE_12351',
                kind: 'CONSULTATION',
                category: 'CONTRACT',
                summary: '咨询劳动合同',
                regionCode: '440198',
                callerPhone: '13900139000',
              },
            },
          ),
          'NOT_FOUND',
          'input.regionCode',
        );
      });
    });

    it('asks nothing of organizations when the appeal names an organization (its region is the organization’s)', async () => {
      const asked = h.facts.regionLookups.length;
      h.facts.regionsDown = true;
      ok(await submit(h, null, { ...web('4401'), organizationId: w.factory }));
      expect(h.facts.regionLookups.length).toBe(asked);
    });

    it('fault: organizations down → a clean INTERNAL_SERVER_ERROR, nothing stored, and the next submit works again', async () => {
      h.facts.regionsDown = true;
      await storesNothing(async () => {
        const failed = await submit(h, null, web('440106'));
        const error = expectError(failed, 'INTERNAL_SERVER_ERROR');
        expect(error.message).toBe('Internal server error');
        expect(JSON.stringify(failed)).not.toMatch(/HTTP 503|look-up|13800138000|王芳/);
        expect(failed.data?.submitAppeal ?? null).toBeNull();
      });
      h.facts.regionsDown = false;
      expect(ok(await submit(h, null, web('440106'))).submitAppeal.number).toMatch(/^4401-/);
    });
  });
});
