import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { cleanArguments } from '../src/validation/argument-hygiene';
import { textLine } from '../src/validation/text';

const typeDefs = parse(`
  input Filter { regionPrefix: String, nameContains: String, organizationId: ID, tags: [String!] }
  input CreateInput { name: String!, note: String, parentId: ID }
  type Thing { id: ID!, children(after: String): [Thing!]! }
  type Query { things(filter: Filter, after: String): [String!]!, thing(id: ID!): Thing }
  type Mutation { create(input: CreateInput!): String! }
`);

function run(query: string, variables: Record<string, unknown>) {
  const seen: unknown[] = [];
  const record = (_: unknown, args: unknown) => {
    seen.push(args);
    return ['ok'];
  };
  const resolvers = {
    Query: { things: record, thing: (_: unknown, args: unknown) => (seen.push(args), { id: 'x' }) },
    Thing: { children: (_: unknown, args: unknown) => (seen.push(args), []) },
    Mutation: { create: (p: unknown, a: unknown) => record(p, a)[0] },
  };
  const schema = buildSubgraphSchema({
    typeDefs,
    resolvers: cleanArguments(buildSubgraphSchema({ typeDefs }), resolvers, {
      'CreateInput.name': textLine(10),
    }) as any,
  });
  return graphql({ schema, source: query, variableValues: variables }).then((r) => ({ r, seen }));
}

const THINGS = 'query($filter: Filter, $after: String) { things(filter: $filter, after: $after) }';
const fieldOf = (r: any) => r.errors?.[0]?.extensions;

describe('cleanArguments: every string argument checked before its resolver', () => {
  it('passes clean arguments on, normalized', async () => {
    const { r, seen } = await run(THINGS, {
      filter: { regionPrefix: ' 4401 ', nameContains: ' Jose\u0301 ', tags: [' a '] },
    });
    expect(r.errors).toBeUndefined();
    expect(seen).toEqual([{ filter: { regionPrefix: '4401', nameContains: 'José', tags: ['a'] } }]);
  });

  it.each([
    [{ filter: { regionPrefix: '４４' } }, 'filter.regionPrefix'],
    [{ filter: { regionPrefix: '😀' } }, 'filter.regionPrefix'],
    [{ filter: { nameContains: 'x'.repeat(100_000) } }, 'filter.nameContains'],
    [{ filter: { nameContains: 'a\u0000' } }, 'filter.nameContains'],
    [{ filter: { organizationId: '４４' } }, 'filter.organizationId'],
    [{ filter: { tags: ['ok', 'a\u202eb'] } }, 'filter.tags.1'],
    [{ after: '😀' }, 'after'],
  ])(
    'refuses case %# as BAD_USER_INPUT naming %s, without calling the resolver',
    async (variables, field) => {
      const { r, seen } = await run(THINGS, variables);
      expect(fieldOf(r)).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(r.errors![0]!.message).not.toContain('４４');
      expect(seen).toEqual([]);
    },
  );

  it('covers ids of root fields, nested field arguments and mutation inputs, with per-field rules', async () => {
    expect(fieldOf((await run('{ thing(id: "😀") { id } }', {})).r)).toMatchObject({ field: 'id' });
    expect(
      fieldOf((await run('{ thing(id: "a") { children(after: "\u0000") { id } } }', {})).r),
    ).toMatchObject({
      field: 'after',
    });
    const m = 'mutation($input: CreateInput!) { create(input: $input) }';
    expect(fieldOf((await run(m, { input: { name: 'x'.repeat(11) } })).r)).toMatchObject({
      field: 'input.name',
    });
    expect(fieldOf((await run(m, { input: { name: 'ok', note: '\ud800' } })).r)).toMatchObject({
      field: 'input.note',
    });
    expect(fieldOf((await run(m, { input: { name: 'ok', parentId: "1' OR '1'='1" } })).r)).toMatchObject({
      field: 'input.parentId',
    });
    const { r, seen } = await run(m, { input: { name: 'ok', note: 'line one\r\nline two' } });
    expect(r.errors).toBeUndefined();
    expect(seen).toEqual([{ input: { name: 'ok', note: 'line one\nline two' } }]);
  });
});
