/*
 * The operation registry (schema/operations/<client>) holds what front ends and integrators rely
 * on: every operation validates against the committed schema/api.graphql, and through the real
 * gateway every one runs with its client's token (client.json) without a GraphQL validation or
 * variable error. Results may be FORBIDDEN, NOT_FOUND, CONFLICT… depending on token and data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, validate, type OperationDefinitionNode } from 'graphql';
import { testDialects } from '@union/kit';
import { loadRegistry, SCHEMA_DIR, type ClientConfig } from '@union/scripts';
import { startStack, type Stack } from './support/stack';
import { sampleVariables, type SampleIds } from './support/sample-variables';

const registry = loadRegistry();
const schema = buildSchema(fs.readFileSync(path.join(SCHEMA_DIR, 'api.graphql'), 'utf8'));
const REFUSED_BEFORE_EXECUTION = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST'];

describe('operation registry', () => {
  it('has the three clients, each with a token, and operations of each', () => {
    expect(registry.clients.map((c) => c.name)).toEqual(['integrator', 'member-app', 'staff-portal']);
    for (const client of registry.clients)
      expect(registry.operations.filter((op) => op.client === client.name).length).toBeGreaterThan(0);
  });

  it.each(registry.operations.map((op) => [`${op.client}/${op.name}`, op] as const))(
    '%s validates against schema/api.graphql',
    (_name, op) => {
      expect(validate(schema, op.document).map((e) => e.message)).toEqual([]);
    },
  );
});

describe.each(testDialects())('every registered operation through the gateway on %s', (dialect) => {
  let stack: Stack;
  let ids: SampleIds;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    stack = await startStack({ dialect });
    const admin = await stack.token({ role: 'FEDERATION_ADMIN', region: '4401' });
    const found = await stack.gql(
      admin,
      `{ organizations(first: 1, filter: { regionPrefix: "4401", kind: GRASSROOTS, status: ACTIVE }) { nodes { id } }
         members(first: 1, filter: { regionPrefix: "4401", status: ACTIVE }) { nodes { id } } }`,
    );
    ids = {
      organizationId: found.data.organizations.nodes[0].id,
      memberId: found.data.members.nodes[0].id,
    };
    for (const client of registry.clients) tokens.set(client.name, await stack.token(claimsOf(client, ids)));
  });
  afterAll(() => stack?.close());

  it.each(registry.operations.map((op) => [`${op.client}/${op.name}`, op] as const))(
    '%s runs without validation errors',
    async (_name, op) => {
      const definition = op.sent.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      )!;
      const variables = sampleVariables(schema, definition, ids);
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(op.client)}` },
        body: JSON.stringify({ query: op.text, operationName: op.name, variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: any[] };
      const refused = (body.errors ?? []).filter(
        (e) => REFUSED_BEFORE_EXECUTION.includes(e.extensions?.code) || (!e.path && !('data' in body)),
      );
      expect({ status: response.status, refused }).toEqual({ status: 200, refused: [] });
      expect(body).toHaveProperty('data');
    },
  );
});

/* client.json's claims; a MEMBER speaks for a seeded member so its operations reach real rows. */
function claimsOf(client: ClientConfig, ids: SampleIds) {
  const { role, region, org, perms } = client.token;
  if (role === 'MEMBER') return { role, member: ids.memberId, perms };
  return { role, ...(region ? { region } : {}), ...(org ? { org } : {}), perms };
}
