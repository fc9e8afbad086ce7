// What the app accepts, its schema accepts: tests/schema_edges.rs (run before this by `make
// test`) pushes every value of a bank, a results file, a history export and a session record
// over the schemas' edges and writes each variant the app's reader accepts to
// target/schema-edges/; each one must be valid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../../', import.meta.url);
const read = (p) => JSON.parse(readFileSync(new URL(p, root), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
// The history schema refers to the results schema by its $id.
ajv.addSchema(read('schema/results.schema.json'));

for (const name of ['bank', 'results', 'history', 'session']) {
  test(`every ${name} file the app accepts follows its schema`, () => {
    const dir = new URL(`target/schema-edges/${name}/`, root);
    assert.ok(existsSync(dir), `no ${dir.pathname}: run \`cargo test --test schema_edges\` first`);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    assert.ok(files.length > 0, `no accepted ${name} variants in ${dir.pathname}`);
    const schema = read(`schema/${name}.schema.json`);
    const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
    const refused = [];
    for (const f of files) {
      const doc = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
      if (!validate(doc)) refused.push(`${f}: ${ajv.errorsText(validate.errors)}`);
    }
    assert.deepEqual(refused.slice(0, 20), [], `${refused.length} of ${files.length} accepted ${name} files break the schema`);
  });
}
