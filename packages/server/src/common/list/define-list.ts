import { Field, InputType, ObjectType, ArgsType, Int, registerEnumType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { FILTER_INPUT, type FieldKind } from './filter-inputs';
import { PageArgs, PageInfo, SortDirection, type Page } from './connection-types';
import { encodeCursor } from './cursor';

export interface FieldSpec {
  kind: FieldKind;
  /** SQL column when it differs from the field name. */
  column?: string;
  sortable?: boolean;
  description?: string;
}

export interface ListSpec {
  /** GraphQL type name, e.g. "Opportunity". */
  name: string;
  fields: Record<string, FieldKind | FieldSpec>;
  /** Applied when orderBy is absent; `id` always breaks ties. */
  defaultOrder: Array<[string, SortDirection]>;
}

export interface ListDefinition<T = any> {
  spec: ListSpec;
  fields: Record<string, Required<Pick<FieldSpec, 'kind' | 'column'>> & FieldSpec>;
  Filter: ClassType;
  OrderBy: ClassType;
  Args: ClassType<PageArgs & { filter?: Record<string, unknown>; orderBy?: OrderByValue[] }>;
  Connection: ClassType<Page<T>>;
}

export interface OrderByValue {
  field: string;
  direction?: SortDirection;
}

const applyField = (target: object, key: string, type: () => unknown, options: object) =>
  Field(type as never, options)(target, key);

/**
 * Generates the GraphQL list vocabulary of one object, the same for every object:
 * `XFilter` (per-field operators, `_and`, `_or`), `XSortField`, `XOrderBy`, list args and
 * `XConnection` / `XEdge` with `totalCount`.
 */
export function defineList<T extends object>(node: () => ClassType<T>, spec: ListSpec): ListDefinition<T> {
  const fields: ListDefinition<T>['fields'] = {};
  for (const [key, v] of Object.entries(spec.fields)) {
    const f = typeof v === 'string' ? { kind: v } : v;
    fields[key] = { sortable: f.kind !== 'boolean', ...f, column: f.column ?? key };
  }

  class Filter {}
  InputType(`${spec.name}Filter`, { description: `Conditions on ${spec.name} records.` })(Filter);
  for (const [key, f] of Object.entries(fields)) {
    applyField(Filter.prototype, key, () => FILTER_INPUT[f.kind], { nullable: true, description: f.description });
  }
  applyField(Filter.prototype, '_and', () => [Filter], { nullable: true, description: 'All of these.' });
  applyField(Filter.prototype, '_or', () => [Filter], { nullable: true, description: 'Any of these.' });

  const sortEnum: Record<string, string> = {};
  for (const [key, f] of Object.entries(fields)) if (f.sortable) sortEnum[key] = key;
  registerEnumType(sortEnum, { name: `${spec.name}SortField` });

  class OrderBy {}
  InputType(`${spec.name}OrderBy`)(OrderBy);
  applyField(OrderBy.prototype, 'field', () => sortEnum, {});
  applyField(OrderBy.prototype, 'direction', () => SortDirection, { defaultValue: SortDirection.ASC });

  class Args extends PageArgs {}
  ArgsType()(Args);
  applyField(Args.prototype, 'filter', () => Filter, { nullable: true });
  applyField(Args.prototype, 'orderBy', () => [OrderBy], { nullable: true });

  class Edge {
    constructor(
      readonly node: T,
      readonly cursor: string,
    ) {}
  }
  ObjectType(`${spec.name}Edge`)(Edge);
  applyField(Edge.prototype, 'node', node, {});
  applyField(Edge.prototype, 'cursor', () => String, {});

  class Connection implements Page<T> {
    nodes: T[];
    offset: number;
    totalCount: number;
    get edges() {
      return this.nodes.map((n, i) => new Edge(n, encodeCursor(this.offset + i)));
    }
    get pageInfo(): PageInfo {
      const n = this.nodes.length;
      return {
        hasPreviousPage: this.offset > 0,
        hasNextPage: this.offset + n < this.totalCount,
        startCursor: n ? encodeCursor(this.offset) : null,
        endCursor: n ? encodeCursor(this.offset + n - 1) : null,
      };
    }
  }
  ObjectType(`${spec.name}Connection`, { description: `A page of ${spec.name} records.` })(Connection);
  applyField(Connection.prototype, 'edges', () => [Edge], {});
  applyField(Connection.prototype, 'nodes', () => [node()], {});
  applyField(Connection.prototype, 'pageInfo', () => PageInfo, {});
  applyField(Connection.prototype, 'totalCount', () => Int, { description: 'All records that match, over all pages.' });

  return { spec, fields, Filter, OrderBy, Args: Args as never, Connection: Connection as never };
}

/** An empty page, already an instance of its list's Connection class. */
export function newPage<T>(def: ListDefinition<T>, offset: number, totalCount: number): Page<T> {
  const page = new def.Connection();
  page.nodes = [];
  page.offset = offset;
  page.totalCount = totalCount;
  return page;
}

/** Wraps a loaded page in the Connection class of its list. */
export function toConnection<T>(def: ListDefinition<T>, page: Page<T>): Page<T> {
  return Object.assign(new def.Connection(), page);
}
