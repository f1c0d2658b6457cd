// `pnpm bench NAME` runs bench/NAME/main.ts. Each benchmark measures our code
// and its named peers in the same process and prints, as its last line,
// `RESULT NAME key=value ...`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const benchDir = join(import.meta.dirname, '..', 'bench');
const name = process.argv[2];
const available = readdirSync(benchDir).filter((d) => existsSync(join(benchDir, d, 'main.ts')));
if (!name || !available.includes(name)) {
  console.error(
    `usage: pnpm bench NAME, where NAME is one of: ${available.join(', ') || '(none yet)'}`,
  );
  process.exit(2);
}
const run = spawnSync(
  process.execPath,
  [join(benchDir, name, 'main.ts'), ...process.argv.slice(3)],
  {
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
