import type { ComponentType } from 'react';

import type { RecordSlots } from '@/types/record-slots';

/**
 * Adds the orders feature's "Place order" link to a record page's quick actions (account and
 * opportunity pages), after whatever quick actions the page is given.
 */
export async function withOrderAction(loadPage: () => Promise<ComponentType<RecordSlots>>): Promise<ComponentType<RecordSlots>> {
  const [Page, { PlaceOrderLink }] = await Promise.all([loadPage(), import('@/features/orders/components/place-order-link')]);
  return function PageWithOrderAction(props: RecordSlots) {
    const quick = props.renderQuickActions;
    return (
      <Page
        {...props}
        renderQuickActions={(record) => (
          <>
            {quick?.(record)}
            <PlaceOrderLink record={record} />
          </>
        )}
      />
    );
  };
}
