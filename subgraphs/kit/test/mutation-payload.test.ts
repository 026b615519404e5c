import { mergeResolvers, mutation, payload } from '../src';

describe('payload / mutation (the input → payload wrapper of every mutation resolver)', () => {
  const ctx = { requestId: 'r1' };
  const service = async (c: typeof ctx, input: unknown) => ({ seen: input, by: c.requestId });

  it('payload(field, service) calls the service with the context and args.input, under the field', async () => {
    const resolve = payload('organization', service);
    await expect(resolve({}, { input: { name: 'x' } }, ctx)).resolves.toEqual({
      organization: { seen: { name: 'x' }, by: 'r1' },
    });
  });

  it('mutation(service) answers with what the service returns', async () => {
    await expect(mutation(service)({}, { input: 7 }, ctx)).resolves.toEqual({ seen: 7, by: 'r1' });
  });

  it('mergeResolvers merges the maps type by type', () => {
    const merged = mergeResolvers({ Query: { a: () => 1 } }, { Query: { b: () => 2 }, T: { c: () => 3 } });
    expect(Object.keys(merged.Query)).toEqual(['a', 'b']);
    expect(merged.T.c()).toBe(3);
  });
});
