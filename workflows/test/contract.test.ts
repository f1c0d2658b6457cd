// One contract, two executors: every scenario of every service gives the same
// path, status and outcome in the simulator and on the real Temporal server.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Definition, simulate, type TaskValidator } from '@saqme/engine';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatorFor } from '../src/form-validators.ts';
import { type ServiceUnderTest, servicesUnderTest } from './support/bundles.ts';
import { publish } from './support/memory-deps.ts';
import { runScenarioOnTemporal } from './support/run-scenario.ts';
import { startTestEnv, type TestEnv } from './support/temporal.ts';

const services: ServiceUnderTest[] = await servicesUnderTest();
const histories = join(import.meta.dirname, 'histories');
const definitions = Object.fromEntries(
  services.map((s) => [s.loaded.ref.serviceId, s.loaded.definition]),
);

/** The simulator checks submissions with the very validators the workflow uses. */
function taskValidator(definition: Definition): TaskValidator {
  return (key, data, { now }) => {
    const validator = validatorFor(definition, key);
    if (!validator) return [];
    const result = validator.validate(data, 'en', { now });
    return result.ok ? [] : result.issues;
  };
}
let env: TestEnv;

beforeAll(async () => {
  env = await startTestEnv();
  for (const s of services) publish(env.deps, s.loaded);
});
afterAll(async () => {
  await env?.close();
});

describe('the procedure workflow and the simulator', () => {
  it('find at least the engine fixture bundles to compare', () => {
    expect(services.map((s) => s.name)).toContain('engine/test/fixtures/municipal-request');
  });

  for (const service of services) {
    for (const [name, scenario] of Object.entries(service.scenarios)) {
      it.concurrent(`agree on ${service.name}: ${name}`, async () => {
        const simulated = simulate(service.loaded.definition, scenario, {
          services: definitions,
          validateTask: taskValidator(service.loaded.definition),
        });
        const run = await runScenarioOnTemporal(
          env,
          service,
          scenario,
          simulated.status !== 'running',
        );
        expect(run.failures).toEqual([]);
        // A running case waiting on an incident shows the workflow status `incident`.
        const incident = simulated.state.tokens.some((t) => t.wait === 'incident');
        expect({ path: run.path, status: run.status, outcome: run.outcome }).toEqual({
          path: simulated.path,
          status: simulated.status === 'running' && incident ? 'incident' : simulated.status,
          outcome: simulated.outcome,
        });
        if (process.env.SAQME_RECORD_HISTORIES === '1') {
          const history = await env.client.workflow.getHandle(run.workflowId).fetchHistory();
          const dir = join(histories, service.name.replaceAll('/', '-'));
          mkdirSync(dir, { recursive: true });
          writeFileSync(join(dir, `${name}.json`), `${historyToJSON(history)}\n`);
        }
      });
    }
  }
});
