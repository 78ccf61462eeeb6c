/** The two benchmark queries of the hierarchy issue (Q1 campaigns, Q2 territories). */
const N = 'id name numberOfContacts numberOfResponses hierarchyNumberOfResponses hierarchyAmountWonOpportunities';
export const Q1 = `query Q1($id: ID!) { campaign(id: $id) { ${N} children { ${N} children { ${N} children { ${N} children { ${N} children { ${N} } } } } } } }`;

const T = 'id name accounts(first: 20) { nodes { id name opportunities(first: 5, filter: { isClosed: { eq: false } }) { nodes { name amount owner { name } } } } }';
export const Q2 = `query Q2 { activeTerritoryModel { rootTerritories { ${T} children { ${T} children { ${T} children { ${T} children { ${T} children { ${T} } } } } } } } }`;
