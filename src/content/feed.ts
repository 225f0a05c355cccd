import { z } from 'zod';
import { Publisher } from './publisher';
import { Item } from './item';
import { Office } from './office';
import { Municipality } from './municipality';
import { unlessMissing } from './localized';

/** Major version this app reads. Minor versions only add optional fields or codes. */
export const SCHEMA_MAJOR = 1;
export const SCHEMA_VERSION = `${SCHEMA_MAJOR}.0`;

/**
 * The common newcomer content feed: what every publisher serves. Entries are validated one
 * by one (see parseFeed), so the envelope here types them loosely and the strict shapes below
 * are applied per entry.
 */
export const FeedEnvelope = z.object({
  schemaVersion: z
    .string()
    .regex(new RegExp(`^${SCHEMA_MAJOR}\\.\\d+$`), `must be a ${SCHEMA_MAJOR}.x schema version`),
  publisher: Publisher,
  generatedAt: z.iso.datetime({ offset: true, error: unlessMissing('must be a date and time such as 2026-11-01T12:00:00Z') }),
  items: z.array(z.unknown()).default([]),
  offices: z.array(z.unknown()).default([]),
  municipalities: z.array(z.unknown()).default([]),
});

/** The strict whole-feed shape, for the published JSON Schema and for typing fixtures. */
export const Feed = FeedEnvelope.extend({
  items: z.array(Item).default([]),
  offices: z.array(Office).default([]),
  municipalities: z.array(Municipality).default([]),
});
export type Feed = z.infer<typeof Feed>;
export type FeedInput = z.input<typeof Feed>;
