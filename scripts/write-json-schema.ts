// Regenerates the published JSON Schema from the zod source: run after changing src/content.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_PATH, feedJsonSchemaText } from '../src/content/jsonSchema';

const target = fileURLToPath(new URL(`../public/${JSON_SCHEMA_PATH}`, import.meta.url));
writeFileSync(target, feedJsonSchemaText());
console.log(`Wrote ${target}`);
