// Public API of @saqme/engine: the pure core of Saqme.
export { compileFeel, type FeelCompiled, type FeelError } from './expression/compile-feel.ts';
export type { Localized } from './expression/localized.ts';
