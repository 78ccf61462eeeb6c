import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { crmError } from '../common/errors';
import { variableErrors } from './variable-errors';

/** Nesting depth of the selected operation, fragments expanded; introspection fields count too. */
export function queryDepth(doc: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const walk = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) max = Math.max(max, s.selectionSet ? 1 + walk(s.selectionSet, seen) : 1);
      else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, walk(s.selectionSet, seen));
      else if (!seen.has(s.name.value)) {
        const f = fragments.get(s.name.value);
        max = Math.max(max, walk(f?.selectionSet, new Set(seen).add(s.name.value)));
      }
    }
    return max;
  };
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const op = ops.find((o) => !operationName || o.name?.value === operationName) ?? ops[0];
  return op && op.kind === Kind.OPERATION_DEFINITION ? walk(op.selectionSet, new Set()) : 0;
}

/** A list field costs its page size (first/last, default 20) times what each item selects. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = args.first ?? args.last;
  if (typeof size === 'number') return 1 + childComplexity * Math.max(size, 1);
  if ('first' in args || 'after' in args) return 1 + childComplexity * 20;
  return undefined;
};

/**
 * Refuses operations over the depth or cost limit before any resolver runs, with an error that
 * names the limit and the measured value.
 */
export function operationLimitsPlugin(schema: GraphQLSchema, maxDepth: number, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          const depth = queryDepth(document, request.operationName);
          if (depth > maxDepth) {
            throw crmError('QUERY_TOO_DEEP', `Query depth ${depth} exceeds the limit of ${maxDepth}`, { limit: maxDepth, depth, http: { status: 400 } });
          }
          // A bad variable is the caller's input error, before the cost (which coerces them too).
          const op = operation ?? undefined;
          const bad = op ? variableErrors(schema, op, request.variables ?? {}) : [];
          if (bad.length) throw bad[0];
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (e) {
            // Variables are valid by now; an estimator's failure is still the caller's input.
            throw crmError('BAD_USER_INPUT', (e as Error).message, { http: { status: 400 } });
          }
          if (cost > maxCost) {
            throw crmError('QUERY_TOO_COMPLEX', `Query cost ${cost} exceeds the limit of ${maxCost}`, { limit: maxCost, cost, http: { status: 400 } });
          }
        },
      };
    },
  };
}
