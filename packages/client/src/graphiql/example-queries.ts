/** Default tabs of the GraphiQL page, shown until the user has tabs of their own. */
export interface ExampleTab {
  query: string;
  variables?: string;
}

const myOpenOpportunities = `# My open opportunities, soonest close date first, with account and owner.
# Run the "Me" tab first if ownerId is not filled in below.
query MyOpenOpportunities($ownerId: ID!, $first: Int = 20, $after: String) {
  opportunities(
    first: $first
    after: $after
    filter: { ownerId: { eq: $ownerId }, isClosed: { eq: false } }
    orderBy: [{ field: closeDate, direction: ASC }]
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      stageName
      amount
      closeDate
      probability
      account {
        id
        name
      }
      owner {
        id
        name
      }
    }
  }
}
`;

const accountsWithContacts = `# Accounts with their first contacts.
query AccountsWithContacts($first: Int = 10) {
  accounts(first: $first, orderBy: [{ field: name, direction: ASC }]) {
    totalCount
    nodes {
      id
      name
      industry
      contacts(first: 5) {
        totalCount
        nodes {
          id
          name
          title
          email
        }
      }
    }
  }
}
`;

const me = `# Who am I? (needs the Authorization header: sign in to the app first)
query Me {
  me {
    id
    name
    email
    role
    manager {
      id
      name
    }
  }
}
`;

export function exampleTabs(ownerId: string | null): ExampleTab[] {
  return [
    {
      query: myOpenOpportunities,
      variables: JSON.stringify({ ownerId: ownerId ?? '<your user id from the Me tab>' }, null, 2),
    },
    { query: accountsWithContacts },
    { query: me },
  ];
}

export const defaultQuery = me;
