import type { SeedContext } from './context';

/** Seeds report folders and the demo reports (issue 12, reports helper). */
export async function seedReports(_ctx: SeedContext): Promise<void> {
  // Filled in by the analytics work of issue 12.
}
