import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';

import { OrdersListDocument } from '@/gql/graphql';

import { isOrderStatus, type OrderStatusName } from '../utils/order-status';

const PAGE = 50;

/** The order list; the status filter lives in the URL (?status=). */
export function useOrders() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status: OrderStatusName | null = isOrderStatus(raw) ? raw : null;
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(OrdersListDocument, {
    variables: { first: PAGE, filter: status ? { status: { eq: status } } : null },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.orders;
  const setStatus = (next: OrderStatusName | null) =>
    setParams((p) => {
      const n = new URLSearchParams(p);
      if (next) n.set('status', next);
      else n.delete('status');
      return n;
    }, { replace: true });
  const more = () =>
    page?.pageInfo.endCursor
      ? fetchMore({
          variables: { after: page.pageInfo.endCursor },
          updateQuery: (prev, { fetchMoreResult }) => ({
            orders: { ...fetchMoreResult.orders, edges: [...prev.orders.edges, ...fetchMoreResult.orders.edges] },
          }),
        })
      : undefined;
  return {
    orders: page?.edges.map((e) => e.node) ?? null,
    totalCount: page?.totalCount ?? 0,
    hasMore: page?.pageInfo.hasNextPage ?? false,
    loading, error, refetch, more, status, setStatus,
  };
}
