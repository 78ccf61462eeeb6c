import { DEFAULT_CRITERIA, type ViewCriteria } from '../hooks/use-opportunities-view';

export interface ListView {
  id: string;
  /** Built-in views carry a translation key; the user's own views their name. */
  labelKey?: 'myOpen' | 'closingThisMonth' | 'teamPipeline' | 'wonThisQuarter';
  name?: string;
  criteria: ViewCriteria;
  managersOnly?: boolean;
}

export const BUILT_IN_VIEWS: readonly ListView[] = [
  { id: 'my-open', labelKey: 'myOpen', criteria: DEFAULT_CRITERIA },
  { id: 'closing-this-month', labelKey: 'closingThisMonth', criteria: { ...DEFAULT_CRITERIA, period: 'thisMonth' } },
  { id: 'team-pipeline', labelKey: 'teamPipeline', criteria: { ...DEFAULT_CRITERIA, scope: 'team' }, managersOnly: true },
  {
    id: 'won-this-quarter',
    labelKey: 'wonThisQuarter',
    criteria: { ...DEFAULT_CRITERIA, status: 'won', period: 'thisQuarter', sort: 'closeDate', direction: 'desc' },
  },
];
