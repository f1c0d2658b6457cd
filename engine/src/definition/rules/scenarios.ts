// Scenarios name elements in their steps and expected path; a name that is
// not in the process is a typo or a stale scenario. Only a task completion can
// be expected to be refused for its data.
import type { RuleContext } from '../rule-context.ts';

export function scenarios({ graph, scenarios: files, d }: RuleContext): void {
  for (const [name, scenario] of Object.entries(files)) {
    const file = `scenarios/${name}.json`;
    const check = (id: string | undefined, pointer: string) => {
      if (id !== undefined && !graph.nodes[id])
        d.add('SCENARIO_UNKNOWN_ELEMENT', { path: `${file}#${pointer}` }, { file, id });
    };
    (scenario.steps ?? []).forEach((step, i) => {
      check(step.node, `/steps/${i}/node`);
      if (step.expectInvalid && step.do !== 'completeTask')
        d.add(
          'SCENARIO_EXPECT_INVALID_STEP',
          { path: `${file}#/steps/${i}/expectInvalid` },
          { file, step: step.do },
        );
    });
    (scenario.expect.path ?? []).forEach((id, i) => {
      check(id, `/expect/path/${i}`);
    });
  }
}
