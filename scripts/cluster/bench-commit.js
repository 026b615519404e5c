// What replication costs a commit on the local cluster (scripts/cluster/start.sh must be running):
// short transactions on node1 with and without replication (SET SESSION wsrep_on = OFF, same
// server), then the write-set of one 5,000-row transaction of member-sized rows.
//   node scripts/cluster/bench-commit.js
// Works in its own database probe_bench on node1 and drops it at the end.
const path = require('node:path');
const mysql = require(
  require.resolve('mysql2/promise', { paths: [path.join(__dirname, '../../subgraphs/kit')] }),
);
const status = async (port, name) => {
  const c = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
  const [r] = await c.query(`show global status like ?`, [name]);
  await c.end();
  return Number(r[0].Value);
};
(async () => {
  const conn = await mysql.createConnection({ host: '127.0.0.1', port: 3311, user: 'root' });
  const [[pool]] = await conn.query('select @@innodb_buffer_pool_size as b');
  console.log(`node1 innodb_buffer_pool_size ${Number(pool.b) / 2 ** 20} MB`);
  await conn.query('drop database if exists probe_bench');
  await conn.query('create database probe_bench');
  await conn.end();
  const run = async (label, wsrepOff) => {
    const pool = mysql.createPool({
      host: '127.0.0.1',
      port: 3311,
      user: 'root',
      database: 'probe_bench',
      connectionLimit: 4,
    });
    const c0 = await pool.getConnection();
    await c0.query('create table if not exists t (id varchar(40) primary key, w int, pad varchar(200))');
    c0.release();
    let n = 0;
    const lat = [];
    const until = Date.now() + 5000;
    await Promise.all(
      [0, 1, 2, 3].map(async (w) => {
        const c = await pool.getConnection();
        if (wsrepOff) await c.query('set session wsrep_on = OFF');
        while (Date.now() < until) {
          const s = process.hrtime.bigint();
          await c.query('begin');
          await c.query('insert into t values (?,?,?)', [`${label}-${w}-${n++}`, w, 'x'.repeat(150)]);
          await c.query('update t set w = w + 1 where id = ?', [`${label}-${w}-${n - 1}`]);
          await c.query('commit');
          lat.push(Number(process.hrtime.bigint() - s) / 1e6);
        }
        c.release();
      }),
    );
    await pool.end();
    lat.sort((a, b) => a - b);
    console.log(
      `${label}: ${(lat.length / 5).toFixed(0)} tx/s, p50 ${lat[Math.floor(lat.length * 0.5)].toFixed(2)} ms, p99 ${lat[Math.floor(lat.length * 0.99)].toFixed(2)} ms (4 connections, 2 writes a transaction)`,
    );
  };
  await run('replicated', false);
  await run('local-only', true);
  // One batch of 5,000 member-sized rows (≈ 280 B) in one transaction.
  const c = await mysql.createConnection({
    host: '127.0.0.1',
    port: 3311,
    user: 'root',
    database: 'probe_bench',
  });
  await c.query(
    'create table m (id char(36) primary key, idx char(32) unique, region char(6), org char(36), pad varchar(200), key (region, id), key (org, id))',
  );
  const rows = Array.from({ length: 5000 }, (_, i) => [
    `${String(i).padStart(8, '0')}-0000-7000-8000-000000000000`,
    String(i).padStart(32, 'a'),
    '440106',
    '01900000-0000-7000-8000-000000000000',
    'y'.repeat(180),
  ]);
  const bytes0 = await status(3311, 'wsrep_replicated_bytes');
  const s = Date.now();
  await c.query('begin');
  await c.query('insert into m values ?', [rows]);
  await c.query('commit');
  const ms = Date.now() - s;
  const bytes = (await status(3311, 'wsrep_replicated_bytes')) - bytes0;
  console.log(`one 5,000-row transaction: write-set ${(bytes / 1e6).toFixed(2)} MB, insert+commit ${ms} ms`);
  await c.query('drop database probe_bench');
  await c.end();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
