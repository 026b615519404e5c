import path from 'node:path';

export type DatabaseTarget =
  | { dialect: 'sqlite'; file: string }
  | { dialect: 'mysql'; uri: string; database: string };

/** 'labor-relations' → 'union_labor_relations' (docs/architecture.md §2). */
export function databaseNameFor(subgraph: string): string {
  return `union_${subgraph.replace(/-/g, '_')}`;
}

/**
 * Reads a DATABASE_URL for one subgraph:
 *  - `sqlite:<dir>` → `<dir>/union_<subgraph>.sqlite`; `sqlite:<file>.sqlite` or `sqlite::memory:` as given;
 *  - `mysql://user:pass@host:port` → database `union_<subgraph>`; a path (`…/name`) names the database.
 */
export function resolveDatabaseTarget(url: string, subgraph: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) {
    const rest = url.slice('sqlite:'.length).replace(/^\/\//, '') || '.data';
    if (rest === ':memory:' || /\.(sqlite3?|db)$/.test(rest)) return { dialect: 'sqlite', file: rest };
    return { dialect: 'sqlite', file: path.join(rest, `${databaseNameFor(subgraph)}.sqlite`) };
  }
  if (url.startsWith('mysql://') || url.startsWith('mariadb://')) {
    const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
    const named = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    const database = named || databaseNameFor(subgraph);
    if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error('DATABASE_URL names an invalid database');
    parsed.pathname = '/';
    return { dialect: 'mysql', uri: parsed.toString(), database };
  }
  throw new Error('DATABASE_URL must start with sqlite: or mysql://');
}

/** The URL for one subgraph: `<SUBGRAPH>_DATABASE_URL` wins over `DATABASE_URL`. */
export function databaseUrlFor(subgraph: string, env: NodeJS.ProcessEnv = process.env): string {
  const specific = env[`${subgraph.replace(/-/g, '_').toUpperCase()}_DATABASE_URL`];
  return specific || env.DATABASE_URL || 'sqlite:.data';
}
