import { context } from '@opentelemetry/api';
import type { LogEvent } from 'kysely';
import { serviceMetrics } from './metrics';
import { SpanKind, SpanStatusCode, tracer, tracingActive } from './tracing';

const KINDS = new Set(['select', 'insert', 'update', 'delete', 'with', 'replace']);

/** select/insert/update/delete (a bounded label), from the statement's first keyword. */
export function statementKind(sqlText: string): string {
  const word = /^\s*\(?\s*([a-z]+)/i.exec(sqlText)?.[1]?.toLowerCase() ?? '';
  return word === 'with' ? 'select' : KINDS.has(word) ? word : 'other';
}

/** Longer statements are cut in spans; kysely sends values as parameters, so the text holds none. */
const MAX_SQL_IN_SPAN = 2000;

/**
 * The kysely `log` hook of a subgraph's database (createDatabase's onQuery): each statement is
 * counted in `db_statement_duration_seconds` and, inside a traced request, becomes a span under the
 * span that ran it (backdated by its duration: kysely reports a statement once it is done).
 */
export function sqlObserver(
  service: string,
  dialect: string,
  also?: (event: LogEvent) => void,
): (event: LogEvent) => void {
  const metrics = serviceMetrics(service);
  return (event) => {
    also?.(event);
    const kind = statementKind(event.query.sql);
    const outcome = event.level === 'error' ? 'error' : 'ok';
    if (metrics.enabled)
      metrics.sqlDuration.observe({ statement: kind, outcome }, event.queryDurationMillis / 1000);
    const parent = context.active();
    if (!tracingActive(parent)) return;
    const end = Date.now();
    const span = tracer.startSpan(
      `${kind} ${dialect}`,
      {
        kind: SpanKind.CLIENT,
        startTime: end - event.queryDurationMillis,
        attributes: {
          'db.system': dialect,
          'db.operation.name': kind,
          'db.query.text': event.query.sql.slice(0, MAX_SQL_IN_SPAN),
          'union.service': service,
        },
      },
      parent,
    );
    if (event.level === 'error') span.setStatus({ code: SpanStatusCode.ERROR });
    span.end(end);
  };
}

interface MysqlPoolInternals {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

/** Pool use for `db_pool_connections`, read at scrape time from mysql2's pool. */
export function observeMysqlPool(service: string, pool: unknown): void {
  const p = pool as MysqlPoolInternals;
  serviceMetrics(service).setPoolStats(() =>
    p._allConnections
      ? {
          total: p._allConnections.length,
          idle: p._freeConnections?.length ?? 0,
          waiting: p._connectionQueue?.length ?? 0,
        }
      : undefined,
  );
}
