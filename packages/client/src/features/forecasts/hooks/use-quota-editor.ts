import { useApolloClient, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';

import {
  CreateForecastingQuotaDocument,
  CurrentUserDocument,
  DeleteForecastingQuotaDocument,
  ForecastGridDocument,
  ForecastQuotaEditorDocument,
  ForecastQuotaTerritoryDocument,
  UpdateForecastingQuotaDocument,
  type ForecastingQuotaFilter,
  type QuotaFieldsFragment,
  type QuotaOwnerChainFragment,
} from '@/gql/graphql';
import { fieldErrors, serverMessage } from '@/lib/server-error';

import { mergeMutations, type MutationPart } from '../utils/merge-mutations';
import { quotaKey, quotaLock, type Lock, type QuotaChange } from '../utils/quota-plan';

export interface QuotaTarget {
  /** The grid row: a user (role types) or a territory. */
  rowId: string;
  rowName: string;
  territory: boolean;
  months: string[];
  productFamily: string | null;
}

export interface QuotaOwner { id: string; name: string; lock: Lock; role: string | null }
export interface SaveResult { ok: boolean; errors: Record<string, string>; message: string | null }

/**
 * The saved quotas behind a grid cell and who may hold them: the row's user, or a territory's assigned
 * users and anyone with a quota in it. `save` writes every change in one request, then refetches the grid.
 */
export function useQuotaEditor(target: QuotaTarget) {
  const client = useApolloClient();
  const [saving, setSaving] = useState(false);
  const me = useQuery(CurrentUserDocument).data?.me;
  const filter: ForecastingQuotaFilter = {
    ...(target.territory ? { territoryId: { eq: target.rowId } } : { quotaOwnerId: { eq: target.rowId }, territoryId: { isNull: true } }),
    productFamily: target.productFamily ? { eq: target.productFamily } : { isNull: true },
    startDate: { between: { start: target.months[0], end: target.months[target.months.length - 1] } },
  };
  const quotas = useQuery(ForecastQuotaEditorDocument, { variables: { filter }, fetchPolicy: 'network-only' });
  const territory = useQuery(ForecastQuotaTerritoryDocument, { variables: { id: target.rowId }, skip: !target.territory, fetchPolicy: 'network-only' });

  const nodes = quotas.data?.forecastingQuotas.nodes;
  const assigned = territory.data?.territory.users;
  const { saved, owners } = useMemo(() => {
    const saved = new Map<string, QuotaFieldsFragment>((nodes ?? []).map((q) => [quotaKey(q.quotaOwnerId, q.startDate), q]));
    const found = new Map<string, { user: QuotaOwnerChainFragment | null; name: string; role: string | null }>();
    if (!target.territory) found.set(target.rowId, { user: null, name: target.rowName, role: null });
    for (const a of assigned ?? []) if (a.isActive && a.user.isActive) found.set(a.user.id, { user: a.user, name: a.user.name, role: a.roleInTerritory ?? null });
    for (const q of nodes ?? []) if (!found.has(q.quotaOwnerId)) found.set(q.quotaOwnerId, { user: q.quotaOwner, name: q.quotaOwner.name, role: null });
    const owners: QuotaOwner[] = me
      ? [...found].map(([id, o]) => ({ id, name: o.name, role: o.role, lock: quotaLock(me, id, o.user, !target.territory) }))
      : [];
    if (target.territory) owners.sort((a, b) => a.name.localeCompare(b.name));
    return { saved, owners };
  }, [nodes, assigned, me, target.territory, target.rowId, target.rowName]);

  const save = async (changes: QuotaChange[]): Promise<SaveResult> => {
    if (!changes.length) return { ok: true, errors: {}, message: null };
    const keyOf = new Map<string, string>();
    const parts: MutationPart[] = changes.map((c, i) => {
      const alias = `q${i}`;
      keyOf.set(alias, c.key);
      if (c.kind === 'create') return { alias, document: CreateForecastingQuotaDocument, variables: { input: c.input } };
      if (c.kind === 'update') return { alias, document: UpdateForecastingQuotaDocument, variables: { id: c.id, input: c.input } };
      return { alias, document: DeleteForecastingQuotaDocument, variables: { id: c.id } };
    });
    const { document, variables } = mergeMutations('SaveForecastingQuotas', parts);
    setSaving(true);
    try {
      await client.mutate({ mutation: document, variables });
      await client.refetchQueries({ include: [ForecastGridDocument] });
      return { ok: true, errors: {}, message: null };
    } catch (err) {
      // What ran before the failure is saved: show the grid and the editor as they are now.
      await client.refetchQueries({ include: [ForecastGridDocument, ForecastQuotaEditorDocument] }).catch(() => undefined);
      return failure(err, keyOf);
    } finally {
      setSaving(false);
    }
  };

  return { me, owners, saved, loading: (quotas.loading && !nodes) || (territory.loading && !assigned), error: quotas.error ?? territory.error, save, saving };
}

/** Server errors by quotaKey (the failing part's alias is the error's path); the rest as one message. */
function failure(err: unknown, keyOf: ReadonlyMap<string, string>): SaveResult {
  const errors: Record<string, string> = {};
  const general: string[] = [];
  const list = fieldErrors(err);
  if (!list) return { ok: false, errors, message: null };
  const graphQLErrors = (err as { errors?: ReadonlyArray<{ path?: ReadonlyArray<string | number> }> }).errors ?? [];
  list.forEach((fe, i) => {
    const key = keyOf.get(String(graphQLErrors[i]?.path?.[0] ?? ''));
    if (key) errors[key] = fe.message;
    else general.push(fe.message);
  });
  return { ok: false, errors, message: general.length ? general.join(' ') : Object.keys(errors).length ? null : serverMessage(err) };
}
