// What the simulator says, in Georgian and English, when a scenario step cannot run.
import type { Localized } from '../expression/localized.ts';

export const formInvalid: Localized = { ka: 'ფორმა შეცდომებს შეიცავს', en: 'The form has errors' };
export const limitMessage = (events: number): Localized => ({
  ka: `სიმულაცია ${events} მოვლენის შემდეგ შეჩერდა`,
  en: `The simulation stopped after ${events} events`,
});
export const badDuration = (v: string): Localized => ({
  ka: `"${v}" არ არის სწორი ხანგრძლივობა`,
  en: `"${v}" is not a valid duration`,
});
export const notOpen = (node: string): Localized => ({
  ka: `ელემენტი ${node} ამ მომენტში არაფერს ელოდება`,
  en: `Element ${node} is not waiting at this point`,
});
