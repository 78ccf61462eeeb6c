import { Initial1795420171994 } from './migrations/1795420171994-Initial';
/** Applied in order by `openDatabase`; new ones come from `pnpm --filter @crm/server migration:generate <Name>`. */
export const migrations: Function[] = [
  Initial1795420171994,
];
