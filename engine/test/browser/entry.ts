// Browser entry for the browser test: the engine's public API on `window`,
// so the page can compile and simulate a bundle with no server.
import { type Bundle, compile, simulate } from '../../src/index.ts';

async function run(bundle: Bundle) {
  const { definition, diagnostics, scenarios } = await compile(bundle);
  if (!definition) return { diagnostics };
  const results = Object.fromEntries(
    Object.entries(scenarios).map(([name, s]) => {
      const r = simulate(definition, s);
      return [name, { ok: r.ok, path: r.path, outcome: r.outcome, failures: r.failures }];
    }),
  );
  return { hash: definition.hash, results };
}

(globalThis as unknown as { saqmeEngine: { run: typeof run } }).saqmeEngine = { run };
