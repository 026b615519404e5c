import fs from 'node:fs';
import path from 'node:path';

/** One tab the IDE opens with on a browser's first visit. */
export interface SavedOperation {
  /** Where it comes from: the registry file (relative to the registry), or `README.md`. */
  source: string;
  query: string;
  /** JSON text for the variables panel. */
  variables?: string;
}

/** The operation registry (docs/departments.md): `schema/operations/<client>/*.graphql`. */
export const DEFAULT_OPERATIONS_DIR = path.resolve(__dirname, '../../../schema/operations');

const WELCOME = `# Union supergraph — GraphiQL, served by the gateway itself (nothing loads from the internet).
#
# Region reference data is public; everything else needs a bearer token. In a terminal:
#   npm run -s token -- --role FEDERATION_ADMIN --region 4401
# then paste it into the Headers panel below:
#   { "Authorization": "Bearer <token>" }
#
# Run: Ctrl-Enter or ▶. Schema: the book icon on the left. The other tabs are the README's examples.
`;

/** The examples of the root README, each runnable as it stands (checked against schema/api.graphql). */
export const README_OPERATIONS: SavedOperation[] = [
  {
    source: 'README.md',
    query: `${WELCOME}
query RegionChildren {
  region(code: "44") {
    name
    children { code name }
  }
}
`,
  },
  {
    source: 'README.md',
    query: `# Needs a token (FEDERATION_ADMIN, AUDITOR, or an ORG_ADMIN for its own union).
query GrassrootsUnions {
  organizations(first: 5, filter: { kind: GRASSROOTS }) {
    totalCount
    nodes {
      name
      region { fullName }
      employer { name creditCode }
      parent { name }
    }
  }
}
`,
  },
  {
    source: 'README.md',
    query: `# The hierarchy under Guangzhou, its figures, and one union's ancestors.
query GuangzhouHierarchy {
  region(code: "4401") {
    fullName
    organizationStats { total grassrootsUnions workerHomes demonstrationSites byKind { kind count } }
  }
  organizations(first: 1, filter: { regionPrefix: "440106", kind: GRASSROOTS }) {
    nodes { name chairperson ancestors { name level } workerHome { integrated demonstrationLevel rating } }
  }
}
`,
  },
  {
    source: 'README.md',
    query: `# Joining online, step 1: any active grassroots union of the demo (FEDERATION_ADMIN token).
query FindGrassrootsUnion {
  organizations(first: 1, filter: { regionPrefix: "440106", kind: GRASSROOTS }) {
    nodes { id name }
  }
}
`,
  },
  {
    source: 'README.md',
    query: `# Joining online, step 2: an anonymous application (no Authorization header needed).
# Put the union's id from FindGrassrootsUnion into the variables. An ID number can apply once.
mutation SubmitMembershipApplication($org: ID!) {
  submitMembershipApplication(
    input: {
      name: "张家豪"
      idNumber: "440106199403151011"
      phone: "13812340001"
      organizationId: $org
      hukouType: RURAL
    }
  ) {
    application { id status }
  }
}
`,
    variables: '{\n  "org": "<organization id>"\n}',
  },
  {
    source: 'README.md',
    query: `# Joining online, step 3: the union's ORG_ADMIN approves.
#   npm run -s token -- --role ORG_ADMIN --org <organization id>
mutation ApproveMembershipApplication($id: ID!) {
  approveMembershipApplication(input: { id: $id }) {
    member { id cardNumber status idNumberMasked }
  }
}
`,
    variables: '{\n  "id": "<application id>"\n}',
  },
  {
    source: 'README.md',
    query: `# One request across all four subgraphs (an integrator's question).
query IntegratorOverview {
  organizations(first: 25, filter: { regionPrefix: "4401", kind: GRASSROOTS, status: ACTIVE }) {
    nodes {
      name
      employer { name creditCode } # organizations
      memberStats { total active migrantWorkers } # members
      serviceStats { openHardshipCases } # services
      laborRelations { hasValidContract contractExpiresOn openDisputes riskLevel } # labor-relations
    }
  }
  region(code: "4401") {
    memberStats { total }
    serviceStats { membersServed }
    laborStats { openDisputes }
  }
}
`,
  },
];

/**
 * The registered operations when the registry exists and holds any — one tab per file, sorted by
 * path, after the welcome tab, each headed by the token its client uses (its client.json) — and
 * otherwise the README's examples. Read once at start-up.
 */
export function savedOperations(registryDir = DEFAULT_OPERATIONS_DIR): SavedOperation[] {
  const files = graphqlFilesUnder(registryDir);
  if (files.length === 0) return README_OPERATIONS;
  return [
    README_OPERATIONS[0]!,
    ...files.map((file) => {
      const source = path.relative(registryDir, file);
      const token = tokenCommandFor(path.dirname(file));
      const heading = `# ${source}${token ? ` · token: ${token}` : ''}\n`;
      return { source, query: heading + fs.readFileSync(file, 'utf8') };
    }),
  ];
}

/** `npm run token` with the claims a registry client declares in its client.json, if it does. */
function tokenCommandFor(clientDir: string): string | undefined {
  const file = path.join(clientDir, 'client.json');
  if (!fs.existsSync(file)) return undefined;
  try {
    const claims = (JSON.parse(fs.readFileSync(file, 'utf8')) as { token?: Record<string, unknown> }).token;
    if (!claims || typeof claims !== 'object') return undefined;
    const flags = Object.entries(claims).flatMap(([claim, value]) =>
      (Array.isArray(value) ? value : [value]).map(
        (v) => `--${claim === 'perms' ? 'perm' : claim} ${String(v)}`,
      ),
    );
    return `npm run -s token -- ${flags.join(' ')}`;
  } catch {
    return undefined; // a malformed client.json is the schema check's to report, not the IDE's
  }
}

function graphqlFilesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.graphql'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
