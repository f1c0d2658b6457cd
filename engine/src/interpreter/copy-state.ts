// A copy of a case state that step() may change without touching its input.
// Only the parts the interpreter writes are copied: variable values, path
// entries and timer entries are replaced, never changed in place, so they are shared.
import type { CaseState } from '../generated/state.ts';

export function copyState(state: CaseState): CaseState {
  const joins: CaseState['joins'] = {};
  for (const [id, counts] of Object.entries(state.joins)) joins[id] = { ...counts };
  return {
    ...state,
    variables: { ...state.variables },
    visits: { ...state.visits },
    tokens: state.tokens.map((t) => ({ ...t })),
    joins,
    path: state.path.slice(),
  };
}
