// `pnpm bench engine`: the same 21-node BPMN process (exclusive and parallel
// gateways, eleven service tasks, a user task completed by script) run many
// times in memory through our simulator and through bpmn-engine, in one
// process. Both sides get their best case: our definition compiled once (FEEL
// cached by source), bpmn-engine's XML parsed once and its serialized source
// context reused for every instance.
import { EventEmitter } from 'node:events';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compile, type ScenarioFile, simulate } from '@saqme/engine';
import { Engine } from 'bpmn-engine';

const here = import.meta.dirname;
const RUN_MS = Number(process.env.BENCH_MS ?? 5000);
const VARIANTS = [
  { urgent: true, approved: true },
  { urgent: false, approved: true },
  { urgent: true, approved: false },
  { urgent: false, approved: false },
];
const ACTIONS = [
  'registry.register',
  'risk.score',
  'queue.fast',
  'queue.normal',
  'check.registry',
  'check.archive',
  'check.fee',
  'archive.store',
  'registry.issue',
  'case.close',
  'notify.citizen',
];

function readBundle(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}

function scenario(v: (typeof VARIANTS)[number]): ScenarioFile {
  return {
    schemaVersion: 1,
    title: { ka: 'საორიენტაციო', en: 'Benchmark' },
    start: {
      at: '2026-03-02T09:00:00+04:00',
      data: { personalNumber: '01001012345', amount: v.approved ? 500 : 5000, urgent: v.urgent },
    },
    actions: Object.fromEntries(ACTIONS.map((a) => [a, { output: { ok: true } }])),
    steps: [{ do: 'completeTask', node: 'Review', data: { approved: true } }],
    expect: { status: 'completed', outcome: v.approved ? 'approved' : 'rejected' },
  };
}

function rate(run: () => void): number {
  const started = performance.now();
  let n = 0;
  while (performance.now() - started < RUN_MS) {
    for (let i = 0; i < 50; i++) run();
    n += 50;
  }
  return (n * 1000) / (performance.now() - started);
}

async function rateAsync(run: () => Promise<void>): Promise<number> {
  const started = performance.now();
  let n = 0;
  while (performance.now() - started < RUN_MS) {
    await run();
    n++;
  }
  return (n * 1000) / (performance.now() - started);
}

// Ours: compile once, then simulate each instance.
const { definition, diagnostics } = await compile({ files: readBundle(join(here, 'bundle')) });
if (!definition) throw new Error(`bench bundle does not compile: ${JSON.stringify(diagnostics)}`);
const scenarios = VARIANTS.map(scenario);
for (const s of scenarios) {
  const r = simulate(definition, s);
  if (!r.ok) throw new Error(`our run failed: ${JSON.stringify(r.failures)}`);
}
console.log(
  `ours: ${Object.keys(definition.nodes).length} nodes, ${Object.keys(definition.flows).length} flows`,
);

// bpmn-engine: parse once, reuse the serialized source context.
const peerXml = readFileSync(join(here, 'peer.bpmn'), 'utf8');
const seed = new Engine({ name: 'seed', source: peerXml }) as Engine & {
  _serializeSource(source: string): Promise<unknown>;
};
// bpmn-engine serializes a parsed moddle context with moddle-context-serializer
// inside the engine; the seed engine's own method yields that context once.
const sourceContext = await seed._serializeSource(peerXml);
const services = {
  ok: (_message: unknown, next: (err: unknown, out: unknown) => void) => next(null, { ok: true }),
};

function peerInstance(v: (typeof VARIANTS)[number], visited?: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const listener = new EventEmitter();
    listener.on('wait', (api: { signal(message: unknown): void }) =>
      api.signal({ approved: v.approved }),
    );
    if (visited) listener.on('activity.end', (api: { id: string }) => visited.push(api.id));
    const engine = new Engine({
      name: 'bench',
      sourceContext: sourceContext as never,
      services,
      variables: { urgent: v.urgent, approved: v.approved },
    });
    engine.once('end', () => resolve());
    engine.once('error', reject);
    engine.execute({ listener }).catch(reject);
  });
}

for (const v of VARIANTS) {
  const visited: string[] = [];
  await peerInstance(v, visited);
  const end = v.approved ? 'EndApproved' : 'EndRejected';
  if (!visited.includes(end) || !visited.includes('Review'))
    throw new Error(`bpmn-engine run missed ${end}: ${visited}`);
}

let k = 0;
const ours = rate(() => {
  const r = simulate(definition, scenarios[k++ % scenarios.length]!, { timeline: false });
  if (r.status !== 'completed') throw new Error('our instance did not complete');
});
let j = 0;
const peer = await rateAsync(() => peerInstance(VARIANTS[j++ % VARIANTS.length]!));

console.log(
  `ours: ${ours.toFixed(0)} instances/s; bpmn-engine ${peer.toFixed(1)} instances/s (${RUN_MS} ms each)`,
);
console.log(
  `RESULT engine ours_per_s=${ours.toFixed(0)} bpmn_engine_per_s=${peer.toFixed(1)} ratio=${(ours / peer).toFixed(1)}`,
);
