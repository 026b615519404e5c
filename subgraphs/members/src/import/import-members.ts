import fs from 'node:fs';
import { once } from 'node:events';
import { newId } from '@union/kit';
import { stringify } from 'csv-stringify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { acceptsMembers, type OrganizationDirectory } from '../organization/organization-directory';
import type { PiiCipher } from '../pii/pii-cipher';
import type { RowError } from './csv-format';
import { readCsvBatches, type SealedRow } from './csv-batches';
import { sealRows, writeBatch, type BatchOutcome, type ResolvedRow } from './import-batch';

export interface ImportProgress {
  bytesRead: number;
  bytesTotal: number;
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportSummary extends ImportProgress {
  errorReport: string;
  seconds: number;
  rowsPerSecond: number;
}

export interface ImportOptions {
  db: Kysely<Database>;
  pii: PiiCipher;
  organizations: OrganizationDirectory;
  file: string;
  /** Rows committed per transaction. */
  batchSize?: number;
  /** Batches written at once on separate connections (the database works while the next is parsed). */
  writers?: number;
  /** Where the error report goes (default: beside the input, `<file>.errors.csv`). */
  errorReport?: string;
  /** Called after every committed batch (and at the end). */
  onProgress?: (progress: ImportProgress) => void;
}

export function errorReportPathFor(file: string): string {
  return file.replace(/\.csv$/i, '') + '.errors.csv';
}

/**
 * Streams a CSV of members into the register: every record validated (all its problems reported),
 * organizations resolved through their owner, batches committed one transaction each, so what is
 * reported done stays done if the run is interrupted and a re-run only updates or skips (blind-index
 * upsert). Reading waits for the database (backpressure), so memory stays flat for any file size;
 * the next batch is parsed and encrypted while the previous one is being written.
 */
export async function importMembers(options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  // Measured: 5,000 beats 2,000 by ≈13 % (counter cells aggregate better) for ≈90 MiB more memory.
  const batchSize = options.batchSize ?? 5000;
  const errorReport = options.errorReport ?? errorReportPathFor(options.file);
  const progress: ImportProgress = {
    bytesRead: 0,
    bytesTotal: fs.statSync(options.file).size,
    rowsRead: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
  };
  const report = stringify({ header: true, columns: ['line', 'field', 'reason'] });
  const reportFile = fs.createWriteStream(errorReport);
  report.pipe(reportFile);
  const writeErrors = async (errors: readonly RowError[]) => {
    for (const e of errors) {
      if (!report.write([e.line, e.field, e.reason])) await once(report, 'drain');
    }
    progress.rejected += new Set(errors.map((e) => e.line)).size;
  };

  const organizations = new Map<string, Promise<{ regionCode: string } | null>>();
  const organizationOf = (id: string) => {
    let known = organizations.get(id);
    if (!known) {
      known = options.organizations
        .find(id)
        .then((org) => (org && acceptsMembers(org) ? { regionCode: org.regionCode } : null));
      organizations.set(id, known);
    }
    return known;
  };
  const requestId = `import-${newId()}`;

  /** Batches being written (at most `writers`, oldest first). */
  const inflight: Promise<void>[] = [];
  const writers = options.writers ?? 2;

  /** Organizations resolved and numbers encrypted: everything but the write, so it overlaps the previous one. */
  const prepare = async (rows: SealedRow[]) => {
    const errors: RowError[] = [];
    const resolved: ResolvedRow[] = [];
    const seen = new Map<string, number>();
    for (const row of rows) {
      const first = seen.get(row.idNumber.normalized);
      if (first !== undefined) {
        errors.push({
          line: row.line,
          field: 'idNumber',
          reason: `the same person appears on line ${first}`,
        });
        continue;
      }
      seen.set(row.idNumber.normalized, row.line);
      let org: { regionCode: string } | null;
      try {
        org = await organizationOf(row.organizationId);
      } catch {
        organizations.delete(row.organizationId);
        throw new Error(
          'the organizations subgraph did not answer; nothing after the last reported batch was written',
        );
      }
      if (!org)
        errors.push({
          line: row.line,
          field: 'organizationId',
          reason: 'no active grassroots union with this id',
        });
      else resolved.push({ ...row, regionCode: org.regionCode });
    }
    return { errors, resolved: sealRows(options.pii, resolved) };
  };

  const commit = async ({ errors, resolved }: { errors: RowError[]; resolved: ResolvedRow[] }) => {
    let outcome: BatchOutcome;
    try {
      outcome = await writeBatch(options.db, options.pii, resolved, requestId);
    } catch {
      // A row the database refuses must not take the batch down: retry one by one, report the refused.
      outcome = { created: 0, updated: 0, unchanged: 0, errors: [] };
      for (const row of resolved) {
        try {
          const single = await writeBatch(options.db, options.pii, [row], requestId);
          outcome.created += single.created;
          outcome.updated += single.updated;
          outcome.unchanged += single.unchanged;
          outcome.errors.push(...single.errors);
        } catch {
          outcome.errors.push({
            line: row.line,
            field: '-',
            reason: 'the database refused this row (duplicate card or person)',
          });
        }
      }
    }
    progress.created += outcome.created;
    progress.updated += outcome.updated;
    progress.unchanged += outcome.unchanged;
    await writeErrors([...errors, ...outcome.errors]);
    options.onProgress?.({ ...progress });
  };

  const source = readCsvBatches(options.file, batchSize, options.pii);
  try {
    for await (const parsed of source) {
      progress.rowsRead += parsed.rowsRead;
      progress.bytesRead = parsed.bytesRead;
      await writeErrors(parsed.errors);
      if (parsed.rows.length === 0) continue;
      const prepared = await prepare(parsed.rows);
      if (inflight.length >= writers) await inflight.shift();
      const writing = commit(prepared);
      // Handled here so a failure is not "unhandled" while the next batch is read; awaited later.
      writing.catch(() => undefined);
      inflight.push(writing);
    }
    while (inflight.length > 0) await inflight.shift();
  } finally {
    await Promise.allSettled(inflight);
    report.end();
    await once(reportFile, 'close');
  }
  const seconds = (Date.now() - started) / 1000;
  options.onProgress?.({ ...progress, bytesRead: progress.bytesTotal });
  return { ...progress, errorReport, seconds, rowsPerSecond: progress.rowsRead / Math.max(seconds, 0.001) };
}
