import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';

import layout from '@/components/ui/layout/layout.module.css';
import { paths } from '@/config/paths';

import { PlaceOrderForm } from '../components/place-order-form';
import { usePlaceOrderForm } from '../hooks/use-place-order-form';

/** /orders/new?accountId=&opportunityId=: Place Order, prefilled from the account or opportunity page. */
export function NewOrderRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const form = usePlaceOrderForm({ accountId: params.get('accountId'), opportunityId: params.get('opportunityId') });
  const submit = async () => {
    const id = await form.submit();
    if (id) void navigate(paths.order.getHref(id));
  };
  return (
    <div className={layout.page}>
      <title>{`${t('orders.newHeading')} · ${t('app.name')}`}</title>
      <header className={layout.pageHeader}>
        <h1 data-testid="page-heading">{t('orders.newHeading')}</h1>
      </header>
      <p className={layout.lead}>{t('orders.newIntro')}</p>
      <PlaceOrderForm form={form} onSubmit={() => void submit()} onCancel={() => void navigate(-1)} />
    </div>
  );
}
