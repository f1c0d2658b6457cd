// A tiny workflow that drives the engine, bundled by the sandbox test to prove
// the engine loads under Temporal's deterministic workflow sandbox.
// biome-ignore lint/style/noRestrictedImports: this file stands in for a workflow, which imports the engine by its package name
import { compileFeel, type Definition, start, step } from '@saqme/engine';

export async function engineCase(definition: Definition, now: string): Promise<string> {
  const first = start(definition, { data: { amount: 5 } }, now);
  const task = first.commands.find((c) => c.type === 'openTask');
  if (task?.type !== 'openTask') return 'no task';
  const next = step(
    definition,
    first.state,
    { type: 'taskCompleted', taskId: task.taskId, data: {} },
    now,
  );
  const feel = compileFeel('= amount * 2');
  return `${next.state.status}:${feel.ok ? String(feel.evaluate({ amount: 21 }, now)) : 'error'}`;
}
