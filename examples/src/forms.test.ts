import { checkForm, validate } from '@saqme/forms';
import { describe, expect, it } from 'vitest';
import { example, formOf, ids, type LoadedExample } from './load.ts';

const georgian = /[\u10D0-\u10FF]/;
const locales = ['ka', 'en'] as const;

describe.each(ids)('forms of %s', (id) => {
  it('pass the save-time check of @saqme/forms', async () => {
    const { forms } = await example(id);
    for (const [key, form] of Object.entries(forms)) {
      expect({ key, check: checkForm(form) }).toEqual({ key, check: { ok: true } });
    }
  });

  it('label every field and option in Georgian and English', async () => {
    const { forms } = await example(id);
    for (const form of Object.values(forms)) {
      for (const ui of Object.values(form.ui.fields)) {
        expect(ui.label.ka).toMatch(georgian);
        expect(ui.label.en).not.toMatch(georgian);
        for (const option of Object.values(ui.options ?? {})) {
          expect(option.ka).toMatch(georgian);
          expect(option.en).not.toMatch(georgian);
        }
      }
    }
  });

  it('accept the data every scenario submits, in ka and en', async () => {
    const ex = await example(id);
    for (const [name, scenario] of Object.entries(ex.scenarios)) {
      const submissions = [
        { node: 'start', data: scenario.start.data },
        ...(scenario.steps ?? []).flatMap((s) =>
          s.do === 'completeTask' && !s.expectInvalid
            ? [{ node: s.node!, data: s.data ?? {} }]
            : [],
        ),
      ];
      for (const { node, data } of submissions) {
        const form = ex.forms[formOf(ex, node)]!;
        for (const locale of locales) {
          const result = validate(form, data, locale, { now: scenario.start.at });
          expect({ name, node, locale, result: result.ok ? 'ok' : result.issues }).toEqual({
            name,
            node,
            locale,
            result: 'ok',
          });
        }
      }
    }
  });

  it('refuse every expected refusal with exactly its issues, worded in ka and en', async () => {
    const ex = await example(id);
    for (const { name, node, data, expected } of refused(ex)) {
      const form = ex.forms[formOf(ex, node)]!;
      for (const locale of locales) {
        const result = validate(form, data, locale);
        if (result.ok) throw new Error(`${name} ${node}: accepted in ${locale}`);
        const codes = (issues: { path: string; code: string }[]) =>
          issues.map((i) => `${i.path} ${i.code}`).sort();
        expect({ name, node, locale, issues: codes(result.issues) }).toEqual({
          name,
          node,
          locale,
          issues: codes(expected),
        });
        for (const issue of result.issues) {
          if (locale === 'ka') expect(issue.message).toMatch(georgian);
          else expect(issue.message).not.toMatch(georgian);
        }
      }
    }
  });

  it('follow every refused task completion with a corrected one for the same task', async () => {
    const ex = await example(id);
    for (const [name, scenario] of Object.entries(ex.scenarios)) {
      const steps = scenario.steps ?? [];
      steps.forEach((step, i) => {
        if (!step.expectInvalid) return;
        const corrected = steps
          .slice(i + 1)
          .find((s) => s.do === 'completeTask' && s.node === step.node && !s.expectInvalid);
        expect({ name, node: step.node, corrected: corrected !== undefined }).toEqual({
          name,
          node: step.node,
          corrected: true,
        });
      });
    }
  });
});

interface Refused {
  name: string;
  node: string;
  data: Record<string, unknown>;
  expected: { path: string; code: string }[];
}

/** Every submission a scenario expects to be refused: start attempts and task completions. */
function refused(ex: LoadedExample): Refused[] {
  return Object.entries(ex.scenarios).flatMap(([name, s]) => [
    ...(s.start.invalid ?? []).map((a) => ({
      name,
      node: 'start',
      data: a.data,
      expected: a.expectInvalid,
    })),
    ...(s.steps ?? []).flatMap((step) =>
      step.expectInvalid
        ? [{ name, node: step.node!, data: step.data ?? {}, expected: step.expectInvalid }]
        : [],
    ),
  ]);
}
