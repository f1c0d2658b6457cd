// Test helper: single fixture files as text, through Vite's import.meta.glob.
const raw = import.meta.glob('./fixtures/**/*.bpmn', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export function fixtureText(path: string): string {
  const text = raw[`./fixtures/${path}`];
  if (text === undefined) throw new Error(`no fixture ${path}`);
  return text;
}
