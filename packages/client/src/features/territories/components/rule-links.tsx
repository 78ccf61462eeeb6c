import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components/ui/button/button';

import type { FormErrors } from '../hooks/use-form-errors';
import type { TerritoryOption } from '../utils/territory-options';
import { FormError } from './form-error';
import styles from './rule-editor.module.css';

export interface LinkDraft {
  key: string;
  /** null until the link exists on the server. */
  linkId: string | null;
  territoryId: string;
  name: string;
  applyToDescendants: boolean;
  /** isInherited as stored (for links that exist). */
  stored: boolean | null;
}

export interface RuleLinksProps {
  links: readonly LinkDraft[];
  /** Territories that can still be added (not linked yet). */
  available: readonly TerritoryOption[];
  /** Links the rule has beyond those loaded. */
  notShown: number;
  form: FormErrors;
  onToggleDescendants: (key: string, applyToDescendants: boolean) => void;
  onRemove: (link: LinkDraft) => void;
  onAdd: (territory: TerritoryOption) => void;
}

/** The territories a rule assigns to, each with "apply to descendants", and a picker to add one. */
export function RuleLinks({ links, available, notShown, form, onToggleDescendants, onRemove, onAdd }: RuleLinksProps) {
  const { t } = useTranslation();
  const { id, errorOf, describedBy } = form;
  const [addTerritory, setAddTerritory] = useState('');
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('territories.ruleEditor.territories')}</legend>
      {notShown > 0 && <p className={styles.help}>{t('territories.ruleEditor.moreTerritories', { count: notShown })}</p>}
      {links.length === 0 ? (
        <p className={styles.help}>{t('territories.ruleEditor.noTerritories')}</p>
      ) : (
        <ul className={styles.links}>
          {links.map((link) => (
            <li key={link.key} className={styles.link} data-testid="rule-link" data-name={link.name}>
              <span className={styles.linkName}>{link.name}</span>
              <label className={styles.check}>
                <input
                  type="checkbox"
                  checked={link.applyToDescendants}
                  onChange={(event) => onToggleDescendants(link.key, event.target.checked)}
                  aria-describedby={describedBy(`links.${link.key}`)}
                  data-testid="rule-link-descendants"
                />
                {t('territories.ruleEditor.applyToDescendants')}
              </label>
              <Button
                variant="ghost"
                size="sm"
                className={styles.remove}
                onClick={() => onRemove(link)}
                aria-label={t('territories.ruleEditor.removeTerritory', { name: link.name })}
                data-testid="rule-link-remove"
              >
                <span aria-hidden="true">×</span>
              </Button>
              <FormError id={id(`err-links.${link.key}`)} message={errorOf(`links.${link.key}`)} data-testid="rule-link-error" />
            </li>
          ))}
        </ul>
      )}
      <div className={styles.addTerritory}>
        <label htmlFor={id('add-territory')} className="visually-hidden">
          {t('territories.ruleEditor.addTerritoryLabel')}
        </label>
        <select
          id={id('add-territory')}
          className={styles.input}
          value={addTerritory}
          onChange={(event) => setAddTerritory(event.target.value)}
          data-testid="rule-territory-select"
        >
          <option value="">{t('territories.ruleEditor.chooseTerritory')}</option>
          {available.map((territory) => (
            <option key={territory.id} value={territory.id}>
              {`${'\u00a0\u00a0'.repeat(territory.depth)}${territory.name}`}
            </option>
          ))}
        </select>
        <Button
          variant="secondary"
          size="sm"
          disabled={!addTerritory}
          onClick={() => {
            const territory = available.find((x) => x.id === addTerritory);
            if (!territory) return;
            onAdd(territory);
            setAddTerritory('');
          }}
          data-testid="rule-territory-add"
        >
          {t('territories.ruleEditor.addTerritory')}
        </Button>
      </div>
    </fieldset>
  );
}
