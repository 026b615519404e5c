/** README.md "One request across all four subgraphs", as the registry has it (integrator/dashboards.graphql). */
export const INTEGRATOR_QUERY = `query UnionsAcrossDepartments($regionPrefix: String!, $regionCode: ID!, $first: Int = 25) {
  organizations(first: $first, filter: { regionPrefix: $regionPrefix, kind: GRASSROOTS, status: ACTIVE }) {
    nodes {
      id name
      employer { id name creditCode }
      memberStats { total active migrantWorkers }
      serviceStats { openHardshipCases }
      laborRelations { hasValidContract contractExpiresOn openDisputes riskLevel }
    }
  }
  region(code: $regionCode) { memberStats { total } serviceStats { membersServed } laborStats { openDisputes } }
}`;

export const INTEGRATOR_VARIABLES = { regionPrefix: '4401', regionCode: '4401', first: 5 };
