// Lets tsc type-check TypeScript that imports components; the components'
// own types are checked by the Svelte compiler in the renderer tests.
declare module '*.svelte' {
  import type { Component } from 'svelte';

  const component: Component<Record<string, unknown>>;
  export default component;
}
