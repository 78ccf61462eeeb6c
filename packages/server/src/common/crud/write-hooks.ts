import type { RequestContext } from '../../api/request-context';

type Row = Record<string, unknown>;

/**
 * Checks that domains above `common` plug into every CrudService write (so `common` imports
 * none of them): `validate` is the validation-rules engine (src/validation), run after the
 * input is applied and before the row is saved; it throws to refuse the write.
 */
export const writeHooks: {
  validate?: (ctx: RequestContext, objectApiName: string, before: Row | null, after: Row) => Promise<void>;
} = {};
