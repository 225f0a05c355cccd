import { z } from 'zod';
import { Feed, SCHEMA_VERSION } from './feed';

export const JSON_SCHEMA_PATH = `schema/newcomer-feed-${SCHEMA_VERSION}.schema.json`;

/**
 * The JSON Schema publishers validate against, generated from the same zod source the app
 * uses. Refinements that JSON Schema cannot express (for example "at least one language")
 * are still enforced by the app and by the validation command.
 */
export function feedJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Feed, { io: 'input', target: 'draft-2020-12' }),
    title: `Common newcomer content feed, version ${SCHEMA_VERSION}`,
    description:
      'What a federal, provincial, municipal or community publisher serves so that No Wrong Door can merge it into newcomer journeys.',
  };
}

export function feedJsonSchemaText(): string {
  return `${JSON.stringify(feedJsonSchema(), null, 2)}\n`;
}
