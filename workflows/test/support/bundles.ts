// Every service the contract suite runs: the engine's fixture bundles and,
// once they exist, the bundles under examples/, plus this package's
// definition fixtures (written as data, for elements the bundles lack).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  type Bundle,
  canonicalJson,
  compile,
  type Definition,
  type ScenarioFile,
  sha256,
} from '@saqme/engine';
import type { LoadedDefinition } from '../../src/index.ts';

const root = join(import.meta.dirname, '..', '..', '..');

export interface ServiceUnderTest {
  name: string;
  loaded: LoadedDefinition;
  scenarios: Record<string, ScenarioFile>;
}

function readTree(dir: string): Bundle {
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, f);
    if (statSync(path).isFile()) files[f.split('\\').join('/')] = readFileSync(path, 'utf8');
  }
  return { files };
}

function bundleDirs(): string[] {
  const out: string[] = [];
  for (const parent of ['engine/test/fixtures', 'examples']) {
    const dir = join(root, parent);
    if (!existsSync(dir)) continue;
    for (const d of readdirSync(dir)) {
      if (existsSync(join(dir, d, 'service.json')) && existsSync(join(dir, d, 'process.bpmn')))
        out.push(join(dir, d));
    }
  }
  return out.sort();
}

export function ref(definition: Definition): LoadedDefinition {
  return {
    ref: { serviceId: definition.service.id, version: 1, hash: definition.hash },
    definition,
  };
}

/** A definition fixture: the definition body as data (its hash computed here) and its scenarios. */
interface DefinitionFixture {
  definition: Omit<Definition, 'hash'>;
  scenarios: Record<string, ScenarioFile>;
}

export function definitionFixture(name: string): ServiceUnderTest {
  const file = join(import.meta.dirname, '..', 'fixtures', `${name}.json`);
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as DefinitionFixture;
  const definition = { ...fixture.definition, hash: sha256(canonicalJson(fixture.definition)) };
  return { name: `workflows/${name}`, loaded: ref(definition), scenarios: fixture.scenarios };
}

export function definitionFixtureNames(): string[] {
  const dir = join(import.meta.dirname, '..', 'fixtures');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** Compiles every bundle (sub-services first known by id) and loads every definition fixture. */
export async function servicesUnderTest(): Promise<ServiceUnderTest[]> {
  const out: ServiceUnderTest[] = definitionFixtureNames().map(definitionFixture);
  const services: Record<string, Pick<Definition, 'service'>> = {};
  for (const s of out) services[s.loaded.ref.serviceId] = s.loaded.definition;
  const pending = bundleDirs().map((dir) => ({ dir, bundle: readTree(dir) }));
  for (let round = 0; round < 3 && pending.length > 0; round++) {
    for (const p of [...pending]) {
      const { definition, diagnostics, scenarios } = await compile(p.bundle, { services });
      const name = relative(root, p.dir);
      if (!definition) {
        if (round < 2) continue;
        throw new Error(`${name} does not compile: ${JSON.stringify(diagnostics)}`);
      }
      services[definition.service.id] = definition;
      out.push({ name, loaded: ref(definition), scenarios });
      pending.splice(pending.indexOf(p), 1);
    }
  }
  return out;
}
