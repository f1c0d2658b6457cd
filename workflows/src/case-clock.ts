// The engine's `now`: the workflow clock (deterministic in the sandbox),
// optionally shifted to a scenario's start instant and sped up, or, for
// scenario runs, held still and moved forward only by the advanceClock signal.
import type { CaseClockOptions } from './generated/procedure-input.ts';

export class CaseClock {
  private origin: number;
  private realStart: number;
  readonly speed: number;
  readonly manual: boolean;

  constructor(options: CaseClockOptions | undefined, realNow: number) {
    this.realStart = realNow;
    this.origin = options?.origin ? Date.parse(options.origin) : realNow;
    this.speed = options?.speed ?? 1;
    this.manual = options?.manual === true;
  }

  private virtual(realNow: number): number {
    return this.manual ? this.origin : this.origin + (realNow - this.realStart) * this.speed;
  }

  now(realNow: number): string {
    return new Date(this.virtual(realNow)).toISOString();
  }

  /** Real milliseconds until the case clock reaches `at`; undefined while a held clock is short of it. */
  delayUntil(at: string, realNow: number): number | undefined {
    const ahead = Date.parse(at) - this.virtual(realNow);
    if (this.manual) return ahead <= 0 ? 1 : undefined;
    return Math.max(1, Math.ceil(ahead / this.speed));
  }

  /** Moves a held clock forward (never back). */
  advance(to: string, realNow: number): void {
    if (!this.manual) return;
    this.origin = Math.max(this.origin, Date.parse(to));
    this.realStart = realNow;
  }

  /** Options that continue this clock in a new run. */
  carry(realNow: number): CaseClockOptions {
    return {
      origin: this.now(realNow),
      speed: this.speed,
      ...(this.manual ? { manual: true } : {}),
    };
  }
}
