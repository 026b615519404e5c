/** The operations of docs/architecture.md §7, each with its target p95 (ms) and the concurrency the target is for. */
export interface GraphQuery {
  label: string;
  query: string;
  /** p95 target in ms, and at which concurrency it applies (null: every concurrency). */
  target: { p95: number; concurrency: number | null } | null;
  /** Checks the answer once (warm-up), so a wrong answer is not measured as fast. */
  check(data: any): void;
}

const must = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`unexpected answer: ${what}`);
};

const REGION_TARGET = { p95: 100, concurrency: null };

export const GRAPH_QUERIES: readonly GraphQuery[] = [
  {
    label: 'floor: region(44) { code name } (organizations only)',
    query: '{ region(code: "44") { code name } }',
    target: null,
    check: (d) => must(d.region?.code === '44', 'region 44'),
  },
  {
    label: 'region(44) organizationStats',
    query: '{ region(code: "44") { organizationStats { total grassrootsUnions workerHomes } } }',
    target: REGION_TARGET,
    check: (d) => must(d.region.organizationStats.total > 0, 'organizations'),
  },
  {
    label: 'region(44) memberStats',
    query: '{ region(code: "44") { memberStats { total active migrantWorkers women } } }',
    target: REGION_TARGET,
    check: (d) => must(d.region.memberStats.total > 0, 'members'),
  },
  {
    label: 'region(44) serviceStats { membersServed }',
    query: '{ region(code: "44") { serviceStats { membersServed } } }',
    target: REGION_TARGET,
    check: (d) => must(d.region.serviceStats.membersServed > 0, 'members served'),
  },
  {
    label: 'region(4401) serviceStats { membersServed }',
    query: '{ region(code: "4401") { serviceStats { membersServed } } }',
    target: REGION_TARGET,
    check: (d) => must(d.region.serviceStats.membersServed > 0, 'members served'),
  },
  {
    label: 'region(44) laborStats { openDisputes organizationsWithValidContract }',
    query: '{ region(code: "44") { laborStats { openDisputes organizationsWithValidContract } } }',
    target: REGION_TARGET,
    check: (d) => must(d.region.laborStats.organizationsWithValidContract > 0, 'valid contracts'),
  },
  {
    label: 'region(44) appealStats { open overdue receivedThisYear }',
    query: '{ region(code: "44") { appealStats { open overdue receivedThisYear } } }',
    target: REGION_TARGET,
    check: (d) => must(d.region.appealStats.receivedThisYear >= 0, 'appeal figures'),
  },
  {
    label: 'province figures of all four subgraphs',
    query: `{ region(code: "44") {
      organizationStats { total grassrootsUnions workerHomes demonstrationSites }
      memberStats { total active migrantWorkers women newGeneration pendingApplications }
      serviceStats { membersServed membersServedByCategory { category members } requestsByStatus { status count }
        averageRating openHardshipCases assistancePaidThisYearCents }
      laborStats { organizationsWithValidContract employeesCovered contractsExpiringWithin30Days openDisputes
        openCollectiveDisputes disputesReportedThisYear amountClaimedThisYearCents organizationsAtHighRisk }
    } }`,
    target: { p95: 150, concurrency: null },
    check: (d) => must(d.region.memberStats.total > 0 && d.region.serviceStats.membersServed > 0, 'province'),
  },
  {
    label: "README's four-subgraph integrator query",
    query: `{
      organizations(first: 25, filter: { regionPrefix: "4401", kind: GRASSROOTS, status: ACTIVE }) {
        nodes {
          name employer { name creditCode }
          memberStats { total active migrantWorkers }
          serviceStats { openHardshipCases }
          laborRelations { hasValidContract contractExpiresOn openDisputes riskLevel }
        }
      }
      region(code: "4401") { memberStats { total } serviceStats { membersServed } laborStats { openDisputes } }
    }`,
    target: { p95: 150, concurrency: 4 },
    check: (d) => must(d.organizations.nodes.length === 25, '25 unions'),
  },
  {
    label: 'members(4401, migrantWorker, first: 100)',
    query: `{ members(filter: { regionPrefix: "4401", migrantWorker: true }, first: 100) {
      nodes { id name gender isMigrantWorker status organization { id } } } }`,
    target: { p95: 50, concurrency: null },
    check: (d) => must(d.members.nodes.length === 100, '100 members'),
  },
];
