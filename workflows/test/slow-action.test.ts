import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson, type Definition, sha256 } from '@saqme/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseResult } from '../src/index.ts';
import { ref } from './support/bundles.ts';
import { startCase } from './support/start-case.ts';
import { startTestEnv, type TestEnv } from './support/temporal.ts';

const body = JSON.parse(
  readFileSync(join(import.meta.dirname, 'slow-action', 'definition.json'), 'utf8'),
) as Omit<Definition, 'hash'>;
const service = ref({ ...body, hash: sha256(canonicalJson(body)) });
let env: TestEnv;

beforeAll(async () => {
  env = await startTestEnv();
});
afterAll(async () => {
  await env?.close();
});

describe('an interrupting deadline on a service task', () => {
  it('takes the timeout path and cancels the action still in flight', async () => {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const handle = await startCase(env, service, async () => {
      await released;
      return { found: true };
    });
    try {
      const result: CaseResult = await handle.result();
      expect(result.outcome).toBe('timeout');
      expect(result.path).toEqual(['Start', 'Lookup', 'Timer_Deadline', 'End_Timeout']);
      const events = (await handle.fetchHistory()).events ?? [];
      expect(events.some((e) => e.activityTaskCancelRequestedEventAttributes)).toBe(true);
    } finally {
      release();
    }
  });
});
