import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';

import type { ComboOption } from '@/components/ui/record-combobox/record-combobox';
import { OrderAccountSearchDocument, OrderOpportunityPrefillDocument, OrderPrefillDocument, PlaceOrderDocument } from '@/gql/graphql';
import { fieldErrors } from '@/lib/server-error';

import type { CatalogProduct } from './use-order-catalog';

export interface DraftLine {
  productId: string;
  name: string;
  quantity: string;
  unitPrice: string;
}

/** The Place Order form's state (kept here so nothing is lost on an error) and its submit. */
export function usePlaceOrderForm(prefill: { accountId: string | null; opportunityId: string | null }) {
  const [account, setAccount] = useState<ComboOption | null>(null);
  const [accountTerm, setAccountTerm] = useState('');
  const [lines, setLines] = useState<DraftLine[]>([]);
  const [description, setDescription] = useState('');
  const [asDraft, setAsDraft] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const acc = useQuery(OrderPrefillDocument, { variables: { accountId: prefill.accountId ?? '' }, skip: !prefill.accountId });
  const opp = useQuery(OrderOpportunityPrefillDocument, { variables: { opportunityId: prefill.opportunityId ?? '' }, skip: !prefill.opportunityId });
  const search = useQuery(OrderAccountSearchDocument, { variables: { term: accountTerm.trim() }, skip: accountTerm.trim().length < 1 });
  const [place, placing] = useMutation(PlaceOrderDocument);

  const prefilled = acc.data?.account ?? opp.data?.opportunity?.account ?? null;
  const chosen = account ?? (prefilled ? { id: prefilled.id, label: prefilled.name } : null);
  const opportunity = opp.data?.opportunity ?? null;
  const accountOptions: ComboOption[] = search.data?.accounts.edges.map((e) => ({ id: e.node.id, label: e.node.name })) ?? [];

  const addProduct = (p: CatalogProduct) =>
    setLines((ls) => {
      const i = ls.findIndex((l) => l.productId === p.id);
      if (i >= 0) return ls.map((l, j) => (j === i ? { ...l, quantity: String((Number(l.quantity) || 0) + 1) } : l));
      return [...ls, { productId: p.id, name: p.name, quantity: '1', unitPrice: String(p.unitPrice) }];
    });
  const updateLine = (i: number, patch: Partial<DraftLine>) => setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const removeLine = (i: number) => setLines((ls) => ls.filter((_, j) => j !== i));
  const total = lines.reduce((s, l) => s + (Number(l.quantity) || 0) * (Number(l.unitPrice) || 0), 0);

  const submit = async (): Promise<string | null> => {
    setErrors({});
    setFormError(null);
    try {
      const r = await place({
        variables: {
          input: {
            accountId: chosen?.id ?? '',
            opportunityId: opportunity && opportunity.account?.id === chosen?.id ? opportunity.id : null,
            lines: lines.map((l) => ({ productId: l.productId, quantity: Number(l.quantity), unitPrice: l.unitPrice.trim() === '' ? null : Number(l.unitPrice) })),
            description: description.trim() || null,
            asDraft,
          },
        },
      });
      return r.data?.placeOrder.id ?? null;
    } catch (err) {
      const list = fieldErrors(err);
      if (!list) {
        setFormError('network');
        return null;
      }
      const byField: Record<string, string> = {};
      for (const e of list) if (e.field) byField[e.field] = e.message;
      setErrors(byField);
      const unplaced = list.filter((e) => !e.field || !(e.field === 'accountId' || e.field === 'lines' || e.field.startsWith('lines.')));
      if (unplaced.length) setFormError(unplaced.map((e) => e.message).join(' '));
      return null;
    }
  };

  return {
    account: chosen, setAccount, accountTerm, setAccountTerm, accountOptions, accountSearching: search.loading, opportunity,
    lines, addProduct, updateLine, removeLine, total, description, setDescription, asDraft, setAsDraft,
    errors, formError, submit, placing: placing.loading,
  };
}
