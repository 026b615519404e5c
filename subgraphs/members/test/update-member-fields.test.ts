/*
 * Every field of UpdateMemberInput reaches the register: the zod schema keeps it (member.inputs.ts),
 * updateMember stores it and names it in the history (member.service.ts), and Member answers it back.
 * Nothing else notices a field that stops on the way: zod drops an unknown key silently, and an edit
 * the service does not map is either "nothing to change" or a write that changes nothing.
 * EDITS is keyed by the generated input type, so a new input field in the SDL fails
 * `npm run typecheck` here until it has an entry, and this test then fails until both files carry it
 * (CONTRIBUTING.md, "Adding a field end to end", steps 6 and 7).
 */
import { testDialects } from '@union/kit';
import type { UpdateMemberInput } from '../src/generated/resolvers-types';
import { enroll, PROVINCE_ADMIN, startHarness, type Harness } from './harness';

type Editable = Exclude<keyof UpdateMemberInput, 'id' | 'expectedVersion'>;
interface Edit<K extends Editable> {
  /** A value that differs from what `enroll` stores. */
  value: NonNullable<UpdateMemberInput[K]>;
  /** The Member field that reads it back, and what it answers. */
  read: string;
  expected: unknown;
}

const EDITS: { [K in Editable]-?: Edit<K> } = {
  name: { value: '陈新民', read: 'name', expected: '陈新民' },
  phone: { value: '13700001234', read: 'phoneMasked', expected: '137****1234' },
  hukouType: { value: 'URBAN', read: 'hukouType', expected: 'URBAN' },
  isMigrantWorker: { value: false, read: 'isMigrantWorker', expected: false },
  education: { value: 'POSTGRADUATE', read: 'education', expected: 'POSTGRADUATE' },
  occupation: { value: '焊工', read: 'occupation', expected: '焊工' },
  skillLevel: { value: 'TECHNICIAN', read: 'skillLevel', expected: 'TECHNICIAN' },
  modelWorkerLevel: { value: 'CITY', read: 'modelWorkerLevel', expected: 'CITY' },
};

describe.each(testDialects())('updateMember fields on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect);
  });
  afterAll(() => h.close());

  it('stores every field of UpdateMemberInput, names it in the history and reads it back', async () => {
    const { memberId } = await enroll(h, { orgId: h.tree.factory });
    const reads = [...new Set(Object.values(EDITS).map((e) => e.read))].join(' ');
    const read = async () =>
      (
        await h.gql(
          PROVINCE_ADMIN,
          `{ member(id: "${memberId}") { ${reads} version history(first: 1) { action fields } } }`,
        )
      ).data.member;
    for (const [field, edit] of Object.entries(EDITS) as [Editable, Edit<Editable>][]) {
      const before = await read();
      // The edit must change something, or the test would pass for a field that is dropped.
      expect({ field, before: before[edit.read] }).not.toEqual({ field, before: edit.expected });
      const result = await h.gql(
        PROVINCE_ADMIN,
        `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { member { version } } }`,
        { input: { id: memberId, expectedVersion: before.version, [field]: edit.value } },
      );
      const after = await read();
      expect({ field, errors: result.errors, stored: after[edit.read], history: after.history[0] }).toEqual({
        field,
        errors: undefined,
        stored: edit.expected,
        history: { action: 'UPDATED', fields: [field] },
      });
    }
  });
});
