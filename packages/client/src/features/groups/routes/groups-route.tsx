import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Badge } from '@/components/ui/badge/badge';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { paths } from '@/config/paths';
import { CreateGroupDocument, GroupsDocument } from '@/gql/graphql';
import { fieldErrors } from '@/lib/server-error';

import styles from '../components/groups.module.css';

/** Every group of the organisation, and a form to start one. */
export function GroupsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(GroupsDocument);
  const [createGroup, { loading: creating }] = useMutation(CreateGroupDocument);
  const [name, setName] = useState('');
  const [isPrivate, setPrivate] = useState(false);
  const [nameError, setNameError] = useState<string | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const r = await createGroup({ variables: { input: { name, collaborationType: isPrivate ? 'Private' as never : 'Public' as never } } });
      if (r.data) navigate(paths.group.getHref(r.data.createGroup.id));
    } catch (err) {
      setNameError(fieldErrors(err)?.[0]?.message ?? t('groups.list.createFailed'));
    }
  };

  return (
    <div className={layout.page}>
      <div className={layout.pageHeader}>
        <h1>{t('groups.list.heading')}</h1>
        {loading && <Spinner label={t('groups.loading')} />}
      </div>
      {error && <Alert>{t('groups.list.error')}</Alert>}
      <ul className={styles.list} data-testid="group-list">
        {data?.groups.map((g) => (
          <li key={g.id} className={styles.card}>
            <div className={styles.row}>
              <Link to={paths.group.getHref(g.id)}><strong>{g.name}</strong></Link>
              <Badge tone={g.collaborationType === 'Private' ? 'warning' : 'info'}>{t(`groups.type.${g.collaborationType}`)}</Badge>
              {g.myRole && <Badge tone="neutral">{t(`groups.role.${g.myRole}`)}</Badge>}
            </div>
            {g.description && <p className={styles.muted}>{g.description}</p>}
            <span className={styles.muted}>{t('groups.members', { count: g.memberCount })}</span>
          </li>
        ))}
      </ul>
      <form className={styles.card} onSubmit={create} aria-label={t('groups.list.newGroup')}>
        <h2 className={layout.sectionHeading}>{t('groups.list.newGroup')}</h2>
        <div className={styles.field}>
          <label htmlFor="new-group-name">{t('groups.list.name')}</label>
          <input id="new-group-name" value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!nameError} />
          {nameError && <p className={styles.error}>{nameError}</p>}
        </div>
        <label className={styles.row} style={{ minHeight: 44 }}>
          <input type="checkbox" checked={isPrivate} onChange={(e) => setPrivate(e.target.checked)} /> {t('groups.list.private')}
        </label>
        <div className={styles.row}><Button type="submit" disabled={creating}>{t('groups.list.create')}</Button></div>
      </form>
    </div>
  );
}
