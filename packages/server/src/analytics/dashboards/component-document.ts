import { Kind, parse, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { badInput } from '../../common/errors';
import { sha256Hex } from '../../api/persisted-queries';
import { LIVE_OBJECTS } from '../live/change-feed';

/** Variables a component document may declare: the dashboard filters arrive through them. */
const VARIABLES = new Set(['filter', 'filters', 'scope']);
/** The one mutation a widget may run: a saved report, counting the run. */
const MUTATIONS = new Set(['runSavedReport']);

/** Objects whose changes a component follows when it does not say (by the root field it reads). */
const OBJECTS_BY_ROOT: Record<string, string[]> = {
  salesKpis: ['Opportunity', 'Lead', 'Task', 'Event', 'Campaign', 'CampaignMember'],
  serviceKpis: ['Case'],
  dataHygiene: ['Opportunity', 'Task', 'Event'],
  opportunityHistory: ['Opportunity'],
  runReport: ['Opportunity'],
  runSavedReport: ['Opportunity'],
  savedReportResult: ['Opportunity'],
  opportunities: ['Opportunity'],
  opportunityFieldHistories: ['Opportunity'],
  accounts: ['Account'],
  cases: ['Case'],
  leads: ['Lead'],
};

export interface CheckedDocument {
  document: string;
  documentHash: string;
  rootFields: string[];
}

/**
 * A component document must be one valid operation against the schema: a query, or a mutation
 * of runSavedReport only; its only variables are $filter, $filters and $scope. The text is kept as
 * written, and its SHA-256 is the persisted-query hash the widget sends.
 */
export function checkDocument(schema: GraphQLSchema, text: string): CheckedDocument {
  let doc: DocumentNode;
  try {
    doc = parse(text);
  } catch (e) {
    throw badInput('document', `The document does not parse: ${(e as Error).message}`);
  }
  const errors = validate(schema, doc);
  if (errors.length) throw badInput('document', `The document is not valid: ${errors[0].message}`);
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (ops.length !== 1) throw badInput('document', 'The document must hold exactly one operation');
  const op = ops[0];
  const rootFields = op.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : ''));
  if (op.operation === 'subscription') throw badInput('document', 'A component document cannot be a subscription');
  if (op.operation === 'mutation' && !rootFields.every((f) => MUTATIONS.has(f))) {
    throw badInput('document', 'The only mutation a component may run is runSavedReport');
  }
  const extra = (op.variableDefinitions ?? []).map((v) => v.variable.name.value).find((n) => !VARIABLES.has(n));
  if (extra) throw badInput('document', `Variable $${extra} is not allowed: component documents take $filter (KpiFilter), $filters ([ReportFilterInput!]) or $scope (ReportScopeInput)`);
  return { document: text, documentHash: sha256Hex(text), rootFields };
}

/** The objects given (checked), or those the root fields read. */
export function componentObjects(given: string[] | undefined | null, rootFields: string[]): string[] {
  if (given?.length) {
    const bad = given.find((o) => !(LIVE_OBJECTS as readonly string[]).includes(o));
    if (bad) throw badInput('objects', `"${bad}" is not one of ${LIVE_OBJECTS.join(', ')}`);
    return [...new Set(given)];
  }
  return [...new Set(rootFields.flatMap((f) => OBJECTS_BY_ROOT[f] ?? []))];
}

/** settings must be a JSON object when given. */
export function checkSettings(settings: string | null | undefined): string | null {
  if (settings == null || settings === '') return null;
  let v: unknown;
  try {
    v = JSON.parse(settings);
  } catch {
    throw badInput('settings', 'settings is not JSON');
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw badInput('settings', 'settings must be a JSON object');
  return settings;
}
