// The JSON Schemas in schema/ describe exactly what the app writes: every bank and results
// fixture validates, and every property a schema names occurs in some fixture (so a field the
// Rust types no longer write cannot linger in a schema). The fixtures themselves are written by
// the Rust code (tests/fixtures.rs keeps them equal to its output).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../../', import.meta.url);
const read = (p) => JSON.parse(readFileSync(new URL(p, root), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const bankSchema = read('schema/bank.schema.json');
const resultsSchema = read('schema/results.schema.json');
const validateBank = ajv.compile(bankSchema);
const validateResults = ajv.compile(resultsSchema);

const banks = [
  'public/banks/kalsel-pilar-sosial.json',
  ...readdirSync(new URL('public/banks/examples/', root))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `public/banks/examples/${f}`),
  ...readdirSync(new URL('tests/fixtures/', root))
    .filter((f) => f.endsWith('.bank.json'))
    .map((f) => `tests/fixtures/${f}`),
];
const results = readdirSync(new URL('tests/fixtures/', root))
  .filter((f) => /^results-v\d+(-[a-z0-9-]+)?\.json$/.test(f) && !f.endsWith(".bank.json"))
  .map((f) => `tests/fixtures/${f}`);

for (const path of banks) {
  test(`${path} follows the bank schema`, () => {
    assert.ok(validateBank(read(path)), JSON.stringify(validateBank.errors, null, 2));
  });
}
for (const path of results) {
  test(`${path} follows the results schema`, () => {
    assert.ok(validateResults(read(path)), JSON.stringify(validateResults.errors, null, 2));
  });
}

// Every property name declared anywhere in a schema.
function declared(schema, out = new Set()) {
  if (Array.isArray(schema)) schema.forEach((s) => declared(s, out));
  else if (schema && typeof schema === 'object') {
    for (const [k, v] of Object.entries(schema)) {
      if (k === 'properties') Object.keys(v).forEach((p) => out.add(p));
      declared(v, out);
    }
  }
  return out;
}
// Every key used anywhere in a document.
function used(doc, out = new Set()) {
  if (Array.isArray(doc)) doc.forEach((d) => used(d, out));
  else if (doc && typeof doc === 'object') {
    for (const [k, v] of Object.entries(doc)) {
      out.add(k);
      used(v, out);
    }
  }
  return out;
}

// The history export and the session record: their fixtures follow their schemas.
{
  const withResults = new Ajv2020({ allErrors: true, strict: true });
  withResults.addSchema(resultsSchema);
  for (const [fixture, schema] of [['tests/fixtures/history-v1.json', 'schema/history.schema.json'], ['tests/fixtures/history-v2.json', 'schema/history.schema.json'], ['tests/fixtures/session-v1.json', 'schema/session.schema.json']]) {
    test(`${fixture} follows ${schema}`, () => {
      const validate = withResults.getSchema(read(schema).$id) ?? withResults.compile(read(schema));
      assert.ok(validate(read(fixture)), JSON.stringify(validate.errors, null, 2));
    });
  }
}

test('every property of the bank schema occurs in a bank', () => {
  const keys = new Set(banks.flatMap((p) => [...used(read(p))]));
  const missing = [...declared(bankSchema)].filter((k) => !keys.has(k));
  assert.deepEqual(missing, []);
});

test('every property of the results schema occurs in a results fixture', () => {
  const keys = new Set(results.flatMap((p) => [...used(read(p))]));
  const missing = [...declared(resultsSchema)].filter((k) => !keys.has(k));
  assert.deepEqual(missing, []);
});

test('the schemas reject what the app rejects', () => {
  const bank = read('public/banks/examples/contoh-mini.json');
  const broken = structuredClone(bank);
  broken.items[0].explantion = 'typo';
  broken.items[2].options = [];
  broken.items[1].competencies[0].weight = 2;
  assert.equal(validateBank(broken), false);
  const paths = validateBank.errors.map((e) => e.instancePath);
  assert.ok(paths.includes('/items/1/competencies/0/weight'), paths.join(' '));
  const res = read(results[0]);
  res.items[0].score_bp = 10001;
  assert.equal(validateResults(res), false);
});
