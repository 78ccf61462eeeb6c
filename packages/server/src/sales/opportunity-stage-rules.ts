import { badInput } from '../common/errors';
import type { OpportunityStage } from './opportunity-stage.entity';

/** What the stage decides on an opportunity. */
export interface StagedRow {
  stageName: string;
  probability: number | null;
  forecastCategoryName: string;
  isClosed: boolean;
  isWon: boolean;
}

/**
 * The stage's consequences on a row whose input was already copied (pure; used by
 * OpportunityService and by mass updates): a new or changed stage must be active (a stage
 * deactivated later stays valid on records that have it), and sets probability and forecast
 * category unless the input gives them (null: the stage default); isClosed and isWon follow it.
 * `stageBefore` is the stage the row had before the input (ignored when `isNew`).
 */
export function applyStage(row: StagedRow, input: Record<string, unknown>, stages: OpportunityStage[], isNew: boolean, stageBefore?: string): void {
  const changed = isNew || row.stageName !== stageBefore;
  const stage = stages.find((s) => s.apiName === row.stageName && (s.isActive || !changed));
  if (!stage) throw badInput('stageName', `"${row.stageName}" is not an active opportunity stage`);
  if (input.probability === null || (changed && input.probability === undefined)) row.probability = Number(stage.defaultProbability);
  if (input.forecastCategoryName === null || (changed && input.forecastCategoryName === undefined)) row.forecastCategoryName = stage.forecastCategoryName;
  row.isClosed = stage.isClosed;
  row.isWon = stage.isWon;
}
