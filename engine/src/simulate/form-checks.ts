// Form validation in scenarios, through a validator the caller injects (the
// engine does not import @saqme/forms): submissions a scenario expects to be
// refused, and the check that every other submission passes, as a driver would.
import type { Localized } from '../expression/localized.ts';
import type { ScenarioExpectedIssue } from '../generated/scenario.ts';

/** One field issue as a form validator reports it (extra members, such as a message, are ignored). */
export interface FormIssue {
  path: string;
  code: string;
}

/**
 * Validates a submission of the form `formKey` at the virtual time `context.now`
 * (for date rules such as "not in the past"); returns its field issues, none when valid.
 */
export type TaskValidator = (
  formKey: string,
  data: Record<string, unknown>,
  context: { now: string },
) => FormIssue[];

export interface FormCheckFailure {
  code: string;
  message: Localized;
}

const list = (issues: FormIssue[]) =>
  issues
    .map((i) => `${i.path} ${i.code}`)
    .sort()
    .join(', ');

/**
 * The failure of an expected refusal given the validator's issues (undefined:
 * no validator), or undefined when they are exactly the expected ones, in any order.
 */
export function checkRefusal(
  formKey: string,
  expected: ScenarioExpectedIssue[],
  actual: FormIssue[] | undefined,
): FormCheckFailure | undefined {
  if (!actual) {
    return {
      code: 'SCENARIO_NO_VALIDATOR',
      message: {
        ka: `სცენარი მოელის, რომ ფორმა „${formKey}“ უარყოფილი იქნება, მაგრამ სიმულატორს ფორმის ვალიდატორი (validateTask) არ გადაეცა`,
        en: `The scenario expects form "${formKey}" to be refused, but the simulator was given no form validator (validateTask)`,
      },
    };
  }
  if (actual.length === 0) {
    return {
      code: 'SCENARIO_INVALID_ACCEPTED',
      message: {
        ka: `ფორმა „${formKey}“ მიღებულია, მოსალოდნელი იყო უარი: ${list(expected)}`,
        en: `Form "${formKey}" was accepted; expected a refusal with ${list(expected)}`,
      },
    };
  }
  if (list(actual) === list(expected)) return undefined;
  return {
    code: 'SCENARIO_INVALID_MISMATCH',
    message: {
      ka: `ფორმა „${formKey}“ უარყოფილია სხვა მიზეზებით. მოსალოდნელი: ${list(expected)}; რეალური: ${list(actual)}`,
      en: `Form "${formKey}" was refused for other reasons. Expected: ${list(expected)}; actual: ${list(actual)}`,
    },
  };
}

/** The failure of a submission the scenario expects to pass, when the validator refused it. */
export function checkAccepted(
  formKey: string,
  actual: FormIssue[] | undefined,
): FormCheckFailure | undefined {
  if (!actual || actual.length === 0) return undefined;
  return {
    code: 'SCENARIO_FORM_INVALID',
    message: {
      ka: `ფორმა „${formKey}“ უარყოფილია: ${list(actual)}`,
      en: `Form "${formKey}" was refused: ${list(actual)}`,
    },
  };
}
