import { isUniqueViolation } from './unique-violation';

/*
 * What a failed statement says about the data. Three kinds, and code that writes must tell them
 * apart (issue 9: an import counted an outage as 7,312 "duplicate" rows):
 *   - the database could not be reached or gave up waiting (connection, timeout, lock): nothing about
 *     the row; the same statement may succeed later — retry, then stop;
 *   - the row itself was refused (a constraint or a value): report the row;
 *   - anything else: a fault of the program or the server; stop and say so.
 */

type DriverError = { code?: unknown; errno?: unknown; message?: unknown; fatal?: unknown } | null;

/** Node socket errors and mysql2 protocol errors: the connection failed or died. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'PROTOCOL_PACKETS_OUT_OF_ORDER',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
  'ER_NET_READ_ERROR',
  'ER_NET_READ_INTERRUPTED',
  'ER_NET_ERROR_ON_WRITE',
  'ER_NET_WRITE_INTERRUPTED',
  'ER_CLIENT_INTERACTION_TIMEOUT',
]);
/** MySQL/MariaDB error numbers of the same (server side and client library numbers). */
const CONNECTION_ERRNOS = new Set([1040, 1053, 1158, 1159, 1160, 1161, 1927, 2002, 2003, 2006, 2013, 4031]);

/** The server aborted a statement because of other writers or a time limit: retrying is safe. */
const CONFLICT_CODES = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'ER_STATEMENT_TIMEOUT']);
const CONFLICT_ERRNOS = new Set([1205, 1213, 1969, 3024]);

/** Values or constraints the database refuses for this row, every time. */
const DATA_CODES = new Set([
  'ER_DATA_TOO_LONG',
  'ER_TRUNCATED_WRONG_VALUE',
  'ER_TRUNCATED_WRONG_VALUE_FOR_FIELD',
  'ER_WARN_DATA_OUT_OF_RANGE',
  'ER_BAD_NULL_ERROR',
  'ER_NO_REFERENCED_ROW_2',
  'ER_CHECK_CONSTRAINT_VIOLATED',
  'ER_CONSTRAINT_FAILED',
  'SQLITE_TOOBIG',
  'SQLITE_MISMATCH',
]);
const DATA_ERRNOS = new Set([1048, 1264, 1292, 1366, 1406, 1452, 3819, 4025]);

const code = (e: DriverError) => (typeof e?.code === 'string' ? e.code : '');
const errno = (e: DriverError) => (typeof e?.errno === 'number' ? e.errno : -1);

/** The database could not be reached, or the connection died mid-statement. */
export function isConnectionError(error: unknown): boolean {
  const e = error as DriverError;
  if (CONNECTION_CODES.has(code(e)) || CONNECTION_ERRNOS.has(errno(e))) return true;
  // SQLite: the file is locked by another process past busy_timeout, or its storage failed.
  if (/^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|PROTOCOL)/.test(code(e))) return true;
  // mysql2 on a connection that already died: no code, only this text.
  const message = typeof e?.message === 'string' ? e.message : '';
  return /in closed state|connection is not open/i.test(message);
}

/** A deadlock, lock wait timeout or statement time limit (docs/architecture.md §9: retried, and written so a retry is safe). */
function isConflictOrTimeout(error: unknown): boolean {
  const e = error as DriverError;
  return CONFLICT_CODES.has(code(e)) || CONFLICT_ERRNOS.has(errno(e));
}

/** Not about the data: waiting and trying the same statement again may succeed. */
export function isTransientDatabaseError(error: unknown): boolean {
  return isConnectionError(error) || isConflictOrTimeout(error);
}

/** The database refused this row's values (unique key, constraint, length, range). */
export function isDataError(error: unknown): boolean {
  const e = error as DriverError;
  if (isUniqueViolation(error) || DATA_CODES.has(code(e)) || DATA_ERRNOS.has(errno(e))) return true;
  return /^SQLITE_CONSTRAINT/.test(code(e));
}
