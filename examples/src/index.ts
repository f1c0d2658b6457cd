// Public API of @saqme/examples: the agency's services as runnable bundles.
export { EXAMPLES_DIR, type ExampleRef, listExamples, loadExample } from './examples.ts';
