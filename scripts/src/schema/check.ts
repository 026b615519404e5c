/*
 * The schema check (pure: schemas and registry in, report out). A candidate API schema is compared
 * with the base one by GraphQL Inspector; every registered operation is validated against the
 * candidate. It fails when
 *   - a registered operation does not validate against the candidate, or
 *   - a breaking change touches a coordinate a registered operation uses (named with the operation), or
 *   - any other breaking change is not acknowledged (see acknowledgments.ts).
 * Dangerous changes are reported as warnings and never fail.
 */
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { validate, type GraphQLSchema } from 'graphql';
import type { RegisteredOperation, Registry } from './registry';
import { coordinatesUsed, touches } from './usage';

export interface CheckInput {
  candidate: GraphQLSchema;
  /** The API schema clients are served today; null when there is none yet (first publish). */
  base: GraphQLSchema | null;
  registry: Registry;
  /** Change paths (`Type.field`, `Type.field.arg`, `Enum.VALUE`, `Type`) acknowledged as intended. */
  acknowledged: ReadonlySet<string>;
}

export interface ChangeFinding {
  path: string;
  message: string;
  /** Registered operations that use the changed coordinate (breaking changes only). */
  usedBy: RegisteredOperation[];
  acknowledged: boolean;
}

export interface CheckReport {
  breaking: ChangeFinding[];
  dangerous: ChangeFinding[];
  safe: number;
  operations: number;
  /** Registered operations that do not validate against the candidate, with GraphQL's messages. */
  invalidOperations: { operation: RegisteredOperation; errors: string[] }[];
  ok: boolean;
}

export async function checkSchema(input: CheckInput): Promise<CheckReport> {
  const changes: Change[] = input.base ? await diff(input.base, input.candidate) : [];
  const usage = input.base
    ? input.registry.operations.map((op) => ({ op, used: coordinatesUsed(input.base!, op.document) }))
    : [];

  const finding = (change: Change): ChangeFinding => {
    const path = change.path ?? '';
    return {
      path,
      message: change.message,
      usedBy: path ? usage.filter((u) => touches(path, u.used, change.type)).map((u) => u.op) : [],
      acknowledged: path !== '' && input.acknowledged.has(path),
    };
  };
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking).map(finding);
  const dangerous = changes
    .filter((c) => c.criticality.level === CriticalityLevel.Dangerous)
    .map((c) => ({ ...finding(c), usedBy: [] }));
  const safe = changes.length - breaking.length - dangerous.length;

  const invalidOperations = input.registry.operations
    .map((operation) => ({
      operation,
      errors: validate(input.candidate, operation.document).map((e) => e.message),
    }))
    .filter((r) => r.errors.length > 0);

  const ok =
    invalidOperations.length === 0 && breaking.every((b) => b.usedBy.length === 0 && b.acknowledged);
  return { breaking, dangerous, safe, operations: input.registry.operations.length, invalidOperations, ok };
}

/** The report as the lines a person reads in a terminal or a CI log. */
export function formatReport(report: CheckReport): string[] {
  const lines: string[] = [];
  const opName = (op: RegisteredOperation) => `${op.client}/${op.name} (${op.file})`;
  lines.push(
    `Changes: ${report.breaking.length} breaking, ${report.dangerous.length} dangerous, ${report.safe} safe`,
  );
  for (const b of report.breaking) {
    if (b.usedBy.length > 0) {
      lines.push(`  ✗ BREAKING ${b.path}: ${b.message}`);
      for (const op of b.usedBy) lines.push(`      used by ${opName(op)}`);
    } else if (b.acknowledged) {
      lines.push(`  ✓ BREAKING ${b.path}: ${b.message} (acknowledged; no registered operation uses it)`);
    } else {
      lines.push(`  ✗ BREAKING ${b.path}: ${b.message}`);
      lines.push(`      no registered operation uses it; if intended, acknowledge it in the commit message:`);
      lines.push(`      Schema-Break-Ack: ${b.path}`);
    }
  }
  for (const d of report.dangerous) lines.push(`  ! DANGEROUS ${d.path}: ${d.message}`);
  const valid = report.operations - report.invalidOperations.length;
  lines.push(`Operations: ${report.operations} registered, ${valid} valid against the new API schema`);
  for (const { operation, errors } of report.invalidOperations)
    for (const error of errors) lines.push(`  ✗ ${opName(operation)}: ${error}`);
  const used = report.breaking.filter((b) => b.usedBy.length > 0).length;
  const unacknowledged = report.breaking.filter((b) => b.usedBy.length === 0 && !b.acknowledged).length;
  if (report.ok) {
    const warn = report.dangerous.length > 0 ? ` with ${report.dangerous.length} warning(s)` : '';
    lines.push(`schema:check passed${warn}`);
  } else {
    const why = [
      used > 0 ? `${used} breaking change(s) used by registered operations` : '',
      unacknowledged > 0 ? `${unacknowledged} unacknowledged breaking change(s)` : '',
      report.invalidOperations.length > 0
        ? `${report.invalidOperations.length} registered operation(s) invalid`
        : '',
    ].filter(Boolean);
    lines.push(`schema:check FAILED: ${why.join(', ')}`);
  }
  return lines;
}
