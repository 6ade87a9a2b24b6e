// Validates an OpenAPI document (3.0 or 3.1) against the specification's JSON schemas.
//   node tools/openapi-validator/validate.mjs docs/openapi/v1.json
import { Validator } from '@seriousme/openapi-schema-validator';

const file = process.argv[2];
if (!file) {
  console.error('usage: validate.mjs OPENAPI.json');
  process.exit(2);
}

const validator = new Validator();
const result = await validator.validate(file);
if (result.valid) {
  console.log(`${file}: valid OpenAPI ${validator.version}`);
} else {
  console.error(`${file}: INVALID OpenAPI ${validator.version ?? ''}`);
  console.error(JSON.stringify(result.errors, null, 2));
  process.exit(1);
}
