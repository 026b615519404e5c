/* The GraphQL operations the bench sends, as a front end or another subgraph would. */

export const GRASSROOTS_PAGE = /* GraphQL */ `
  query GrassrootsPage($after: String) {
    organizations(first: 100, after: $after, filter: { regionPrefix: "4401", kind: GRASSROOTS }) {
      nodes {
        id
        name
        kind
        status
        employer {
          id
          name
          creditCode
          employeeCount
        }
        region {
          code
          name
        }
        parent {
          id
          name
          kind
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export const DESCENDANTS = /* GraphQL */ `
  query Descendants($id: ID!) {
    organization(id: $id) {
      id
      name
      descendants(first: 100) {
        totalCount
        nodes {
          id
          name
        }
      }
    }
  }
`;

export const PROVINCE_STATS = /* GraphQL */ `
  query ProvinceStats {
    region(code: "44") {
      code
      name
      organizationStats {
        total
        grassrootsUnions
        workerHomes
        demonstrationSites
        integratedWorkerHomes
        byKind {
          kind
          count
        }
      }
      children {
        code
        name
        organizationStats {
          total
          grassrootsUnions
          workerHomes
        }
      }
    }
  }
`;

export const EMPLOYER_BY_CODE = /* GraphQL */ `
  query EmployerByCode($code: String!) {
    employerByCreditCode(creditCode: $code) {
      id
      name
      creditCode
      industryCode
      ownership
      employeeCount
      region {
        code
        name
      }
    }
  }
`;

// What another subgraph (or the gateway's query plan) sends to resolve Organization references.
export const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Organization {
        id
        name
        kind
        status
        region {
          code
        }
      }
    }
  }
`;
