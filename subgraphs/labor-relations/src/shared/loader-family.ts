import type DataLoader from 'dataloader';

/*
 * A per-request family of DataLoaders, one per distinct argument set: `Organization.disputes(status:
 * OPEN)` on fifty organizations is one batch, and a sibling selection with other arguments another.
 */
export function loaderFamily<A, K, V>(make: (args: A) => DataLoader<K, V>): (args: A) => DataLoader<K, V> {
  const loaders = new Map<string, DataLoader<K, V>>();
  return (args: A) => {
    const key = JSON.stringify(args ?? null);
    let loader = loaders.get(key);
    if (!loader) {
      loader = make(args);
      loaders.set(key, loader);
    }
    return loader;
  };
}
