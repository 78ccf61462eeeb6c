import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { hasRules } from './validate-input';

type Param = NonNullable<ReturnType<typeof getMetadataStorage>['fieldResolvers'][number]['params']>[number];

/** A class whose instances are plain data: no validation rules, no methods or accessors. */
function isPlainData(cls: unknown): boolean {
  if (typeof cls !== 'function' || hasRules(cls)) return false;
  for (let p = cls.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    if (Object.getOwnPropertyNames(p).some((k) => k !== 'constructor')) return false;
  }
  return true;
}

/** How to read one parameter from graphql's (root, args, context, info), or null if not plainly. */
function reader(p: Param): ((root: unknown, args: Record<string, unknown>, ctx: unknown, info: unknown) => unknown) | null {
  switch (p.kind) {
    case 'root':
      return p.propertyName ? null : (root) => root;
    case 'context':
      return p.propertyName ? null : (_r, _a, ctx) => ctx;
    case 'info':
      return (_r, _a, _c, info) => info;
    case 'args':
      return isPlainData(p.getType()) ? (_r, args) => args : null;
    case 'arg': {
      const t = p.getType();
      const scalar = typeof t === 'object' || (typeof t === 'function' && ['Number', 'String', 'Boolean'].includes(t.name));
      return scalar ? (_r, args) => args[p.name] : null;
    }
    default:
      return null;
  }
}

/**
 * type-graphql calls every field resolver through generic machinery that, on each call, sorts
 * the parameter list, converts the arguments to class instances, validates them asynchronously
 * and allocates its resolver data: on large pages (65,000 `owner` fields in one response) that
 * cost more than the work itself. Where a field resolver has no middlewares or roles and its
 * arguments are scalars or rule-free plain classes (paging, filters), this installs a direct
 * call with the same parameters; GraphQL has already coerced the arguments and applied defaults.
 */
export function leanFieldResolvers(schema: GraphQLSchema, resolverClasses: Function[]): void {
  const storage = getMetadataStorage();
  const candidates = new Map<string, typeof storage.fieldResolvers>();
  for (const m of storage.fieldResolvers) {
    if (m.kind !== 'external' || !resolverClasses.includes(m.target) || !m.params || !m.getObjectType) continue;
    const typeName = storage.objectTypes.find((o) => o.target === m.getObjectType!())?.name;
    const key = `${typeName}.${m.schemaName}`;
    candidates.set(key, [...(candidates.get(key) ?? []), m]);
  }
  for (const [key, [m, ...others]] of candidates) {
    if (others.length || m.middlewares?.length || m.roles) continue;
    const [typeName, fieldName] = key.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    const readers = [...m.params!].sort((a, b) => a.index - b.index).map(reader);
    if (!field || readers.some((r) => !r)) continue;
    const instance = new (m.target as new () => Record<string, (...a: unknown[]) => unknown>)();
    const method = instance[m.methodName];
    const read = readers as NonNullable<(typeof readers)[number]>[];
    // A root that is not yet an instance of its declared class goes the generic way (converted).
    const rootType = (m.params!.find((p) => p.kind === 'root') as { getType?: () => unknown } | undefined)?.getType?.();
    const generic = field.resolve!;
    field.resolve = ((root, args, ctx, info) => {
      if (typeof rootType === 'function' && !(root instanceof rootType)) return generic(root, args, ctx, info);
      return method.apply(instance, read.map((r) => r(root, args, ctx, info)));
    }) as GraphQLFieldResolver<unknown, unknown>;
  }
}
