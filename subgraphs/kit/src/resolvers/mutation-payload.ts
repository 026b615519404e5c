/*
 * The one shape of a mutation resolver (docs/architecture.md §1.1): the argument `input` goes to a
 * service `(ctx, input) => result`, which parses it with its zod schema (inputs stay `unknown` to
 * the service: the runtime check is the contract, the generated argument type only documents it).
 * The generated `MutationResolvers` check the result against the payload type.
 */

/** `field: payload('organization', createOrganization)` answers `{ organization: <the service's result> }`. */
export function payload<K extends string, C, I, R>(
  key: K,
  run: (ctx: C, input: I) => Promise<R>,
): (parent: unknown, args: { input: I }, ctx: C) => Promise<{ [P in K]: R }> {
  return async (_parent, args, ctx) => ({ [key]: await run(ctx, args.input) }) as { [P in K]: R };
}

/** `field: mutation(mergeOrganizations)` for a service that returns the whole payload itself. */
export function mutation<C, I, R>(
  run: (ctx: C, input: I) => Promise<R>,
): (parent: unknown, args: { input: I }, ctx: C) => Promise<R> {
  return (_parent, args, ctx) => run(ctx, args.input);
}
