import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, feedJsonSchema, feedJsonSchemaText } from './jsonSchema';

describe('published JSON Schema', () => {
  it('is up to date with the zod source (run `npm run schema` after changing it)', () => {
    const published = readFileSync(new URL(`../../public/${JSON_SCHEMA_PATH}`, import.meta.url), 'utf8');
    expect(published).toBe(feedJsonSchemaText());
  });

  it('describes the required fields of an item', () => {
    const schema = feedJsonSchema() as {
      properties: { items: { items: { required: string[]; properties: Record<string, unknown> } } };
    };
    const item = schema.properties.items.items;
    expect(item.required).toEqual(
      expect.arrayContaining(['id', 'kind', 'title', 'body', 'topics', 'stages', 'responsible', 'source', 'dateModified']),
    );
    expect(item.properties.topics).toMatchObject({ items: { enum: expect.arrayContaining(['health', 'citizenship']) } });
  });
});
