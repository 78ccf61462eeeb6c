import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '@/components/ui/alert/alert';
import { Button } from '@/components/ui/button/button';
import layout from '@/components/ui/layout/layout.module.css';
import { Spinner } from '@/components/ui/spinner/spinner';
import { Table, type TableColumn } from '@/components/ui/table/table';
import {
  DeleteTerritoryRuleDocument,
  TerritoryRulesDocument,
  type TerritoryModelSummaryFragment,
  type TerritoryRuleFieldsFragment,
} from '@/gql/graphql';
import { serverMessage } from '@/lib/server-error';

import { isRuleField, isRuleOperator } from '../utils/rule-fields';
import { territoryOptions } from '../utils/territory-options';
import { ConfirmDialog } from './confirm-dialog';
import { RuleEditor } from './rule-editor';
import styles from './rules-panel.module.css';

export interface RulesPanelProps {
  model: TerritoryModelSummaryFragment;
  canManage: boolean;
  /** After a rule was created, changed or deleted (a preview shown meanwhile is out of date). */
  onChanged?: () => void;
}

type Editing = { mode: 'new' } | { mode: 'edit'; rule: TerritoryRuleFieldsFragment } | null;

/** The model's assignment rules: what each matches and where it assigns; create, edit, delete. */
export function RulesPanel({ model, canManage, onChanged }: RulesPanelProps) {
  const { t } = useTranslation();
  const query = useQuery(TerritoryRulesDocument, { variables: { modelId: model.id }, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<TerritoryRuleFieldsFragment | null>(null);
  const [deleteError, setDeleteError] = useState<string | null | undefined>(undefined);
  const [remove, removal] = useMutation(DeleteTerritoryRuleDocument);
  const editable = canManage && model.state !== 'ARCHIVED';
  const rules = query.data?.territoryModel.assignmentRules.nodes;
  const territoryNodes = query.data?.territoryModel.territories.nodes;
  const options = useMemo(() => territoryOptions(territoryNodes ?? []), [territoryNodes]);

  const fieldLabel = (field: string) => (isRuleField(field) ? t(`territories.fields.${field}`) : field);
  const operatorLabel = (operator: string) => (isRuleOperator(operator) ? t(`territories.operators.${operator}`) : operator);

  const onDelete = async () => {
    if (!deleting) return;
    setDeleteError(undefined);
    try {
      await remove({ variables: { id: deleting.id } });
      onChanged?.();
      await query.refetch();
      setDeleting(null);
    } catch (error) {
      setDeleteError(serverMessage(error));
    }
  };

  const columns: TableColumn<TerritoryRuleFieldsFragment>[] = [
    {
      id: 'name',
      header: t('territories.rules.columns.name'),
      cell: (rule) => (
        <span className={styles.nameCell}>
          <span className={styles.ruleName}>{rule.name}</span>
          {!rule.isActive && (
            <span className={styles.inactive} data-testid="rule-inactive">
              {t('territories.rules.inactive')}
            </span>
          )}
        </span>
      ),
    },
    {
      id: 'criteria',
      header: t('territories.rules.columns.criteria'),
      cell: (rule) => (
        <div className={styles.criteria}>
          <ol className={styles.items}>
            {rule.items.map((item) => (
              <li key={item.id} value={item.sortOrder}>
                {fieldLabel(item.field)} <em>{operatorLabel(item.operator)}</em> <span className={styles.value}>{item.operator === 'IN' ? item.value.split(',').map((v) => v.trim()).filter(Boolean).join(', ') : item.value}</span>
              </li>
            ))}
          </ol>
          <span className={styles.logic}>
            {rule.booleanFilter ? t('territories.rules.logic', { filter: rule.booleanFilter }) : t('territories.rules.logicAll')}
          </span>
        </div>
      ),
    },
    {
      id: 'territories',
      header: t('territories.rules.columns.territories'),
      cell: (rule) =>
        rule.territoryAssociations.nodes.length ? (
          <ul className={styles.links}>
            {rule.territoryAssociations.nodes.map((link) => (
              <li key={link.id}>
                {link.territory?.name ?? t('common.empty')}
                {link.isInherited && <span className={styles.descendants}> {t('territories.rules.withDescendants')}</span>}
              </li>
            ))}
            {rule.territoryAssociations.totalCount > rule.territoryAssociations.nodes.length && (
              <li className={styles.muted}>
                {t('territories.rules.moreTerritories', { count: rule.territoryAssociations.totalCount - rule.territoryAssociations.nodes.length })}
              </li>
            )}
          </ul>
        ) : (
          <span className={styles.muted}>{t('territories.rules.noTerritories')}</span>
        ),
    },
  ];
  if (editable) {
    columns.push({
      id: 'actions',
      header: t('territories.rules.columns.actions'),
      align: 'end',
      cell: (rule) => (
        <span className={styles.rowActions}>
          <Button variant="secondary" size="sm" onClick={() => setEditing({ mode: 'edit', rule })} data-testid="rule-edit"
            aria-label={t('territories.rules.editNamed', { name: rule.name })}>
            {t('territories.rules.edit')}
          </Button>
          <Button variant="ghost" size="sm" className={styles.delete} onClick={() => setDeleting(rule)} data-testid="rule-delete"
            aria-label={t('territories.rules.deleteNamed', { name: rule.name })}>
            {t('territories.rules.delete')}
          </Button>
        </span>
      ),
    });
  }

  return (
    <section className={layout.section} aria-labelledby="territory-rules-heading" data-testid="rules-panel">
      <div className={layout.sectionHeaderTight}>
        <h2 id="territory-rules-heading" className={layout.sectionHeading}>
          {t('territories.rules.heading')}
        </h2>
        {query.loading && rules && <Spinner label={t('territories.updating')} />}
        {editable && (
          <Button onClick={() => setEditing({ mode: 'new' })} className={styles.newButton} data-testid="rule-new" disabled={!territoryNodes}>
            {t('territories.rules.new')}
          </Button>
        )}
      </div>
      <p className={layout.lead}>{t('territories.rules.help')}</p>
      {model.state === 'ARCHIVED' && <p className={layout.lead}>{t('territories.rules.readOnly')}</p>}

      {query.error && !rules && (
        <Alert
          action={
            <Button variant="secondary" size="sm" onClick={() => void query.refetch()}>
              {t('territories.retry')}
            </Button>
          }
        >
          {t('territories.rules.error')}
        </Alert>
      )}
      {!rules && query.loading && <Spinner label={t('territories.rules.loading')} showLabel />}
      {rules && rules.length === 0 && (
        <p className={layout.placeholderCompact} data-testid="rules-empty">
          {t('territories.rules.empty')}
        </p>
      )}
      {rules && rules.length > 0 && (
        <Table
          caption={t('territories.rules.heading')}
          columns={columns}
          rows={rules}
          getRowKey={(rule) => rule.id}
          getRowProps={(rule) => ({ 'data-testid': 'rule-row', 'data-name': rule.name, 'data-active': String(rule.isActive) })}
        />
      )}

      {editing && (
        <RuleEditor
          key={editing.mode === 'edit' ? editing.rule.id : 'new'}
          modelId={model.id}
          rule={editing.mode === 'edit' ? editing.rule : null}
          territories={options}
          onClose={() => setEditing(null)}
          onSaved={async () => {
            onChanged?.();
            await query.refetch();
            setEditing(null);
          }}
        />
      )}

      <ConfirmDialog
        open={deleting !== null}
        title={t('territories.rules.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('territories.rules.delete')}
        busy={removal.loading}
        error={deleteError}
        onConfirm={() => void onDelete()}
        onClose={() => {
          setDeleting(null);
          setDeleteError(undefined);
        }}
        data-testid="rule-delete-dialog"
      >
        <p>{t('territories.rules.deleteBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
