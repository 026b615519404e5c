import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

/**
 * The URL a subgraph is reached at: the configured one when there is one, else the one composed into
 * the supergraph. The committed supergraph holds localhost defaults; deployments and tests differ.
 */
export function subgraphUrlFor(
  name: string,
  composedUrl: string | undefined,
  overrides: Record<string, string>,
): string {
  const url = overrides[name] ?? composedUrl;
  if (!url) throw new Error(`No URL for subgraph ${name}: set ${name.replace(/-/g, '_').toUpperCase()}_URL`);
  return url;
}

/**
 * The subgraphs a supergraph routes to, read from its `join__Graph` enum
 * (`VALUE @join__graph(name: "...", url: "...")`), with configured URLs applied.
 */
export function subgraphEndpointsOf(
  supergraphSdl: string,
  overrides: Record<string, string>,
): SubgraphEndpoint[] {
  const graphs = parse(supergraphSdl).definitions.find(
    (d): d is EnumTypeDefinitionNode =>
      d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'join__Graph',
  );
  const endpoints: SubgraphEndpoint[] = [];
  for (const value of graphs?.values ?? []) {
    const directive = value.directives?.find((d) => d.name.value === 'join__graph');
    const arg = (argName: string) => {
      const node = directive?.arguments?.find((a) => a.name.value === argName)?.value;
      return node?.kind === Kind.STRING ? node.value : undefined;
    };
    const name = arg('name') ?? value.name.value.toLowerCase();
    endpoints.push({ name, url: subgraphUrlFor(name, arg('url'), overrides) });
  }
  return endpoints;
}
