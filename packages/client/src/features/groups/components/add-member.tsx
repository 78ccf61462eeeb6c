import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { AddGroupMemberDocument, GroupUserChoicesDocument } from '@/gql/graphql';
import { serverMessage } from '@/lib/server-error';

import styles from './groups.module.css';

/** For owners and managers: add someone who is not a member yet (the way into a private group). */
export function AddMember({ groupId, memberIds, onAdded }: { groupId: string; memberIds: string[]; onAdded: () => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(GroupUserChoicesDocument);
  const [addMember, { loading }] = useMutation(AddGroupMemberDocument);
  const [userId, setUserId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const choices = (data?.users.nodes ?? []).filter((u) => !memberIds.includes(u.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!userId) return;
    try {
      await addMember({ variables: { groupId, userId } });
      setUserId('');
      setError(null);
      onAdded();
    } catch (err) {
      setError(serverMessage(err) ?? t('groups.feed.actionFailed'));
    }
  };

  return (
    <form className={styles.row} onSubmit={submit}>
      <div className={styles.field} style={{ flex: '1 1 160px' }}>
        <select aria-label={t('groups.feed.addMember')} value={userId} onChange={(e) => setUserId(e.target.value)} style={{ minHeight: 44, maxWidth: '100%' }}>
          <option value="">{t('groups.feed.chooseUser')}</option>
          {choices.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </select>
      </div>
      <Button type="submit" variant="secondary" disabled={loading || !userId}>{t('groups.feed.add')}</Button>
      {error && <p className={styles.error}>{error}</p>}
    </form>
  );
}
