// Publish-time generation of standalone validator modules (Node only: it
// bundles with esbuild). Browsers import the generated modules, not this.
export { generateStandalone, validatorCode } from './generate.ts';
export { createStandaloneValidator, type StandaloneParts } from './runtime.ts';
