import { isConnectionError, isDataError, isTransientDatabaseError } from '../src';

const err = (fields: Record<string, unknown>, message = 'x') => Object.assign(new Error(message), fields);

describe('database error kinds', () => {
  it.each([
    ['connection refused', err({ code: 'ECONNREFUSED' })],
    ['connection reset', err({ code: 'ECONNRESET' })],
    ['connection lost mid-statement', err({ code: 'PROTOCOL_CONNECTION_LOST', fatal: true })],
    ['server shutting down', err({ code: 'ER_SERVER_SHUTDOWN', errno: 1053 })],
    ['connection killed', err({ errno: 1927 })],
    ['a command on a dead connection', err({}, "Can't add new command when connection is in closed state")],
    ['SQLite locked by another process', err({ code: 'SQLITE_BUSY' })],
    ['SQLite storage failure', err({ code: 'SQLITE_IOERR_WRITE' })],
  ])('%s is a connection error, not about the data', (_label, error) => {
    expect([isConnectionError(error), isTransientDatabaseError(error), isDataError(error)]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it.each([
    ['deadlock', err({ code: 'ER_LOCK_DEADLOCK', errno: 1213 })],
    ['lock wait timeout', err({ code: 'ER_LOCK_WAIT_TIMEOUT', errno: 1205 })],
    ['statement time limit', err({ errno: 1969 })],
  ])('%s is transient', (_label, error) => {
    expect([isTransientDatabaseError(error), isDataError(error)]).toEqual([true, false]);
  });

  it.each([
    ['duplicate key', err({ code: 'ER_DUP_ENTRY', errno: 1062 })],
    ['SQLite unique', err({ code: 'SQLITE_CONSTRAINT_UNIQUE' })],
    ['SQLite check', err({ code: 'SQLITE_CONSTRAINT_CHECK' })],
    ['too long', err({ code: 'ER_DATA_TOO_LONG', errno: 1406 })],
    ['bad string value', err({ errno: 1366 })],
  ])('%s is about the data', (_label, error) => {
    expect([isTransientDatabaseError(error), isDataError(error)]).toEqual([false, true]);
  });

  it.each([
    ['access denied (configuration)', err({ code: 'ER_ACCESS_DENIED_ERROR', errno: 1045, fatal: true })],
    ['unknown table (a bug)', err({ code: 'ER_NO_SUCH_TABLE', errno: 1146 })],
    ['disk full', err({ code: 'SQLITE_FULL' })],
    ['pool closed by the program', err({}, 'Pool is closed.')],
    ['not an error', 'boom'],
  ])('%s is neither: the caller stops', (_label, error) => {
    expect([isTransientDatabaseError(error), isDataError(error)]).toEqual([false, false]);
  });
});
