// The Svelte 5 renderer of @saqme/forms: `Form` draws a form file from the
// registry; the studio mounts it and posts to a SvelteKit form action.
export { default as ErrorSummary } from './ErrorSummary.svelte';
export { default as Field } from './Field.svelte';
export { default as Form } from './Form.svelte';
export type { FieldProps } from './field-props.ts';
export { layout, widgets } from './registry.ts';
export { uiText } from './ui-text.ts';
