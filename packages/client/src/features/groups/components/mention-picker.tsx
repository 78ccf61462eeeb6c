import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { RecordCombobox, type ComboOption } from '@/components/ui/record-combobox/record-combobox';
import { MentionSearchDocument } from '@/gql/graphql';

export interface Mention {
  objectApiName: string;
  recordId: string;
  name: string;
}

/** A typeahead over the records the caller can see (the global search), to mention one in a post. */
export function MentionPicker({ id, onPick }: { id?: string; onPick: (m: Mention) => void }) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const { data, loading } = useQuery(MentionSearchDocument, { variables: { term }, skip: term.trim().length < 2 });
  const hits = data?.search ?? [];
  const options: ComboOption[] = hits.map((h) => ({ id: `${h.objectApiName}:${h.id}`, label: h.name, detail: `${t(`groups.objects.${h.objectApiName as 'Opportunity'}`)}${h.subtitle ? ` · ${h.subtitle}` : ''}` }));
  return (
    <RecordCombobox
      id={id}
      value={null}
      term={term}
      onTermChange={setTerm}
      options={term.trim().length < 2 ? [] : options}
      loading={loading}
      placeholder={t('groups.composer.mentionPlaceholder')}
      emptyLabel={t('groups.composer.noMatches')}
      clearLabel={t('groups.composer.clear')}
      data-testid="mention-search"
      onChange={(o) => {
        const hit = o && hits.find((h) => `${h.objectApiName}:${h.id}` === o.id);
        if (hit) onPick({ objectApiName: hit.objectApiName, recordId: hit.id, name: hit.name });
      }}
    />
  );
}
