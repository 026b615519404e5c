import { startStack, type Stack } from '../support/stack';
import { eventually, HAPROXY_URL, killNode, node, NODE_URLS, openOn, outcome, wsrepStatus } from './cluster';

/*
 * One node dies under a write load and comes back. Both replicas of every subgraph reach the
 * cluster through HAProxy (127.0.0.1:3310), which gives every connection to node1 while it answers
 * (node2 and node3 stand by) and cuts the sessions of a node that stops answering; the subgraphs'
 * pools then open new connections, which HAProxy gives to the next node. The node killed is the one
 * taking the load.
 */

const REPORT = `mutation($input: ReportLaborDisputeInput!) {
  reportLaborDispute(input: $input) { dispute { id caseNumber } } }`;
const WORKERS = 4;
const VICTIM = 1;
/**
 * How long after the crash a request may still meet the dead node: until its in-flight requests
 * fail (≈ 0.3 s here) the pools may hand out a connection to it; HAProxy's checks take it out
 * within 1 s at the latest.
 */
const DETECTION_MS = 1000;

interface Call {
  worker: number;
  startedAt: number;
  endedAt: number;
  id?: string;
  error?: string;
}

describe('a node killed under a write load', () => {
  let stack: Stack;
  let unions: string[];
  let admin: string;

  beforeAll(async () => {
    stack = await startStack({ dialect: 'mysql', replicaDatabaseUrls: [HAPROXY_URL, HAPROXY_URL] });
    admin = await stack.token({ role: 'FEDERATION_ADMIN', region: '44' });
    const found = await stack.gql(
      admin,
      '{ organizations(first: 100, filter: { regionPrefix: "44", kind: GRASSROOTS, status: ACTIVE }) { nodes { id region { code } } } }',
    );
    // One union per worker, in different cities where the seed has them (fewer waits on one case counter).
    const byCity = new Map<string, string>();
    for (const o of found.data.organizations.nodes)
      if (!byCity.has(o.region.code.slice(0, 4))) byCity.set(o.region.code.slice(0, 4), o.id);
    const all = found.data.organizations.nodes.map((o: any) => o.id as string);
    unions = [...new Set([...byCity.values(), ...all])].slice(0, WORKERS);
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('loses no acknowledged write, fails only the requests in flight, and the node rejoins', async () => {
    const calls: Call[] = [];
    let serial = 0;
    let running = true;
    const worker = async (w: number) => {
      while (running) {
        const k = serial++;
        const call: Call = { worker: w, startedAt: Date.now(), endedAt: 0 };
        try {
          const result = await stack.gql(admin, REPORT, {
            input: {
              organizationId: unions[w],
              category: 'WAGE_ARREARS',
              summary: `故障切换压测 ${k}`,
              claimantMemberIds: [],
              headcount: 2,
              amountClaimedCents: 50_000,
              riskLevel: 'LOW',
            },
          });
          if (result.errors) call.error = `${outcome(result)}: ${result.errors[0]!.message}`;
          else call.id = result.data.reportLaborDispute.dispute.id;
        } catch (error) {
          call.error = String(error);
        }
        call.endedAt = Date.now();
        calls.push(call);
      }
    };
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const load = Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));

    await sleep(3000);
    const killedAt = killNode(VICTIM);
    await sleep(4000);
    const rejoinFrom = Date.now();
    await node('start', VICTIM);
    const rejoinedAt = Date.now();
    await sleep(2000);
    running = false;
    await load;

    const acknowledged = calls.filter((c) => c.id).map((c) => c.id!);
    const failed = calls.filter((c) => c.error);
    const inFlightAtKill = calls.filter((c) => c.startedAt <= killedAt && c.endedAt >= killedAt).length;
    const afterKill = calls.filter((c) => c.startedAt > killedAt);
    console.log(
      JSON.stringify(
        {
          requests: calls.length,
          acknowledged: acknowledged.length,
          failedCount: failed.length,
          failed: failed.slice(0, 20).map((c) => ({
            startedMsAfterKill: c.startedAt - killedAt,
            endedMsAfterKill: c.endedAt - killedAt,
            error: c.error!.slice(0, 160),
          })),
          inFlightAtKill,
          longestMsDuringFailover: Math.max(
            ...calls
              .filter((c) => c.endedAt > killedAt && c.startedAt < rejoinFrom)
              .map((c) => c.endedAt - c.startedAt),
          ),
          okDuringOutage: afterKill.filter((c) => c.id && c.startedAt < rejoinFrom).length,
          rejoinMs: rejoinedAt - rejoinFrom,
          okAfterRejoin: calls.filter((c) => c.id && c.startedAt > rejoinedAt).length,
        },
        null,
        1,
      ),
    );

    // Clients saw errors only for requests in flight on the node when it died, or sent in the
    // moment before HAProxy and the pools noticed; none later.
    expect(failed.length).toBeLessThanOrEqual(2 * WORKERS);
    for (const c of failed) {
      expect(c.startedAt).toBeLessThanOrEqual(killedAt + DETECTION_MS);
      expect(c.endedAt).toBeGreaterThanOrEqual(killedAt);
    }
    // The survivors took the load while the node was down, and all three after it rejoined.
    expect(afterKill.filter((c) => c.id && c.startedAt < rejoinFrom).length).toBeGreaterThan(10);
    expect(calls.filter((c) => c.id && c.startedAt > rejoinedAt).length).toBeGreaterThan(5);

    // The node is back in the cluster.
    const status = await wsrepStatus(NODE_URLS[VICTIM - 1]!);
    expect(status.wsrep_local_state_comment).toBe('Synced');
    expect(status.wsrep_cluster_size).toBe('3');

    // Every acknowledged write is on every node, the rejoined one included.
    const target = stack.prepared.find((p) => p.name === 'labor-relations')!.target;
    if (target.dialect !== 'mysql') throw new Error('expected MySQL');
    for (const url of NODE_URLS) {
      const db = await openOn(url, target.database);
      try {
        const present = async () => {
          let found = 0;
          for (let i = 0; i < acknowledged.length; i += 500) {
            const rows = await db
              .selectFrom('labor_disputes')
              .select('id')
              .where('id', 'in', acknowledged.slice(i, i + 500))
              .execute();
            found += rows.length;
          }
          return found;
        };
        await eventually(async () => (await present()) === acknowledged.length);
      } finally {
        await db.destroy();
      }
    }
  });
});
