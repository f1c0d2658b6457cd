import { checkForm, validate } from '@saqme/forms';
import { describe, expect, it } from 'vitest';
import { example, formOf, ids } from './load.ts';

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
          s.do === 'completeTask' ? [{ node: s.node!, data: s.data ?? {} }] : [],
        ),
      ];
      for (const { node, data } of submissions) {
        const form = ex.forms[formOf(ex, node)]!;
        for (const locale of locales) {
          const result = validate(form, data, locale);
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

  it('reject each invalid attempt with the expected field issues, worded in ka and en', async () => {
    const ex = await example(id);
    for (const attempt of ex.invalid) {
      const form = ex.forms[formOf(ex, attempt.node)]!;
      for (const locale of locales) {
        const result = validate(form, attempt.data, locale);
        if (result.ok) throw new Error(`${attempt.title.en}: accepted in ${locale}`);
        expect(result.issues.map(({ path, code }) => ({ path, code }))).toEqual(attempt.issues);
        for (const issue of result.issues) {
          if (locale === 'ka') expect(issue.message).toMatch(georgian);
          else expect(issue.message).not.toMatch(georgian);
        }
      }
    }
  });

  it('accept the corrected data of the scenario each invalid attempt belongs to', async () => {
    const ex = await example(id);
    for (const attempt of ex.invalid) {
      const scenario = ex.scenarios[attempt.scenario]!;
      const corrected =
        attempt.node === 'start'
          ? scenario.start.data
          : scenario.steps?.find((s) => s.do === 'completeTask' && s.node === attempt.node)?.data;
      expect({ node: attempt.node, found: corrected !== undefined }).toEqual({
        node: attempt.node,
        found: true,
      });
      expect(validate(ex.forms[formOf(ex, attempt.node)]!, corrected, 'ka').ok).toBe(true);
    }
  });
});
