import type { z } from 'zod';
import { FeedEnvelope } from '../feed';
import { Item } from '../item';
import { Municipality } from '../municipality';
import { Office } from '../office';
import type { ReadFeed } from '../parseFeed';
import { Publisher } from '../publisher';
import { fieldLabel } from './fieldLabel';
import { pointer, type Notice } from './notice';
import { closest } from './suggest';
import { unknownField } from './structureNotices';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type AnySchema = z.core.$ZodType;

/** The object shape under optional/default wrappers, or null for anything that is not an object. */
function shapeOf(schema: AnySchema): Record<string, AnySchema> | null {
  const def = schema._zod.def as unknown as { type: string; innerType?: AnySchema; shape?: Record<string, AnySchema>; element?: AnySchema };
  if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) return shapeOf(def.innerType);
  return def.type === 'object' && def.shape ? def.shape : null;
}

function elementOf(schema: AnySchema): AnySchema | null {
  const def = schema._zod.def as unknown as { type: string; innerType?: AnySchema; element?: AnySchema };
  if ((def.type === 'optional' || def.type === 'default') && def.innerType) return elementOf(def.innerType);
  return def.type === 'array' && def.element ? def.element : null;
}

function unknownKeys(value: unknown, schema: AnySchema, parts: (string | number)[], depth: number, id: string | undefined, out: Notice[], fieldBase: number) {
  const shape = shapeOf(schema);
  if (shape && isObject(value)) {
    const known = Object.keys(shape);
    for (const key of Object.keys(value)) {
      const child = shape[key];
      if (!child) {
        const nearest = closest(key, known);
        out.push(unknownField.create({ path: pointer(...parts, key), id }, { field: fieldLabel([...parts, key].slice(fieldBase)), nearest }, nearest));
      } else if (depth > 0) {
        unknownKeys(value[key], child, [...parts, key], depth - 1, id, out, fieldBase);
      }
    }
    return;
  }
  const element = elementOf(schema);
  if (element && Array.isArray(value) && depth > 0) {
    value.forEach((entry, i) => unknownKeys(entry, element, [...parts, i], depth - 1, id, out, fieldBase));
  }
}

/**
 * Fields the format does not define are dropped silently by the loader; a misspelt field name
 * would lose its content without a word, so the editor is told.
 */
export function unknownFieldNotices(root: unknown, read: ReadFeed): Notice[] {
  if (!isObject(root)) return [];
  const out: Notice[] = [];
  const envelopeKeys = Object.keys(FeedEnvelope.shape);
  for (const key of Object.keys(root)) {
    if (!envelopeKeys.includes(key)) {
      const nearest = closest(key, envelopeKeys);
      out.push(unknownField.create({ path: pointer(key) }, { field: key, nearest }, nearest));
    }
  }
  unknownKeys(root.publisher, Publisher, ['publisher'], 2, undefined, out, 0);
  if (!read.feed) return out;
  const sections = [
    ['items', Item],
    ['offices', Office],
    ['municipalities', Municipality],
  ] as const;
  for (const [section, schema] of sections) {
    const list = root[section];
    if (!Array.isArray(list)) continue;
    list.forEach((entry, index) => {
      const id = isObject(entry) && typeof entry.id === 'string' ? entry.id : undefined;
      unknownKeys(entry, schema, [section, index], 3, id, out, 2);
    });
  }
  return out;
}
