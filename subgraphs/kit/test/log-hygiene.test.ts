import { Writable } from 'node:stream';
import { createErrorDigest, createLogger, errorKind, makeNationalId, scrubLogText } from '../src';

function capture(level = 'info') {
  const lines: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger('test', level, sink as any), lines };
}

const ID = makeNationalId({ regionCode: '440106', birthDate: '1990-01-01', sequence: '123' });
const JWT =
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbi0xIiwicm9sZSI6IkZFREVSQVRJT05fQURNSU4ifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
const SECRETS = [ID, '13812345678', 's3cr3t-pass', JWT, 'hunter2'];

describe('log scrubbing', () => {
  it.each([
    [
      `Duplicate entry '${ID}' for key 'id_number_index'`,
      `Duplicate entry '[redacted]' for key 'id_number_index'`,
    ],
    [
      'connect to mysql://root:s3cr3t-pass@db.internal:3306/union_members failed',
      'connect to mysql://[redacted]@db.internal:3306/union_members failed',
    ],
    ['redis://default:hunter2@cache:6379', 'redis://[redacted]@cache:6379'],
    [`authorization: Bearer ${JWT}`, 'authorization: Bearer [redacted]'],
    [`x-union-context=${JWT}`, 'x-union-context=[redacted]'],
    ['password=hunter2; host=db', 'password=[redacted]; host=db'],
    ['call 13812345678 or +86 13812345678', 'call [redacted] or [redacted]'],
    ['connect ECONNREFUSED 127.0.0.1:3306', 'connect ECONNREFUSED 127.0.0.1:3306'],
    ['http://10.0.0.1:4001/graphql', 'http://10.0.0.1:4001/graphql'],
  ])('%s', (raw, clean) => {
    expect(scrubLogText(raw)).toBe(clean);
  });

  it('cleans every string of a log line whatever the call site: message, fields, nested errors and stacks', () => {
    const { logger, lines } = capture();
    const err = Object.assign(
      new Error(`ER_DUP_ENTRY: Duplicate entry '${ID}' via mysql://root:s3cr3t-pass@db:3306`),
      {
        code: 'ER_DUP_ENTRY',
        sql: `insert into members values ('${ID}', '13812345678')`,
      },
    );
    logger.error(
      { err, detail: { url: 'mysql://root:s3cr3t-pass@db:3306/x', list: [`phone 13812345678`] } },
      `failed for ${ID}`,
    );
    logger.info(
      { databaseUrl: 'mysql://root:s3cr3t-pass@db', headers: { authorization: `Bearer ${JWT}` } },
      'config',
    );
    logger.warn({ config: { subgraphSecret: 'hunter2', piiKey: 'hunter2' }, token: JWT }, 'nested secrets');
    logger.error(err);
    const text = JSON.stringify(lines);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({
      msg: 'failed for [redacted]',
      err: { type: 'Error', code: 'ER_DUP_ENTRY' },
    });
    expect(lines[0]!.err.stack).toContain('log-hygiene.test');
    // A driver error's other fields (the SQL with its values) never reach the line.
    expect(text).not.toContain('insert into members');
    expect(lines[1]).toMatchObject({ databaseUrl: '[redacted]', headers: '[redacted]' });
  });
});

describe('redacted keys', () => {
  it('replaces a secret key up to two levels deep (arrays included), whole headers and variables one level deep', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        password: 'p0',
        config: { piiKey: 'p1', nested: { authSecret: 'p2', deeper: { kept: 'visible' } } },
        list: [{ token: 'p3' }],
        request: { headers: { 'x-anything': 'p4' }, variables: { idNumber: 'p5' } },
        variables: { anything: 'p6' },
        uri: undefined,
        status: 200,
      },
      'shapes',
    );
    logger.child({ component: 'c', secret: 'p7' }).info({ phone: 'p8' }, 'child');
    const text = JSON.stringify(lines);
    for (const secret of ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'])
      expect(text).not.toContain(`"${secret}"`);
    expect(lines[0]).toMatchObject({
      password: '[redacted]',
      config: { piiKey: '[redacted]', nested: { authSecret: '[redacted]', deeper: { kept: 'visible' } } },
      list: [{ token: '[redacted]' }],
      request: { headers: '[redacted]', variables: '[redacted]' },
      variables: '[redacted]',
      status: 200,
    });
    expect(lines[0]).not.toHaveProperty('uri');
    expect(lines[1]).toMatchObject({
      component: 'c',
      secret: '[redacted]',
      phone: '[redacted]',
      msg: 'child',
    });
  });
});

describe('error digest', () => {
  const outage = (n: number) =>
    Object.assign(new Error(`connect ECONNREFUSED 10.0.0.${n}:3306`), { code: 'ECONNREFUSED' });

  it('treats errors that differ only in values as one kind, and different failures as different kinds', () => {
    expect(errorKind(outage(1))).toBe(errorKind(outage(2)));
    expect(errorKind(new Error(`Duplicate entry 'a' for key 'x'`))).toBe(
      errorKind(new Error(`Duplicate entry 'b' for key 'y'`)),
    );
    expect(errorKind(outage(1))).not.toBe(errorKind(new Error('Lock wait timeout exceeded')));
    expect(errorKind(new TypeError('x'))).not.toBe(errorKind(new Error('x')));
  });

  it('logs the first of a kind with its stack and then one count per interval, not one stack per request', async () => {
    const { logger, lines } = capture();
    const digest = createErrorDigest(logger, { intervalMs: 200 });
    for (let i = 0; i < 500; i++) digest.report(outage(i % 7), { requestId: `r${i}` }, 'unexpected error');
    digest.report(new Error('something else'), { requestId: 'other' }, 'unexpected error');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 50, requestId: 'r0', err: { code: 'ECONNREFUSED' } });
    expect(lines[0]!.err.stack).toContain('Error: connect ECONNREFUSED');
    expect(lines[1]).toMatchObject({ requestId: 'other' });

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatchObject({
      level: 50,
      repeats: 499,
      requestIds: ['r1', 'r2', 'r3', 'r4', 'r5'],
      err: { code: 'ECONNREFUSED' },
      msg: 'unexpected error: 499 more like it in the last 0.2 s',
    });
    expect(lines[2]!.err.stack).toBeUndefined();

    // A kind quiet for a whole interval is forgotten: its next occurrence is logged in full again.
    await new Promise((resolve) => setTimeout(resolve, 450));
    digest.report(outage(1), { requestId: 'later' }, 'unexpected error');
    expect(lines.at(-1)).toMatchObject({ requestId: 'later', err: { code: 'ECONNREFUSED' } });
    expect(lines.at(-1)!.err.stack).toBeDefined();
    digest.flush();
  });
});
