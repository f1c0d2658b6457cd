// The engine's `now`: the workflow clock (deterministic in the sandbox),
// optionally shifted to a scenario's start instant and sped up.
import type { CaseClockOptions } from './generated/procedure-input.ts';

export class CaseClock {
  private readonly origin: number;
  private readonly realStart: number;
  readonly speed: number;

  constructor(options: CaseClockOptions | undefined, realNow: number) {
    this.realStart = realNow;
    this.origin = options?.origin ? Date.parse(options.origin) : realNow;
    this.speed = options?.speed ?? 1;
  }

  private virtual(realNow: number): number {
    return this.origin + (realNow - this.realStart) * this.speed;
  }

  now(realNow: number): string {
    return new Date(this.virtual(realNow)).toISOString();
  }

  /** Real milliseconds from realNow until the case clock reaches `at`. */
  delayUntil(at: string, realNow: number): number {
    return Math.max(1, Math.ceil((Date.parse(at) - this.virtual(realNow)) / this.speed));
  }

  /** Options that continue this clock in a new run. */
  carry(realNow: number): CaseClockOptions {
    return { origin: this.now(realNow), speed: this.speed };
  }
}
