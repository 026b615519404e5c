import fs from 'node:fs';
import path from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';

/** The operation registry's manifest (sha256 → document), docs/departments.md. */
export const DEFAULT_OPERATION_MANIFEST = path.resolve(
  __dirname,
  '../../../../schema/operations/manifest.json',
);

/** The names of every operation in the registry; empty when the manifest is missing or unreadable. */
export function loadRegisteredOperationNames(file = DEFAULT_OPERATION_MANIFEST): Set<string> {
  const names = new Set<string>();
  let manifest: Record<string, string>;
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return names;
  }
  for (const document of Object.values(manifest)) {
    try {
      for (const d of parse(document).definitions)
        if (d.kind === 'OperationDefinition' && d.name) names.add((d as OperationDefinitionNode).name!.value);
    } catch {
      // A document that does not parse names nothing; schema:check reports it.
    }
  }
  return names;
}

let registered: Set<string> | undefined;

/** Loaded once per process: the registry only changes with a deploy. */
export function registeredOperationNames(): Set<string> {
  return (registered ??= loadRegisteredOperationNames());
}

/* The gateway names subgraph operations `<client operation>__<subgraph>__<fetch index>`. */
const GATEWAY_SUFFIX = /__[A-Za-z0-9_-]+?__\d+$/;

/**
 * A metric and log label for an operation name with bounded cardinality: a registered name as it is,
 * a nameless operation `anonymous`, any other name `other` (a client may send any name it likes).
 * Subgraphs see the gateway's generated names and count them under the client operation's name.
 */
export function boundedOperationName(
  name: string | null | undefined,
  names: Set<string> = registeredOperationNames(),
): string {
  if (!name) return 'anonymous';
  if (names.has(name)) return name;
  const base = name.replace(GATEWAY_SUFFIX, '');
  return base !== name && names.has(base) ? base : 'other';
}
