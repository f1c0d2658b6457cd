// Durable side effects for the crash test, kept in files outside the worker
// process: every action writes one ledger line per idempotency key (a key
// already written is not written again), and every attempt is logged.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export class FileLedger {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  private lines(name: string): string[] {
    const file = join(this.dir, name);
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  }

  /** Writes the effect unless its key is already in the ledger; returns whether it wrote. */
  writeOnce(key: string): boolean {
    appendFileSync(join(this.dir, 'attempts.log'), `${key}\n`);
    if (this.lines('effects.log').includes(key)) return false;
    appendFileSync(join(this.dir, 'effects.log'), `${key}\n`);
    return true;
  }

  appendUnique(name: string, key: string): void {
    if (!this.lines(name).includes(key)) appendFileSync(join(this.dir, name), `${key}\n`);
  }

  effects(): string[] {
    return this.lines('effects.log');
  }

  attempts(): string[] {
    return this.lines('attempts.log');
  }

  audit(): string[] {
    return this.lines('audit.log');
  }
}
