import { createLogger, createSubgraphServer, type GraphqlHttpServer } from '@union/kit';
import { parse } from 'graphql';

/*
 * Stands in for the members and organizations subgraphs in this package's tests: a real federated
 * subgraph behind the same signed-context check, answering `_entities` for Member and Organization
 * from in-memory records, so services' EntitiesClient path runs for real. (The real subgraphs are
 * exercised together in test/src/services.e2e.test.ts.)
 */
export interface StubMember {
  id: string;
  orgId: string;
  regionCode: string;
  isMigrantWorker: boolean;
  gender: 'MALE' | 'FEMALE';
  age: number;
  /** Defaults to ACTIVE. */
  status?: string;
}

export interface StubOrganization {
  id: string;
  regionCode: string;
  status: string;
}

const TYPE_DEFS = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
  enum Gender { MALE FEMALE }
  type Query { ping: Boolean }
  type Member @key(fields: "id") {
    id: ID! gender: Gender! age: Int! isMigrantWorker: Boolean! status: String! organization: Organization! region: Region!
  }
  type Organization @key(fields: "id") { id: ID! status: String! region: Region! }
  type Region @key(fields: "code") { code: ID! }
`);

export interface UpstreamStub {
  url: string;
  members: Map<string, StubMember>;
  organizations: Map<string, StubOrganization>;
  /** `_entities` calls received (to assert batching). */
  calls: number;
  close(): Promise<void>;
}

export async function startUpstreamStub(secret: string): Promise<UpstreamStub> {
  const members = new Map<string, StubMember>();
  const organizations = new Map<string, StubOrganization>();
  const stub = { calls: 0 };
  const server: GraphqlHttpServer = await createSubgraphServer({
    name: 'upstream-stub',
    typeDefs: TYPE_DEFS,
    resolvers: {
      Query: { ping: () => true },
      Member: {
        __resolveReference: (ref: { id: string }) => {
          const m = members.get(ref.id);
          return m
            ? {
                ...m,
                status: m.status ?? 'ACTIVE',
                organization: { id: m.orgId },
                region: { code: m.regionCode },
              }
            : null;
        },
      },
      Organization: {
        __resolveReference: (ref: { id: string }) => {
          const o = organizations.get(ref.id);
          return o ? { ...o, region: { code: o.regionCode } } : null;
        },
      },
    },
    subgraphSecret: secret,
    logger: createLogger('stub', 'silent'),
    introspection: false,
    createContext: (base) => {
      stub.calls += 1;
      return base;
    },
    ready: async () => true,
  });
  const url = await server.listen(0);
  return {
    url,
    members,
    organizations,
    get calls() {
      return stub.calls;
    },
    close: () => server.close(),
  };
}
