import type { TFunction } from 'i18next';

import type { Operator } from '../config';
import { fromCondition } from './condition';

/** A one-line reading of a condition, e.g. "NOT (stageName at or after "Proposal" AND competitor is blank)". */
export function describeCondition(t: TFunction, condition: unknown): string {
  const draft = fromCondition(condition);
  if (!draft) return JSON.stringify(condition);
  const parts = draft.rows.map((r) => {
    const op = t(`setup.ops.${r.op as Operator}`);
    if (r.op === 'isNew') return op;
    const value = ['isBlank', 'isNotBlank', 'changed'].includes(r.op) ? '' : ` "${r.value}"`;
    return `${r.prior ? t('setup.rules.priorOf', { field: r.field }) : r.field} ${op}${value}`;
  });
  const body = parts.join(` ${draft.join === 'and' ? t('setup.rules.and') : t('setup.rules.or')} `);
  return draft.not ? `${t('setup.rules.not')} (${body})` : body;
}
