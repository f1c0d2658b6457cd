// Public API of @saqme/examples: the agency's services as runnable bundles,
// and the contract of what those bundles send to the runtime's actions.
export { EXAMPLES_DIR, type ExampleRef, listExamples, loadExample } from './examples.ts';
export type * from './generated/action-inputs.ts';
export { default as actionInputsSchema } from './schemas/action-inputs.schema.json' with {
  type: 'json',
};
