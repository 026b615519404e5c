import type { GraphQLScalarType } from 'graphql';

/*
 * Which resolvers a subgraph must write, computed from its generated resolver types
 * (docs/architecture.md §1.1). typescript-resolvers makes every resolver optional, since
 * graphql-js falls back to reading the parent's property; `CompleteResolvers` makes required
 * exactly the fields where that fallback cannot work: the parent value (the mapped domain type)
 * has no such property, or one of another type. A property that is a function counts by what it
 * resolves to, as graphql-js's default resolver calls it (the kit Connection's lazy totalCount);
 * an optional one may be absent, which reads as null.
 */

/** What a field resolver's result settles to. */
type ResultOf<R> = R extends (...args: any[]) => infer T
  ? Awaited<T>
  : R extends { resolve: (...args: any[]) => infer T }
    ? Awaited<T>
    : never;

/** What the default resolver makes of a parent's property (an absent one reads as null). */
type DefaultOf<V> = undefined extends V ? Settled<Exclude<V, undefined>> | null : Settled<V>;
type Settled<V> = V extends (...args: any[]) => infer T ? Awaited<T> : V;

/** Whether the parent's own property already answers field K. */
type AnsweredByParent<Parent, K, Result> = string extends keyof Parent
  ? false // Query, Mutation: the parent is empty.
  : K extends keyof Parent
    ? [DefaultOf<Parent[K]>] extends [Result]
      ? true
      : false
    : false;

/** `__resolveReference` is needed unless the reference (`{ __typename, ...key }`) is already a parent value. */
type ReferenceNeeded<R, Parent> = R extends { __resolveReference?: infer F }
  ? NonNullable<F> extends (reference: infer Ref, ...rest: any[]) => any
    ? [Ref] extends [Parent]
      ? never
      : '__resolveReference'
    : never
  : never;

/** Fields of an object type's resolvers that must be written for `Parent`. */
export type NeededResolvers<R, Parent> =
  | {
      [K in keyof R]-?: K extends `__${string}`
        ? never
        : AnsweredByParent<Parent, K, ResultOf<NonNullable<R[K]>>> extends true
          ? never
          : K;
    }[keyof R]
  | ReferenceNeeded<R, Parent>;

type Needed<R, Parent> =
  NonNullable<R> extends GraphQLScalarType
    ? NonNullable<R>
    : Required<Pick<NonNullable<R>, NeededResolvers<NonNullable<R>, Parent>>>;

type ParentOf<TParents, T> = T extends keyof TParents ? TParents[T] : never;

/**
 * The generated `Resolvers` with every needed entry required: per object type the fields its
 * parent cannot answer, and every custom scalar's implementation. Types that need nothing stay optional.
 */
export type CompleteResolvers<TResolvers, TParents> = TResolvers & {
  [T in keyof TResolvers as keyof Needed<TResolvers[T], ParentOf<TParents, T>> extends never
    ? never
    : T]-?: Needed<TResolvers[T], ParentOf<TParents, T>>;
};
