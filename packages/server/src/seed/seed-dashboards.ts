import type { SeedContext } from './context';

/** Seeds the ten demo dashboards and their components (issue 12, dashboards helper). */
export async function seedDashboards(_ctx: SeedContext): Promise<void> {
  // Filled in by the analytics work of issue 12.
}
