// Named schemas: they appear once under components.schemas in /openapi.json and are referenced from
// every route, which keeps the document (and clients generated from it) small.
import { z } from 'zod';

export const apiRegistry = z.registry<{ id: string }>();

export const named = <T extends z.ZodType>(schema: T, id: string): T => {
  apiRegistry.add(schema, { id });
  return schema;
};
