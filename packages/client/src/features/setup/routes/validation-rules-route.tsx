import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { Alert } from '@/components/ui/alert/alert';
import { Badge } from '@/components/ui/badge/badge';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { Table, type TableColumn } from '@/components/ui/table/table';
import {
  SetupDeleteValidationRuleDocument,
  SetupStagesDocument,
  SetupUpdateValidationRuleDocument,
  SetupValidationRulesDocument,
  type SetupValidationRuleFragment,
} from '@/gql/graphql';
import { serverMessage } from '@/lib/server-error';

import { ConfirmDeleteDialog } from '../components/confirm-delete-dialog';
import { SetupPage } from '../components/setup-page';
import { ValidationRuleDialog } from '../components/validation-rule-dialog';
import { RULE_OBJECTS, type RuleObject } from '../config';
import { useDelete } from '../hooks/use-delete';
import { useSetupAccess } from '../hooks/use-setup-access';
import styles from '../setup.module.css';
import { describeCondition } from '../utils/describe';

type Rule = SetupValidationRuleFragment;

/** A rule name that may wrap after its underscores. */
const breakable = (name: string) => name.split('_').flatMap((part, i) => (i ? [<wbr key={i} />, `_${part}`] : [part]));

/** /setup/validation-rules: the rules of one object (in the URL), switched on and off in place. */
export function ValidationRulesRoute() {
  const { t } = useTranslation();
  const { canSetup } = useSetupAccess();
  const [params, setParams] = useSearchParams();
  const object = (RULE_OBJECTS as readonly string[]).includes(params.get('object') ?? '') ? (params.get('object') as RuleObject) : 'Opportunity';
  const rules = useQuery(SetupValidationRulesDocument, { skip: !canSetup });
  const stages = useQuery(SetupStagesDocument, { skip: !canSetup });
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const [rowError, setRowError] = useState<{ id: string; message: string } | null>(null);
  const [update, updateState] = useMutation(SetupUpdateValidationRuleDocument);
  const [remove] = useMutation(SetupDeleteValidationRuleDocument, { refetchQueries: [{ query: SetupValidationRulesDocument }], awaitRefetchQueries: true });
  const del = useDelete<Rule>((id) => remove({ variables: { id } }));
  const list = (rules.data?.validationRules ?? []).filter((r) => r.objectApiName === object);
  const stageNames = (stages.data?.opportunityStages ?? []).filter((s) => s.isActive).map((s) => s.apiName);

  const act = async (rule: Rule, run: () => Promise<unknown>) => {
    setRowError(null);
    try {
      await run();
    } catch (e) {
      setRowError({ id: rule.id, message: serverMessage(e) ?? t('setup.network') });
    }
  };

  const columns: TableColumn<Rule>[] = [
    { id: 'name', header: t('setup.rules.name'), cell: (r) => <strong className={styles.ruleName}>{breakable(r.name)}</strong> },
    { id: 'condition', header: t('setup.rules.condition'), cell: (r) => <span className={styles.mono}>{describeCondition(t, r.condition)}</span> },
    { id: 'error', header: t('setup.rules.errorMessage'), cell: (r) => <span>{r.errorMessage} <span className={styles.muted}>({r.errorField})</span></span> },
    { id: 'status', header: t('setup.status'), cell: (r) => <span className={styles.badges}><Badge tone={r.isActive ? 'success' : 'neutral'}>{r.isActive ? t('setup.active') : t('setup.inactive')}</Badge></span> },
    {
      id: 'actions',
      header: t('setup.actions'),
      cell: (r) => (
        <div>
          <div className={styles.actions}>
            <Button variant="secondary" size="sm" onClick={() => setEditing(r)} data-testid="rule-edit">{t('setup.edit')}</Button>
            <Button
              variant="secondary"
              size="sm"
              disabled={updateState.loading}
              onClick={() => void act(r, () => update({ variables: { id: r.id, input: { isActive: !r.isActive } } }))}
              data-testid="rule-toggle"
            >
              {r.isActive ? t('setup.deactivate') : t('setup.activate')}
            </Button>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => del.ask(r)}
              data-testid="rule-delete"
            >
              {t('setup.delete')}
            </Button>
          </div>
          {rowError?.id === r.id && <p className={styles.formError} role="alert">{rowError.message}</p>}
        </div>
      ),
    },
  ];

  return (
    <SetupPage
      title={t('setup.rules.heading')}
      intro={t('setup.rules.intro')}
      actions={<Button onClick={() => setEditing('new')} data-testid="rule-new">{t('setup.rules.new')}</Button>}
    >
      <div className={styles.tabs} role="group" aria-label={t('setup.rules.object')}>
        {RULE_OBJECTS.map((o) => (
          <button
            key={o}
            type="button"
            className={`${styles.tab} ${o === object ? styles.tabActive : ''}`}
            aria-pressed={o === object}
            onClick={() => setParams({ object: o }, { replace: true })}
            data-testid={`rule-object-${o}`}
          >
            {t(`setup.objects.${o}`)}
          </button>
        ))}
      </div>
      {rules.error && !rules.data && <Alert>{t('setup.error')}</Alert>}
      {!rules.data && rules.loading && (
        <div className={layout.placeholder}><Spinner label={t('setup.loading')} showLabel /></div>
      )}
      {rules.data && list.length === 0 && <p className={layout.placeholder} data-testid="rules-empty">{t('setup.rules.empty')}</p>}
      {list.length > 0 && (
        <Table
          caption={t('setup.rules.heading')}
          columns={columns}
          rows={list}
          getRowKey={(r) => r.id}
          getRowProps={(r) => ({ className: r.isActive ? undefined : styles.inactiveRow, 'data-testid': 'rule-row', 'data-name': r.name, 'data-active': String(r.isActive) })}
        />
      )}
      {editing && (
        <ValidationRuleDialog
          key={editing === 'new' ? 'new' : editing.id}
          object={object}
          rule={editing === 'new' ? null : editing}
          stageNames={stageNames}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDeleteDialog name={del.row?.name ?? null} busy={del.busy} error={del.error} onConfirm={() => void del.confirm()} onClose={del.close} />
    </SetupPage>
  );
}
