import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';
import { Dialog } from '@/components/ui/dialog/dialog';
import {
  CreateRuleTerritoryLinkDocument,
  CreateTerritoryRuleDocument,
  DeleteRuleTerritoryLinkDocument,
  UpdateRuleTerritoryLinkDocument,
  UpdateTerritoryRuleDocument,
  type TerritoryRuleFieldsFragment,
} from '@/gql/graphql';
import { fieldErrors, serverMessage } from '@/lib/server-error';

import { useFormErrors, type Errors } from '../hooks/use-form-errors';
import { operatorsFor } from '../utils/rule-fields';
import type { TerritoryOption } from '../utils/territory-options';
import { FormError } from './form-error';
import styles from './rule-editor.module.css';
import { RuleItemRow, type ItemDraft } from './rule-item-row';
import { RuleLinks, type LinkDraft } from './rule-links';

/** The server takes 1 to 10 criteria per rule. */
const MAX_ITEMS = 10;

export interface RuleEditorProps {
  modelId: string;
  /** null: a new rule. */
  rule: TerritoryRuleFieldsFragment | null;
  territories: readonly TerritoryOption[];
  onClose: () => void;
  onSaved: () => Promise<void> | void;
}

/**
 * Creates or edits an assignment rule: name, active, criteria (field, operator, value), the
 * boolean filter over the criteria's numbers, and the territories it assigns to. The server
 * validates; its refusals appear next to the input its `extensions.field` names. The rule is
 * saved first, then its territory links; a failure part-way keeps what was saved and says
 * where it stopped (saving again carries on from there).
 */
