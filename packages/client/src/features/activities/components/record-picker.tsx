import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formFieldStyles } from '@/components/ui/form-field/form-field';
import { RecordCombobox, type ComboOption } from '@/components/ui/record-combobox/record-combobox';
import { ActivityRecordPickerDocument } from '@/gql/graphql';
import type { RecordRef } from '@/types/record-slots';

interface RecordPickerProps {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  value: RecordRef | null;
  onChange: (record: RecordRef | null) => void;
}

const DEBOUNCE_MS = 250;

/** Type a name, pick a contact, lead or account (one query for the three). */
export function RecordPicker({ value, onChange, ...aria }: RecordPickerProps) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(term.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [term]);

  const query = useQuery(ActivityRecordPickerDocument, debounced.length >= 2 ? { variables: { term: debounced } } : skipToken);
  const data = query.data ?? query.previousData;

  const { options, refs } = useMemo(() => {
    const refs = new Map<string, RecordRef>();
    const options: ComboOption[] = [];
    const add = (ref: RecordRef, detail: string) => {
      refs.set(ref.id, ref);
      options.push({ id: ref.id, label: ref.name, detail });
    };
    for (const c of data?.contacts.nodes ?? []) {
      add({ objectType: 'Contact', id: c.id, name: c.name, whoId: c.id, accountId: c.account?.id ?? null, phone: c.phone },
        [t('activities.objects.Contact'), c.account?.name].filter(Boolean).join(' · '));
    }
    for (const l of data?.leads.nodes ?? []) {
      add({ objectType: 'Lead', id: l.id, name: l.name, whoId: l.id, phone: l.phone }, [t('activities.objects.Lead'), l.company].filter(Boolean).join(' · '));
    }
    for (const a of data?.accounts.nodes ?? []) {
      add({ objectType: 'Account', id: a.id, name: a.name, whatId: a.id, accountId: a.id, phone: a.phone }, t('activities.objects.Account'));
    }
    return { options, refs };
  }, [data, t]);

  return (
    <RecordCombobox
      {...aria}
      className={formFieldStyles.control}
      value={value ? { id: value.id, label: value.name } : null}
      onChange={(option) => onChange(option ? (refs.get(option.id) ?? null) : null)}
      term={term}
      onTermChange={setTerm}
      options={term.trim().length >= 2 ? options : []}
      loading={query.loading || term.trim() !== debounced}
      placeholder={t('activities.logCall.pickPlaceholder')}
      emptyLabel={term.trim().length < 2 ? t('activities.logCall.typeMore') : t('activities.logCall.noMatch')}
      clearLabel={t('activities.logCall.clear')}
      data-testid="log-call-record"
    />
  );
}
