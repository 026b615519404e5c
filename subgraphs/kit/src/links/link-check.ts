import { GraphQLError } from 'graphql';
import type { Identity } from '../identity/identity';
import { rowInScope, scopeOf } from '../identity/scope';
import { staffMayWrite } from '../identity/write-access';

/**
 * What a write needs to know about a row it links to: where it lies. Read from the row itself
 * (a local scoped read) or asked of its owner through `_entities` as SERVICE — never taken from the
 * input. An organization is its own `orgId`.
 */
export interface LinkTarget {
  id: string;
  regionCode: string;
  orgId?: string | null;
  memberId?: string | null;
}

/**
 * Whose scope must cover the linked row, always judged against the CALLER's identity:
 * - 'WRITE': the caller could write that row itself (kit staffMayWrite: a FEDERATION_ADMIN inside
 *   its region, an ORG_ADMIN for its own organization);
 * - 'READ': the row lies in the caller's read scope (kit rowInScope);
 * - a function for rules of a subgraph's own (e.g. "inside the region of the caller's organization").
 */
export type LinkRule = 'WRITE' | 'READ' | ((identity: Identity | null, target: LinkTarget) => boolean);

export interface LinkSpec {
  /** The input field that names the row, e.g. 'input.employerId' or 'input.memberIds.3'. */
  field: string;
  /** The GraphQL type it names, for the message ('Employer'). */
  entity: string;
  /** Defaults to 'WRITE'. */
  rule?: LinkRule;
  /** The FORBIDDEN message (no personal data: it reaches the client). */
  message?: string;
}

/** NOT_FOUND naming the input field that named a row that does not exist. */
export function linkNotFound(entity: string, field: string): GraphQLError {
  return new GraphQLError(`${field}: no such ${entity}`, { extensions: { code: 'NOT_FOUND', field } });
}

/** FORBIDDEN naming the input field that named a row outside the caller's scope. */
export function linkForbidden(
  field: string,
  message = 'names a row outside your jurisdiction',
): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: 'FORBIDDEN', field } });
}

export function linkAllowed(
  identity: Identity | null,
  target: LinkTarget,
  rule: LinkRule = 'WRITE',
): boolean {
  if (rule === 'WRITE') return staffMayWrite(identity, target);
  if (rule === 'READ') return rowInScope(scopeOf(identity), target);
  return rule(identity, target);
}

/**
 * The one link check (docs/security.md): a write is in scope only if every row it links to is.
 * Missing → NOT_FOUND, outside the caller's scope → FORBIDDEN, both naming the input field; call it
 * before anything is stored.
 */
export function assertLinked<T extends LinkTarget>(
  identity: Identity | null,
  target: T | null | undefined,
  spec: LinkSpec,
): T {
  if (!target) throw linkNotFound(spec.entity, spec.field);
  if (!linkAllowed(identity, target, spec.rule)) throw linkForbidden(spec.field, spec.message);
  return target;
}

/**
 * `assertLinked` over a list field: looks every id up in one batch (order kept) and refuses the
 * first missing or out-of-scope one, naming its position (`input.memberIds.2`).
 */
export async function assertAllLinked<T extends LinkTarget>(
  identity: Identity | null,
  ids: readonly string[],
  lookup: (ids: readonly string[]) => Promise<readonly (T | null)[]>,
  spec: Omit<LinkSpec, 'field'> & { field: (index: number) => string },
): Promise<T[]> {
  const found = ids.length === 0 ? [] : await lookup(ids);
  // Every missing id first: NOT_FOUND must not depend on where an out-of-scope id sits in the list.
  ids.forEach((_, i) => {
    if (!found[i]) throw linkNotFound(spec.entity, spec.field(i));
  });
  return ids.map((_, i) => assertLinked(identity, found[i], { ...spec, field: spec.field(i) }));
}
