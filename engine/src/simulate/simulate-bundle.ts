// Compiles a bundle and runs every scenario in it: what CI and the studio's
// "try it" call with a bundle in hand.
import type { Bundle } from '../definition/bundle.ts';
import { compile } from '../definition/compile.ts';
import type { CompileOptions } from '../definition/rule-context.ts';
import type { Diagnostic } from '../generated/diagnostic.ts';
import { type SimulateOptions, type SimulationResult, simulate } from './simulate.ts';

export interface BundleSimulation {
  diagnostics: Diagnostic[];
  results: Record<string, SimulationResult>;
}

export async function simulateBundle(
  bundle: Bundle,
  options: CompileOptions = {},
  simulateOptions: SimulateOptions = {},
): Promise<BundleSimulation> {
  const { definition, diagnostics, scenarios } = await compile(bundle, options);
  const results: Record<string, SimulationResult> = {};
  if (definition) {
    for (const [name, scenario] of Object.entries(scenarios))
      results[name] = simulate(definition, scenario, simulateOptions);
  }
  return { diagnostics, results };
}
