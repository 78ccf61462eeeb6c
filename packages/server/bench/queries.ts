/** The benchmark queries: Q1 campaigns and Q2 territories (hierarchy issue), Q3 and Q4 the shared shapes of issue 13. */
const N = 'id name numberOfContacts numberOfResponses hierarchyNumberOfResponses hierarchyAmountWonOpportunities';
export const Q1 = `query Q1($id: ID!) { campaign(id: $id) { ${N} children { ${N} children { ${N} children { ${N} children { ${N} children { ${N} } } } } } } }`;

const T = 'id name accounts(first: 20) { nodes { id name opportunities(first: 5, filter: { isClosed: { eq: false } }) { nodes { name amount owner { name } } } } }';
export const Q2 = `query Q2 { activeTerritoryModel { rootTerritories { ${T} children { ${T} children { ${T} children { ${T} children { ${T} children { ${T} } } } } } } } }`;

// Shapes another GraphQL server (PostGraphile) answers byte for byte the same on the same data.
const S = 'id name numberSent members { totalCount }';
export const Q3 = `query Q3($id: ID!) { campaign(id: $id) { ${S} children { ${S} children { ${S} children { ${S} children { ${S} children { ${S} } } } } } } }`;

const U = 'id name accounts(first: 20) { nodes { id name opportunities(first: 5, filter: { isClosed: { eq: false } }) { nodes { id name owner { name } } } } }';
export const Q4 = `query Q4 { activeTerritoryModel { rootTerritories { ${U} children { ${U} children { ${U} children { ${U} children { ${U} children { ${U} } } } } } } } }`;

/** Q5: a top-level list of 500 accounts with their references (issue 10, item 9). */
export const Q5 = `query Q5 { accounts(first: 500) { totalCount nodes { id name industry owner { name } parent { name } } } }`;
