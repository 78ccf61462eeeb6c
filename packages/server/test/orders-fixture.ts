import { ok, type OrgFixture, type TestServer } from './harness';

/** A standard price book with two products priced in it (and one inactive product), made by the admin. */
export async function catalog(t: TestServer, org: OrgFixture) {
  const admin = org.tokens.admin;
  const pb = ok(await t.gql(`mutation { createPricebook(input: { name: "Standard Price Book", isStandard: true }) { id } }`, {}, admin)).createPricebook;
  const product = async (name: string, code: string, price: number, isActive = true) => {
    const p = ok(await t.gql(`mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }`, { i: { name, productCode: code, family: 'Hardware', isActive } }, admin)).createProduct;
    ok(await t.gql(`mutation($i: CreatePricebookEntryInput!) { createPricebookEntry(input: $i) { id } }`, { i: { pricebookId: pb.id, productId: p.id, unitPrice: price } }, admin));
    return p.id as string;
  };
  return {
    pricebookId: pb.id as string,
    widget: await product('Widget', 'W-1', 12.5),
    gadget: await product('가젯 Gadget', 'G-1', 100),
    retired: await product('Retired', 'R-1', 5, false),
  };
}

export async function account(t: TestServer, token: string, name: string): Promise<string> {
  return ok(await t.gql(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, { i: { name } }, token)).createAccount.id;
}

export const PLACE = `mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id orderNumber status totalAmount effectiveDate owner { id } account { id name }
  items { totalCount edges { node { lineNumber quantity unitPrice totalPrice product { name } } } } notification { status to } } }`;

export const counts = async (t: TestServer) => {
  const [r] = await t.ds.query(`SELECT (SELECT count(*) FROM "order")::int AS orders, (SELECT count(*) FROM order_item)::int AS items, (SELECT count(*) FROM outbox_message)::int AS outbox`);
  return r as { orders: number; items: number; outbox: number };
};
