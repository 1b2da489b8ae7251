/** CLI: `npm run fixtures` writes every fixture model to e2e/fixtures/generated/. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURE_OUTPUT_DIR, fixtureScripts } from './fixture-scripts';
import { writeFixtures } from './write-fixtures';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
writeFixtures(join(repoRoot, FIXTURE_OUTPUT_DIR), fixtureScripts);
