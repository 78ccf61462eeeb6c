// `pnpm seed [--reset]`: seeds the demo organisation into an empty database (or recreates it with --reset).
import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { openDatabase } from '../db/database';
import { Organization } from '../identity/organization.entity';
import { resetDemo } from './reset';
import { DEMO_USERS, seedDemo } from './seed';

async function main(): Promise<number> {
  const reset = process.argv.includes('--reset');
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    const where = db.kind === 'embedded' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
    if (reset) {
      const how = await resetDemo(db.dataSource);
      console.log(how === 'none' ? 'No demo organisation to remove.' : `Removed the demo organisation (${how}).`);
    } else if ((await db.dataSource.getRepository(Organization).count()) > 0) {
      console.log(`The database (${where}) already has data: nothing seeded. Use \`pnpm seed --reset\` to recreate the demo organisation.`);
      return 0;
    }
    const started = Date.now();
    const summary = await seedDemo(db.dataSource);
    const ms = Date.now() - started;
    console.log(`\nSeeded the demo organisation into ${where} in ${(ms / 1000).toFixed(1)} s:`);
    for (const [k, v] of Object.entries(summary)) if (k !== 'orgId') console.log(`  ${k.padEnd(24)} ${v}`);
    console.log('\nSign in with (password demo1234):');
    for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(24)} ${u.role.padEnd(15)} ${u.name}, ${u.title}`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('Seeding failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
