import { mergeResolvers as mergeResolverMaps, type ResolverMap } from '../server/guard';

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/**
 * Merges per-feature resolver maps type by type (each feature folder contributes its own fields),
 * keeping their types: the result is the intersection of the maps, so `resolvers.ts` can check
 * the whole against the generated `SubgraphResolvers` (docs/architecture.md §1.1).
 */
export function mergeResolvers<const M extends readonly object[]>(...maps: M): Intersection<M[number]> {
  return mergeResolverMaps(...(maps as unknown as ResolverMap[])) as Intersection<M[number]>;
}
