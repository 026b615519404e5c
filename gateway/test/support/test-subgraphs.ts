import {
  createLogger,
  createSubgraphServer,
  type GraphqlHttpServer,
  type RequestContextBase,
} from '@union/kit';
import { GraphQLError, parse } from 'graphql';
import type { IncomingHttpHeaders } from 'node:http';

export const TEST_SUBGRAPH_SECRET = 'test-subgraph-secret-0123456789abcdef';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

/** Alpha owns Thing; `extra` exists only in its v2 SDL, to prove a hot reload picks it up. */
export function alphaTypeDefs(version: 1 | 2): string {
  return `${LINK}
    type Query {
      whoami: Caller
      thing(id: ID!): Thing
      boom: String
      denied: String
      ${version === 2 ? 'extra: String' : ''}
    }
    type Caller {
      anonymous: Boolean!
      sub: String
      role: String
      region: String
      org: String
      member: String
      perms: [String!]!
      requestId: String!
    }
    type Thing @key(fields: "id") {
      id: ID!
      name: String
    }`;
}

/** Beta extends Thing; `slow` hangs while `controls.hang` is on. */
export const BETA_TYPE_DEFS = `${LINK}
  type Query {
    betaPing: String
  }
  type Thing @key(fields: "id") {
    id: ID!
    slow: String
    score: Int
  }`;

export interface SubgraphControls {
  hang: boolean;
  /** Fault injection on alpha's HTTP answer, by the test that needs it. */
  alphaFault: null | { status: number; contentType: string; body: string };
}

export interface TestSubgraphs {
  alpha: GraphqlHttpServer;
  beta: GraphqlHttpServer;
  urls: { alpha: string; beta: string };
  controls: SubgraphControls;
  /** Every context alpha built, in order. */
  alphaContexts: RequestContextBase[];
  /** Headers of every request alpha received. */
  alphaHeaders: IncomingHttpHeaders[];
  /** Headers of every request beta received. */
  betaHeaders: IncomingHttpHeaders[];
  close(): Promise<void>;
}

/** Two kit subgraphs on random ports of 127.0.0.1, behind the real signed-context check. */
export async function startTestSubgraphs(subgraphSecret = TEST_SUBGRAPH_SECRET): Promise<TestSubgraphs> {
  const logger = createLogger('test', 'silent');
  const controls: SubgraphControls = { hang: false, alphaFault: null };
  const alphaContexts: RequestContextBase[] = [];
  const alphaHeaders: IncomingHttpHeaders[] = [];
  const betaHeaders: IncomingHttpHeaders[] = [];
  const waiting = new Set<() => void>();

  const alpha = await createSubgraphServer<RequestContextBase>({
    name: 'alpha',
    typeDefs: parse(alphaTypeDefs(2)),
    resolvers: {
      Query: {
        whoami: (_: unknown, __: unknown, ctx: RequestContextBase) => ({
          anonymous: ctx.identity === null,
          ...ctx.identity,
          perms: ctx.identity?.perms ?? [],
          requestId: ctx.requestId,
        }),
        thing: (_: unknown, args: { id: string }) => ({ id: args.id, name: `Thing ${args.id}` }),
        boom: () => {
          throw new Error('SELECT * FROM secret_members WHERE id = 1 -- via http://10.20.30.40:5432/union');
        },
        denied: () => {
          throw new GraphQLError('Outside your jurisdiction', {
            extensions: { code: 'FORBIDDEN', field: 'orgId' },
          });
        },
        extra: () => 'extra!',
      },
    },
    publicFields: ['Query.whoami', 'Query.thing'],
    subgraphSecret,
    logger,
    introspection: false,
    createContext: (base) => {
      alphaContexts.push(base);
      return base;
    },
    ready: async () => true,
  });
  alpha.app.addHook('onRequest', async (request, reply) => {
    alphaHeaders.push({ ...request.headers });
    const fault = controls.alphaFault;
    if (fault) return reply.code(fault.status).header('content-type', fault.contentType).send(fault.body);
  });

  const beta = await createSubgraphServer<RequestContextBase>({
    name: 'beta',
    typeDefs: parse(BETA_TYPE_DEFS),
    resolvers: {
      Query: { betaPing: () => 'pong' },
      Thing: {
        __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
        slow: async () => {
          if (controls.hang) await new Promise<void>((resolve) => waiting.add(resolve));
          return 'finally';
        },
        score: () => 42,
      },
    },
    publicFields: ['Thing'],
    subgraphSecret,
    logger,
    introspection: false,
    createContext: (base) => base,
    ready: async () => true,
  });

  beta.app.addHook('onRequest', async (request) => {
    betaHeaders.push({ ...request.headers });
  });

  const urls = { alpha: await alpha.listen(0), beta: await beta.listen(0) };
  return {
    alpha,
    beta,
    urls,
    controls,
    alphaContexts,
    alphaHeaders,
    betaHeaders,
    async close() {
      controls.hang = false;
      for (const release of waiting) release();
      await Promise.all([alpha.close(), beta.close()]);
    },
  };
}
