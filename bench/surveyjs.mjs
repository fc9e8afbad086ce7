// The comparison page for `make bench`: the bundled bank converted to a SurveyJS survey
// (survey-core + survey-js-ui, the framework-free UI) in a minimal page, with the library's
// Indonesian strings and default theme. Written to bench/out/surveyjs/; nothing of it ships.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const here = (p) => new URL(p, import.meta.url).pathname;
const out = here('out/surveyjs/');

/** One bank item as a SurveyJS question. */
function question(item, anchors) {
  const base = { name: item.id, title: item.scenario ? `${item.scenario}\n\n${item.prompt}` : item.prompt, isRequired: false };
  const choices = (item.options ?? []).map((o) => ({ value: o.id, text: o.text }));
  switch (item.kind) {
    case 'single_choice':
    case 'situational':
      return { ...base, type: 'radiogroup', choices, correctAnswer: item.options.find((o) => o.correct)?.id };
    case 'multiple_choice':
      return { ...base, type: 'checkbox', choices, correctAnswer: item.options.filter((o) => o.correct).map((o) => o.id) };
    case 'true_false':
      return { ...base, type: 'boolean', labelTrue: 'Benar', labelFalse: 'Salah', correctAnswer: item.answer };
    case 'likert':
      return { ...base, type: 'rating', rateCount: 5, minRateDescription: anchors?.[0], maxRateDescription: anchors?.[4] };
    default:
      return { ...base, type: 'comment', rows: 6 };
  }
}

/** Writes the page and returns the files of its first load. */
export function buildSurveyPage(bankPath) {
  const bank = JSON.parse(readFileSync(bankPath, 'utf8'));
  const anchors = (bank.likert_anchors ?? []).map((a) => (typeof a === 'string' ? a : a.label ?? a.text));
  const survey = {
    title: bank.title,
    description: bank.description,
    locale: 'id',
    showProgressBar: 'top',
    showQuestionNumbers: 'on',
    pages: bank.items.map((item) => ({ name: `p-${item.id}`, elements: [question(item, anchors)] })),
  };
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}survey.json`, JSON.stringify(survey));
  const lib = [
    ['survey-core/survey.core.min.js', 'survey.core.min.js'],
    ['survey-core/i18n/indonesian.min.js', 'indonesian.min.js'],
    ['survey-js-ui/survey-js-ui.min.js', 'survey-js-ui.min.js'],
    ['survey-core/survey-core.min.css', 'survey-core.min.css'],
  ];
  for (const [from, to] of lib) copyFileSync(here(`node_modules/${from}`), `${out}${to}`);
  writeFileSync(`${out}index.html`, `<!doctype html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${bank.title} — SurveyJS</title>
  <meta name="description" content="Pembanding untuk make bench: bank soal yang sama dalam SurveyJS.">
  <link rel="stylesheet" href="survey-core.min.css">
  <script src="survey.core.min.js" defer></script>
  <script src="indonesian.min.js" defer></script>
  <script src="survey-js-ui.min.js" defer></script>
  <script src="start.js" defer></script>
</head>
<body><main id="survey"></main></body>
</html>
`);
  writeFileSync(`${out}start.js`, `fetch('survey.json').then((r) => r.json()).then((json) => {
  new Survey.Model(json).render(document.getElementById('survey'));
});
`);
  return { root: out, files: ['index.html', 'start.js', 'survey.json', ...lib.map(([, to]) => to)] };
}