export function RuleEditor({ modelId, rule, territories, onClose, onSaved }: RuleEditorProps) {
  const { t } = useTranslation();
  const formId = useId();
  const form = useFormErrors();
  const { setErrors, id, clearError, errorOf, invalid, describedBy } = form;
  const counter = useRef(0);
  const nextKey = () => `k${++counter.current}`;

  const [ruleId, setRuleId] = useState<string | null>(rule?.id ?? null);
  const [name, setName] = useState(rule?.name ?? '');
  const [isActive, setIsActive] = useState(rule?.isActive ?? true);
  const [booleanFilter, setBooleanFilter] = useState(rule?.booleanFilter ?? '');
  const [items, setItems] = useState<ItemDraft[]>(() =>
    rule?.items.length
      ? rule.items.map((item) => ({ key: nextKey(), field: item.field, operator: item.operator, value: item.value }))
      : [{ key: nextKey(), field: 'billingCountry', operator: 'EQUALS', value: '' }],
  );
  const [links, setLinks] = useState<LinkDraft[]>(() =>
    (rule?.territoryAssociations.nodes ?? []).map((link) => ({
      key: nextKey(),
      linkId: link.id,
      territoryId: link.territoryId,
      name: link.territory?.name ?? link.territoryId,
      applyToDescendants: link.isInherited,
      stored: link.isInherited,
    })),
  );
  const [removedLinks, setRemovedLinks] = useState<LinkDraft[]>([]);
  const [saving, setSaving] = useState(false);

  const [createRule] = useMutation(CreateTerritoryRuleDocument);
  const [updateRule] = useMutation(UpdateTerritoryRuleDocument);
  const [createLink] = useMutation(CreateRuleTerritoryLinkDocument);
  const [updateLink] = useMutation(UpdateRuleTerritoryLinkDocument);
  const [deleteLink] = useMutation(DeleteRuleTerritoryLinkDocument);

  const linked = new Set(links.map((link) => link.territoryId));
  const available = territories.filter((territory) => !linked.has(territory.id));

  const setItem = (key: string, change: Partial<ItemDraft>) =>
    setItems((current) =>
      current.map((item) => {
        if (item.key !== key) return item;
        const next = { ...item, ...change };
        // A field of another kind keeps the operator only if it still applies.
        if (change.field && !operatorsFor(next.field).some((op) => op === next.operator)) next.operator = 'EQUALS';
        return next;
      }),
    );

  /** The server's errors, placed by their `extensions.field`. */
  const placeRuleErrors = (error: unknown): Errors => {
    const list = fieldErrors(error);
    if (!list) return { form: null };
    const out: Errors = {};
    for (const e of list) {
      const match = /^items\.(\d+)\.(field|operator|value)$/.exec(e.field ?? '');
      if (match && items[Number(match[1])]) out[`items.${items[Number(match[1])].key}.${match[2]}`] = e.message;
      else if (e.field && ['name', 'isActive', 'booleanFilter', 'items'].includes(e.field)) out[e.field] = e.message;
      else out.form = [out.form, e.message].filter(Boolean).join(' ');
    }
    return out;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setSaving(true);
    try {
      // 1. The rule with its criteria (validated as a whole by the server).
      const input = {
        name: name.trim(),
        isActive,
        booleanFilter: booleanFilter.trim() || null,
        items: items.map(({ field, operator, value }) => ({ field, operator, value })),
      };
      let savedId = ruleId;
      try {
        if (savedId) {
          await updateRule({ variables: { id: savedId, input } });
        } else {
          const { data } = await createRule({ variables: { input: { ...input, modelId } } });
          savedId = data?.createTerritoryAssignmentRule.id ?? null;
          if (!savedId) throw new Error('no rule id');
          setRuleId(savedId);
        }
      } catch (error) {
        setErrors(placeRuleErrors(error));
        return;
      }

      // 2. Its territories: removed ones, new ones, changed "apply to descendants".
      const failed: Errors = {};
      for (const link of removedLinks) {
        try {
          await deleteLink({ variables: { id: link.linkId! } });
          setRemovedLinks((current) => current.filter((x) => x.key !== link.key));
        } catch (error) {
          failed.form = t('territories.ruleEditor.linkRemoveFailed', { name: link.name, message: serverMessage(error) ?? t('territories.errors.network') });
        }
      }
      for (const link of links) {
        try {
          if (!link.linkId) {
            const { data } = await createLink({
              variables: { input: { ruleId: savedId, territoryId: link.territoryId, applyToDescendants: link.applyToDescendants } },
            });
            const created = data?.createRuleTerritoryAssociation;
            if (created) {
              setLinks((current) => current.map((x) => (x.key === link.key ? { ...x, linkId: created.id, stored: created.isInherited } : x)));
            }
          } else if (link.stored !== link.applyToDescendants) {
            await updateLink({ variables: { id: link.linkId, input: { applyToDescendants: link.applyToDescendants } } });
            setLinks((current) => current.map((x) => (x.key === link.key ? { ...x, stored: link.applyToDescendants } : x)));
          }
        } catch (error) {
          failed[`links.${link.key}`] = serverMessage(error);
        }
      }
      if (Object.keys(failed).length) {
        setErrors(failed);
        return;
      }
      await onSaved();
    } finally {
      setSaving(false);
    }
  };

  const title = rule ? t('territories.ruleEditor.editTitle', { name: rule.name }) : t('territories.ruleEditor.newTitle');

  return (
    <Dialog
      open
      onClose={onClose}
      title={title}
      size="lg"
      data-testid="rule-editor"
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={saving}>
            {t('territories.cancel')}
          </Button>
          <Button type="submit" form={formId} disabled={saving} data-testid="rule-save">
            {saving ? t('territories.ruleEditor.saving') : t('territories.ruleEditor.save')}
          </Button>
        </>
      }
    >
      <form id={formId} className={styles.form} onSubmit={(event) => void onSubmit(event)} noValidate>
        <div className={styles.row2}>
          <div className={styles.field}>
            <label htmlFor={id('name')} className={styles.label}>
              {t('territories.ruleEditor.name')}
            </label>
            <input
              id={id('name')}
              className={styles.input}
              value={name}
              maxLength={80}
              onChange={(event) => {
                setName(event.target.value);
                clearError('name');
              }}
              aria-invalid={invalid('name')}
              aria-describedby={describedBy('name')}
              data-testid="rule-name"
            />
            <FormError id={id('err-name')} message={errorOf('name')} data-testid="rule-name-error" />
          </div>
          <label className={styles.check}>
            <input
              type="checkbox"
              checked={isActive}
              onChange={(event) => setIsActive(event.target.checked)}
              aria-invalid={invalid('isActive')}
              aria-describedby={describedBy('isActive')}
              data-testid="rule-active"
            />
            {t('territories.ruleEditor.active')}
          </label>
          <FormError id={id('err-isActive')} message={errorOf('isActive')} data-testid="rule-active-error" />
        </div>

        <fieldset className={styles.fieldset} aria-describedby={describedBy('items')}>
          <legend className={styles.legend}>{t('territories.ruleEditor.criteria')}</legend>
          <div className={styles.itemsHead} aria-hidden="true">
            <span>#</span>
            <span>{t('territories.ruleEditor.field')}</span>
            <span>{t('territories.ruleEditor.operator')}</span>
            <span>{t('territories.ruleEditor.value')}</span>
            <span />
          </div>
          <ol className={styles.items}>
            {items.map((item, index) => (
              <RuleItemRow
                key={item.key}
                item={item}
                n={index + 1}
                form={form}
                canRemove={items.length > 1}
                onChange={(change) => setItem(item.key, change)}
                onRemove={() => setItems((current) => current.filter((x) => x.key !== item.key))}
              />
            ))}
          </ol>
          <FormError id={id('err-items')} message={errorOf('items')} data-testid="rule-items-error" />
          <div>
            <Button
              variant="secondary"
              size="sm"
              disabled={items.length >= MAX_ITEMS}
              onClick={() => setItems((current) => [...current, { key: nextKey(), field: 'billingCountry', operator: 'EQUALS', value: '' }])}
              data-testid="rule-add-item"
            >
              {t('territories.ruleEditor.addItem')}
            </Button>
          </div>
        </fieldset>

        <div className={styles.field}>
          <label htmlFor={id('booleanFilter')} className={styles.label}>
            {t('territories.ruleEditor.booleanFilter')}
          </label>
          <input
            id={id('booleanFilter')}
            className={`${styles.input} ${styles.mono}`}
            value={booleanFilter}
            maxLength={255}
            placeholder={items.length > 1 ? items.map((_, i) => i + 1).join(' AND ') : '1'}
            onChange={(event) => {
              setBooleanFilter(event.target.value);
              clearError('booleanFilter');
            }}
            aria-invalid={invalid('booleanFilter')}
            aria-describedby={describedBy('booleanFilter', id('booleanFilter-help'))}
            data-testid="rule-booleanFilter"
          />
          <span id={id('booleanFilter-help')} className={styles.help}>
            {t('territories.ruleEditor.booleanFilterHelp')}
          </span>
          <FormError id={id('err-booleanFilter')} message={errorOf('booleanFilter')} data-testid="rule-booleanFilter-error" />
        </div>

        <RuleLinks
          links={links}
          available={available}
          notShown={rule ? rule.territoryAssociations.totalCount - rule.territoryAssociations.nodes.length : 0}
          form={form}
          onToggleDescendants={(key, applyToDescendants) =>
            setLinks((current) => current.map((x) => (x.key === key ? { ...x, applyToDescendants } : x)))
          }
          onRemove={(link) => {
            setLinks((current) => current.filter((x) => x.key !== link.key));
            if (link.linkId) setRemovedLinks((current) => [...current, link]);
          }}
          onAdd={(territory) =>
            setLinks((current) => [
              ...current,
              { key: nextKey(), linkId: null, territoryId: territory.id, name: territory.name, applyToDescendants: false, stored: null },
            ])
          }
        />

        <FormError id={id('err-form')} message={errorOf('form')} data-testid="rule-form-error" />
      </form>
    </Dialog>
  );
}
