import fs from 'node:fs';
import { printSdl, SCHEMA_FILE } from './api/schema';

// `pnpm schema` writes the SDL; `pnpm schema --check` fails when the committed file is stale.
(async () => {
  const sdl = await printSdl();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== sdl) {
      console.error('packages/server/schema.graphql differs from the schema the server emits: run `pnpm codegen` and commit it.');
      process.exit(1);
    }
    console.log('schema.graphql is up to date');
    return;
  }
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${SCHEMA_FILE}`);
})();
