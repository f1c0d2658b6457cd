// Every regular expression in a form is checked for catastrophic
// backtracking when the form is saved: a pattern that some input can make
// the engine backtrack on is rejected, as is one too costly to analyse.
import { isSafePattern } from 'redos-detector';
import type { FormDiagnostic } from './diagnostic.ts';
import { formSchemas } from './limits.ts';
import { walkSchema } from './schema-walk.ts';

const ANALYSIS_MS = 2000;

export function patternProblem(pattern: string): 'unsafe' | 'invalid' | undefined {
  try {
    new RegExp(pattern, 'u');
  } catch {
    return 'invalid';
  }
  const result = isSafePattern(pattern, { unicode: true, timeout: ANALYSIS_MS });
  return result.safe ? undefined : 'unsafe';
}

export function checkPatterns(form: unknown): FormDiagnostic[] {
  const found: { pattern: string; path: string }[] = [];
  for (const { schema, path } of formSchemas(form)) {
    walkSchema(schema, path, (s, at) => {
      if (typeof s.pattern === 'string') found.push({ pattern: s.pattern, path: `${at}/pattern` });
      const pp = s.patternProperties;
      if (pp && typeof pp === 'object') {
        for (const key of Object.keys(pp))
          found.push({ pattern: key, path: `${at}/patternProperties` });
      }
    });
  }
  const out: FormDiagnostic[] = [];
  for (const { pattern, path } of found) {
    const problem = patternProblem(pattern);
    if (problem === 'invalid') {
      out.push({
        code: 'PATTERN_INVALID',
        path,
        message: {
          ka: `შაბლონი „${pattern}“ არ არის სწორი რეგულარული გამოსახულება`,
          en: `The pattern “${pattern}” is not a valid regular expression`,
        },
      });
    } else if (problem === 'unsafe') {
      out.push({
        code: 'PATTERN_BACKTRACKING',
        path,
        message: {
          ka: `შაბლონმა „${pattern}“ შეიძლება გამოიწვიოს კატასტროფული უკუსვლა (ReDoS); გაამარტივეთ იგი`,
          en: `The pattern “${pattern}” can backtrack catastrophically (ReDoS); simplify it`,
        },
      });
    }
  }
  return out;
}
