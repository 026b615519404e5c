import { EntitiesClient } from '../entities/entities-client';
import type { LinkTarget } from './link-check';

export interface EntityLinksOptions<E extends Record<string, unknown>, T extends LinkTarget> {
  /** GraphQL URL of the subgraph that owns the entity. */
  url: string;
  subgraphSecret: string;
  typename: string;
  /** The key field the entity is looked up by (default 'id'; 'code' for Region). */
  keyField?: string;
  /** The fields to ask for; must include what `toTarget` reads (e.g. 'id region { code } organization { id }'). */
  selection: string;
  /** The owner's answer as a link target (null when it lacks what a check needs). */
  toTarget: (entity: E) => T | null;
  ttlMs?: number;
  timeoutMs?: number;
}

/**
 * Where rows owned by another subgraph lie, asked of their owner (docs/architecture.md §3.5): `_entities` with a
 * SERVICE context through kit EntitiesClient — batched per tick, briefly cached. The SERVICE
 * context only reads the facts; whether the caller may link the row is decided afterwards by
 * `assertLinked` against the caller's own identity.
 */
export class EntityLinks<T extends LinkTarget, E extends Record<string, unknown> = Record<string, unknown>> {
  private readonly client: EntitiesClient<E>;

  constructor(private readonly options: EntityLinksOptions<E, T>) {
    this.client = new EntitiesClient<E>({
      url: options.url,
      subgraphSecret: options.subgraphSecret,
      typename: options.typename,
      selection: options.selection,
      ttlMs: options.ttlMs,
      timeoutMs: options.timeoutMs,
    });
  }

  /** The target, or null when its owner does not know the key. */
  async find(key: string): Promise<T | null> {
    const entity = await this.client.load({ [this.options.keyField ?? 'id']: key });
    return entity ? this.options.toTarget(entity) : null;
  }

  /** Each target in order (one `_entities` request for ids asked in the same tick). */
  findMany(keys: readonly string[]): Promise<(T | null)[]> {
    return Promise.all(keys.map((key) => this.find(key)));
  }
}
