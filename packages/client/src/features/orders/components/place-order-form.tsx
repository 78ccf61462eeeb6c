import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import { FormField, formFieldStyles } from '@/components/ui/form-field/form-field';
import { RecordCombobox } from '@/components/ui/record-combobox/record-combobox';
import { useFormatters } from '@/lib/format';

import { useOrderCatalog } from '../hooks/use-order-catalog';
import type { usePlaceOrderForm } from '../hooks/use-place-order-form';
import styles from './place-order-form.module.css';

type Form = ReturnType<typeof usePlaceOrderForm>;

/** Account, product picker (typeahead), lines with quantity and unit price (prefilled), total. */
export function PlaceOrderForm({ form, onSubmit, onCancel }: { form: Form; onSubmit: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [productTerm, setProductTerm] = useState('');
  const catalog = useOrderCatalog(productTerm);
  const e = form.errors;

  return (
    <form className={styles.form} noValidate onSubmit={(ev) => { ev.preventDefault(); onSubmit(); }} data-testid="place-order-form">
      <FormField label={t('orders.account')} required error={e.accountId}>
        <RecordCombobox className={formFieldStyles.control} value={form.account} onChange={form.setAccount} term={form.accountTerm}
          onTermChange={form.setAccountTerm} options={form.accountOptions} loading={form.accountSearching}
          placeholder={t('orders.accountSearch')} emptyLabel={t('orders.noAccounts')} clearLabel={t('orders.clear')} data-testid="order-account" />
      </FormField>
      {form.opportunity && <p>{t('orders.opportunity')}: <strong>{form.opportunity.name}</strong></p>}
      <FormField label={t('orders.productSearch')} error={e.lines ?? (catalog.error ? t('orders.catalogError') : null)}>
        <RecordCombobox className={formFieldStyles.control} value={null} term={productTerm} onTermChange={setProductTerm} options={catalog.options}
          loading={catalog.loading} onChange={(o) => { const p = o && catalog.products.get(o.id); if (p) form.addProduct(p); }}
          placeholder={t('orders.productPlaceholder')} emptyLabel={t('orders.noProducts')} clearLabel={t('orders.clear')} data-testid="order-product" />
      </FormField>
      <ul className={styles.lines} aria-label={t('orders.lines')}>
        {form.lines.map((l, i) => (
          <li key={l.productId} className={styles.line} data-testid="order-line">
            <span className={styles.lineName}>{l.name}</span>
            <FormField label={t('orders.quantity')} error={e[`lines.${i}.quantity`] ?? e[`lines.${i}.productId`]}>
              <input className={formFieldStyles.control} type="number" inputMode="decimal" min="0" step="any" value={l.quantity}
                onChange={(ev) => form.updateLine(i, { quantity: ev.target.value })} data-testid="order-line-quantity" />
            </FormField>
            <FormField label={t('orders.unitPrice')} error={e[`lines.${i}.unitPrice`]}>
              <input className={formFieldStyles.control} type="number" inputMode="decimal" min="0" step="any" value={l.unitPrice}
                onChange={(ev) => form.updateLine(i, { unitPrice: ev.target.value })} data-testid="order-line-price" />
            </FormField>
            <span className={styles.lineTotal}>{f.currency((Number(l.quantity) || 0) * (Number(l.unitPrice) || 0))}</span>
            <Button variant="ghost" onClick={() => form.removeLine(i)} aria-label={`${t('orders.removeLine')} ${l.name}`}>{t('orders.removeLine')}</Button>
          </li>
        ))}
      </ul>
      {form.lines.length === 0 && <p className={styles.hint}>{t('orders.noLines')}</p>}
      <p className={styles.total} data-testid="order-form-total">{t('orders.orderTotal')}: {f.currency(form.total)}</p>
      <FormField label={t('orders.description')}>
        <textarea className={formFieldStyles.control} value={form.description} onChange={(ev) => form.setDescription(ev.target.value)} />
      </FormField>
      <label className={formFieldStyles.check}>
        <input type="checkbox" checked={form.asDraft} onChange={(ev) => form.setAsDraft(ev.target.checked)} />
        {t('orders.asDraft')}
      </label>
      {form.formError && <Alert><span data-testid="order-form-error">{form.formError === 'network' ? t('orders.placeFailed') : form.formError}</span></Alert>}
      <div className={styles.buttons}>
        <Button type="submit" disabled={form.placing} data-testid="order-submit">{form.placing ? t('orders.submitting') : t('orders.submit')}</Button>
        <Button variant="secondary" onClick={onCancel}>{t('orders.cancel')}</Button>
      </div>
    </form>
  );
}
