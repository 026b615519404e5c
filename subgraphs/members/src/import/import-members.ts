import fs from 'node:fs';
import { once } from 'node:events';
import { newId } from '@union/kit';
import { stringify } from 'csv-stringify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { acceptsMembers, type OrganizationDirectory } from '../organization/organization-directory';
import type { PiiCipher } from '../pii/pii-cipher';
import type { RowError } from './csv-format';
import { readCsvBatches, type ParsedBatch, type SealedRow } from './csv-batches';
import { writeBatch, type BatchOutcome, type ResolvedRow } from './import-batch';

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
  const errorRows = stringify({ header: true, columns: ['line', 'field', 'reason'] });
  const reportFile = fs.createWriteStream(errorReport);
  errorRows.pipe(reportFile);
  const writeErrors = async (errors: readonly RowError[]) => {
    for (const e of errors) {
      if (!errorRows.write([e.line, e.field, e.reason])) await once(errorRows, 'drain');
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

  /** Organizations resolved (a batch's new ones asked at once, so the client sends them in one request). */
  const prepare = async (rows: SealedRow[]) => {
    const errors: RowError[] = [];
    const resolved: ResolvedRow[] = [];
    const ids = new Set<string>();
    for (const row of rows) ids.add(row.organizationId);
    const orgs = new Map<string, { regionCode: string } | null>();
    try {
      await Promise.all([...ids].map(async (id) => orgs.set(id, await organizationOf(id))));
    } catch {
      for (const id of ids) if (!orgs.has(id)) organizations.delete(id);
      throw new Error(
        'the organizations subgraph did not answer; nothing after the last reported batch was written',
      );
    }
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
      const org = orgs.get(row.organizationId);
      if (!org)
        errors.push({
          line: row.line,
          field: 'organizationId',
          reason: 'no active grassroots union with this id',
        });
      else {
        // In place (no copy per row): the parsed row is not used elsewhere.
        const ready = row as SealedRow & ResolvedRow;
        ready.regionCode = org.regionCode;
        resolved.push(ready);
      }
    }
    return { errors, resolved };
  };

  /** One transaction for the batch; a row the database refuses must not take the batch down. */
  const write = async (resolved: ResolvedRow[]): Promise<BatchOutcome> => {
    if (resolved.length === 0) return { created: 0, updated: 0, unchanged: 0, errors: [] };
    try {
      return await writeBatch(options.db, options.pii, resolved, requestId);
    } catch {
      // Retry one by one, report the refused.
      const outcome: BatchOutcome = { created: 0, updated: 0, unchanged: 0, errors: [] };
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
      return outcome;
    }
  };

  /** Counts a committed batch (with the refused rows read before it) and tells the caller. */
  const reportBatch = async (parsed: ParsedBatch, errors: RowError[], outcome: BatchOutcome) => {
    progress.rowsRead += parsed.rowsRead;
    progress.bytesRead = parsed.bytesRead;
    progress.created += outcome.created;
    progress.updated += outcome.updated;
    progress.unchanged += outcome.unchanged;
    await writeErrors([...parsed.errors, ...errors, ...outcome.errors]);
    options.onProgress?.({ ...progress });
  };

  /*
   * Pipeline: while up to `writers` batches are being written (each its own transaction and
   * connection), the next one is parsed, validated and encrypted. Batches are reported in file order
   * and only once committed — together with everything before them — so "done" always means
   * committed; at most writers + 1 batches are in memory.
   */
  const writers = options.writers ?? 2;
  const inflight: Promise<void>[] = [];
  let reported: Promise<void> = Promise.resolve();
  const source = readCsvBatches(options.file, batchSize, options.pii);
  try {
    for await (const parsed of source) {
      const { errors, resolved } = await prepare(parsed.rows);
      if (inflight.length >= writers) await inflight.shift();
      const written = write(resolved);
      const done = Promise.all([written, reported]).then(([outcome]) => reportBatch(parsed, errors, outcome));
      // Handled here so a failure is not "unhandled" while the next batch is read; awaited later.
      done.catch(() => undefined);
      reported = done;
      inflight.push(done);
    }
    while (inflight.length > 0) await inflight.shift();
  } finally {
    await Promise.allSettled(inflight);
    errorRows.end();
    await once(reportFile, 'close');
  }
  const seconds = (Date.now() - started) / 1000;
  options.onProgress?.({ ...progress, bytesRead: progress.bytesTotal });
  return { ...progress, errorReport, seconds, rowsPerSecond: progress.rowsRead / Math.max(seconds, 0.001) };
}
