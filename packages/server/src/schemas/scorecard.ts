// The 766 scorecard's request (period in the query string, outside facts in the body) and response.
import { z } from 'zod';
import { named } from './registry.js';

const Name = z.object({ vi: z.string(), en: z.string() });

const ScorecardIndicatorSchema = named(
  z.object({
    id: z.string(),
    name: Name,
    source: z.enum(['ledger', 'input']).describe('ledger: computed from the events; input: a fact from outside'),
    points: z.number(),
    threshold: z.number(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    rate: z.number().nullable(),
    score: z.number().describe('points × min(1, rate ÷ threshold)'),
    missing: z.boolean().describe('an input sub-indicator nobody gave: scored 0'),
    confirmed: z.boolean().describe('whether a cited source states these points and this threshold'),
    note: z.string().nullable(),
  }),
  'ScorecardIndicator',
);

export const ScorecardSchema = named(
  z.object({
    office: z.string().describe('The office, or the unit the offices roll up to'),
    offices: z.array(z.string()),
    period: z.object({ from: z.string(), to: z.string() }),
    knownAt: z.string().nullable(),
    version: z.string(),
    basis: z.string(),
    sources: z.array(z.string()),
    maxTotal: z.number(),
    total: z.number(),
    groups: z.array(
      z.object({
        id: z.string(),
        name: Name,
        points: z.number(),
        score: z.number(),
        indicators: z.array(ScorecardIndicatorSchema),
      }),
    ),
  }),
  'Scorecard',
);

const Rate = z.union([
  z.number().describe('a rate 0–1'),
  z.object({ numerator: z.number().int(), denominator: z.number().int() }),
]);

/** Checked loosely here: readScorecardInputs names each bad input in the problem's errors. */
export const ScorecardBody = z
  .object({
    inputs: z
      .record(z.string(), Rate)
      .optional()
      .describe('Outside sub-indicators by id (1.1, 1.2, 5.1, 5.2): a rate 0–1 or a numerator and denominator'),
  })
  .optional();
