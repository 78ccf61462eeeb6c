import { registerFileAccess } from '../files/file.service';
import { Case } from './case.entity';

// Files attached to a case are read by whoever can read the case (one batched lookup).
registerFileAccess('Case', {
  many: async (ctx, ids) => {
    const rows = await ctx.loaders.byId(Case, 'owner').loadMany(ids);
    return new Set(rows.flatMap((r) => (r && !(r instanceof Error) ? [r.id] : [])));
  },
});
