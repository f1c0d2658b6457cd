// `pnpm bench forms`: validates the same 50-field application form (five
// fields conditional on others) with @saqme/forms, Form.io's engine
// (@formio/core, as its server runs it) and SurveyJS (survey-core, one model
// reused), on the same mix of valid and invalid submissions, in one process.
import { ProcessTargets, processSync } from '@formio/core';
import { validate } from '@saqme/forms';
import { Model } from 'survey-core';
import { formioForm, ourFeelForm, ourForm, surveyJson } from './application.ts';
import { submissions } from './submissions.ts';

type Engine = (data: Record<string, unknown>) => boolean;

const ours = ourForm();
const oursFeel = ourFeelForm();
const formio = formioForm();
const survey = new Model(surveyJson());

const engines: Record<string, Engine> = {
  ours: (data) => validate(ours, data, 'ka').ok,
  ours_feel: (data) => validate(oursFeel, data, 'ka').ok,
  // Form.io's processors write into the data (clearing hidden values), so
  // each run gets its own copy, as each request body would be.
  formio: (data) => {
    const context = {
      components: formio.components,
      data: structuredClone(data),
      processors: ProcessTargets.evaluator,
      scope: { errors: [] as unknown[] },
      config: { server: true },
    };
    processSync(context as never);
    return context.scope.errors.length === 0;
  },
  surveyjs: (data) => {
    survey.data = data;
    return survey.validate(false, false);
  },
};

// The comparison means something only if every engine reaches the expected
// verdict on every submission.
for (const [name, engine] of Object.entries(engines)) {
  for (const s of submissions) {
    const got = engine(s.data);
    if (got !== s.valid) {
      console.error(`${name} says ${got ? 'valid' : 'invalid'} for "${s.name}"`);
      process.exit(1);
    }
  }
}
console.log(
  `all engines agree on ${submissions.length} submissions (${submissions.filter((s) => s.valid).length} valid)`,
);

function measure(engine: Engine, ms: number): number {
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (const s of submissions) engine(s.data);
    n += submissions.length;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const rates: Record<string, number> = {};
for (const [name, engine] of Object.entries(engines)) {
  measure(engine, 300);
  rates[name] = measure(engine, seconds * 1000);
  console.log(`${name.padEnd(10)} ${Math.round(rates[name]!).toLocaleString('en')} validations/s`);
}
const peer = Math.max(rates.formio!, rates.surveyjs!);
const r = (x: number) => Math.round(x);
console.log(
  `RESULT forms ours_per_s=${r(rates.ours!)} formio_per_s=${r(rates.formio!)} surveyjs_per_s=${r(rates.surveyjs!)} ratio=${(rates.ours! / peer).toFixed(1)}`,
);
