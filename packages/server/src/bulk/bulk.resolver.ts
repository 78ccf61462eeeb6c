import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../api/request-context';
import type { OrderByValue } from '../common/list/define-list';
import { BULK_OBJECTS, type BulkObject } from './bulk-objects';
import { BulkMode, BulkObjectApiName, BulkResult, CsvExport, FieldValueInput, ImportPreview, ImportRecordsInput } from './bulk.types';
import { exportCsvService } from './export-csv.service';
import { importPreview } from './import-preview';
import { importService } from './import.service';
import { massUpdateService, type MassUpdateInput } from './mass-update.service';

const field = (target: object, key: string, type: () => unknown, options: object) => Field(type as never, options)(target, key);

/** `MassUpdateOpportunitiesInput` etc.: the rows (ids, the list's own filter, or a CSV) and the values. */
function massUpdateInput(obj: BulkObject) {
  class Input {}
  InputType(`MassUpdate${obj.plural}Input`, {
    description: `Rows: exactly one of ids, filter or csv. Values: set on every row (a CSV adds its own per row). At most 50,000 rows.`,
  })(Input);
  const p = Input.prototype;
  field(p, 'ids', () => [ID], { nullable: true, description: 'The records; an error reports its position in this list as the row.' });
  field(p, 'expectedVersions', () => [Int], { nullable: true, description: 'The version read of each id (same order): a record changed since fails with CONFLICT.' });
  field(p, 'filter', () => obj.service.list.Filter, { nullable: true, description: `Every visible record the ${obj.name} list filter matches (the list's filter language), in the list's default order.` });
  field(p, 'csv', () => String, {
    nullable: true,
    description: 'A CSV file: an id column, optionally version, and one column per field to set (header = field name); blank cells change nothing. Rows as a spreadsheet shows them (header = row 1).',
  });
  field(p, 'values', () => [FieldValueInput], { nullable: true, description: 'Fields to set on every row.' });
  field(p, 'mode', () => BulkMode, { nullable: true, defaultValue: BulkMode.ALL_OR_NOTHING });
  field(p, 'dryRun', () => Boolean, { nullable: true, defaultValue: false, description: 'Check every row, write nothing.' });
  return Input;
}

/** `massUpdateOpportunities` and `exportOpportunitiesCsv`, and the same for the other objects. */
function bulkResolver(obj: BulkObject) {
  const Input = massUpdateInput(obj);
  const list = obj.service.list;

  @Resolver()
  class BulkObjectResolver {
    @Mutation(() => BulkResult, {
      name: `massUpdate${obj.plural}`,
      description:
        `Mass update of ${obj.name} records with every rule of a single update (validation rules, derived fields, owners, references, ` +
        'visibility: a record you cannot edit is a FORBIDDEN row, an unknown one NOT_FOUND), field history, set-based. ' +
        'ALL_OR_NOTHING writes nothing when any row fails; PER_ROW writes the valid rows.',
    })
    massUpdate(@Arg('input', () => Input) input: MassUpdateInput, @Ctx() ctx: RequestContext) {
      return massUpdateService.massUpdate(ctx, obj.name, input);
    }

    @Query(() => CsvExport, {
      name: `export${obj.plural}Csv`,
      description:
        `The ${obj.name} list as CSV with its filter and order, scoped like the list (at most 50,000 rows). Columns: field names, or ` +
        'references as names (owner.name, account.name, parent.name ...); default: every field with references as names.',
    })
    exportCsv(
      @Ctx() ctx: RequestContext,
      @Arg('filter', () => list.Filter, { nullable: true }) filter?: Record<string, unknown>,
      @Arg('orderBy', () => [list.OrderBy], { nullable: true }) orderBy?: OrderByValue[],
      @Arg('columns', () => [String], { nullable: true }) columns?: string[],
    ) {
      return exportCsvService.exportCsv(ctx, obj.name, filter, orderBy, columns);
    }
  }
  Object.defineProperty(BulkObjectResolver, 'name', { value: `Bulk${obj.name}Resolver` });
  return BulkObjectResolver;
}

@Resolver()
export class ImportResolver {
  @Mutation(() => BulkResult, {
    description:
      'The import wizard: CSV rows create records or, with matchBy, update the record they match; references by name or external id; ' +
      'validation rules apply. Rows numbered as a spreadsheet shows the file (header = row 1). A malformed file (unterminated quote) writes nothing.',
  })
  importRecords(@Arg('input', () => ImportRecordsInput) input: ImportRecordsInput, @Ctx() ctx: RequestContext) {
    return importService.importRecords(ctx, input);
  }

  @Query(() => ImportPreview, { description: 'The import wizard\'s first step: headers, the first rows and a suggested mapping (by header name, also Korean and Chinese).' })
  importPreview(@Arg('objectApiName', () => BulkObjectApiName) objectApiName: BulkObjectApiName, @Arg('csv') csv: string, @Ctx() ctx: RequestContext) {
    void ctx.user;
    return importPreview(objectApiName, csv);
  }
}

export const bulkResolvers: Function[] = [...Object.values(BULK_OBJECTS).map(bulkResolver), ImportResolver];
