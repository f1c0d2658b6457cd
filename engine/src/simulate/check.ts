// Compares a finished simulation with the scenario's `expect` block.
import type { Localized } from '../expression/localized.ts';
import type { ScenarioFile } from '../generated/scenario.ts';
import type { CaseState } from '../generated/state.ts';

export interface CheckFailure {
  code: string;
  path: string;
  message: Localized;
}

function subset(expected: unknown, actual: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return expected === actual;
  if (actual === null || typeof actual !== 'object') return false;
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      expected.length === actual.length &&
      expected.every((e, i) => subset(e, actual[i]))
    );
  }
  return Object.entries(expected).every(([k, v]) =>
    subset(v, (actual as Record<string, unknown>)[k]),
  );
}

export function checkExpectations(
  expect: ScenarioFile['expect'],
  state: CaseState,
  path: string[],
): CheckFailure[] {
  const out: CheckFailure[] = [];
  if (expect.path && JSON.stringify(expect.path) !== JSON.stringify(path)) {
    out.push({
      code: 'EXPECTED_PATH',
      path: 'expect/path',
      message: {
        ka: `მოსალოდნელი გზა: ${expect.path.join(' → ')}; რეალური: ${path.join(' → ')}`,
        en: `Expected path: ${expect.path.join(' → ')}; actual: ${path.join(' → ')}`,
      },
    });
  }
  if (expect.outcome !== undefined && expect.outcome !== state.outcome) {
    out.push({
      code: 'EXPECTED_OUTCOME',
      path: 'expect/outcome',
      message: {
        ka: `მოსალოდნელი შედეგი „${expect.outcome}“, რეალური „${state.outcome ?? '—'}“`,
        en: `Expected outcome "${expect.outcome}", got "${state.outcome ?? '-'}"`,
      },
    });
  }
  if (expect.status !== undefined && expect.status !== state.status) {
    out.push({
      code: 'EXPECTED_STATUS',
      path: 'expect/status',
      message: {
        ka: `მოსალოდნელი სტატუსი „${expect.status}“, რეალური „${state.status}“`,
        en: `Expected status "${expect.status}", got "${state.status}"`,
      },
    });
  }
  if (expect.variables && !subset(expect.variables, state.variables)) {
    out.push({
      code: 'EXPECTED_VARIABLES',
      path: 'expect/variables',
      message: {
        ka: 'ცვლადები მოსალოდნელს არ ემთხვევა',
        en: 'The variables differ from the expected ones',
      },
    });
  }
  return out;
}
