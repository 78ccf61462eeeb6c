import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';

import type { ComboOption } from '@/components/ui/record-combobox/record-combobox';
import { OrderCatalogDocument } from '@/gql/graphql';

export interface CatalogProduct {
  id: string;
  name: string;
  productCode: string | null;
  unitPrice: number;
}

/** Active products with their standard list price (catalogues are small: filtered in the browser). */
export function useOrderCatalog(term: string) {
  const { data, loading, error } = useQuery(OrderCatalogDocument);
  const products = useMemo(() => {
    const out = new Map<string, CatalogProduct>();
    for (const { node } of data?.pricebookEntries.edges ?? []) {
      if (!node.pricebook?.isStandard || !node.product?.isActive) continue;
      out.set(node.product.id, { id: node.product.id, name: node.product.name, productCode: node.product.productCode ?? null, unitPrice: node.unitPrice });
    }
    return out;
  }, [data]);
  const options: ComboOption[] = useMemo(() => {
    const q = term.trim().toLowerCase();
    if (!q) return [];
    return [...products.values()]
      .filter((p) => p.name.toLowerCase().includes(q) || (p.productCode ?? '').toLowerCase().includes(q))
      .slice(0, 8)
      .map((p) => ({ id: p.id, label: p.name, detail: p.productCode }));
  }, [products, term]);
  return { products, options, loading, error };
}
