import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';

/*
 * LIKE with an explicit escape character that means the same on SQLite and MySQL:
 * SQLite has no default escape and MySQL's backslash depends on sql_mode, so '!' is used.
 */
function escapeLike(value: string): string {
  return value.replace(/[!%_]/g, (c) => `!${c}`);
}

export function likePrefix(
  eb: ExpressionBuilder<any, any>,
  column: string,
  prefix: string,
): Expression<SqlBool> {
  return sql<SqlBool>`${eb.ref(column)} like ${`${escapeLike(prefix)}%`} escape '!'`;
}

export function likeContains(
  eb: ExpressionBuilder<any, any>,
  column: string,
  text: string,
): Expression<SqlBool> {
  return sql<SqlBool>`${eb.ref(column)} like ${`%${escapeLike(text)}%`} escape '!'`;
}
