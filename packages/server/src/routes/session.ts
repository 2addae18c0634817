// GET /v1/me: who the key is (role, offices, what it may do), so the dashboard offers only what the key
// allows. It says nothing the key's holder does not already know and never echoes the key; the server
// still checks every request on its own.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canTimeTravel, canVerify, canWrite, ROLES } from '../auth.js';
import { readProblems } from '../schemas/common.js';
import { named } from '../schemas/registry.js';

const MeResponse = named(
  z.object({
    name: z.string().describe("The key's label (the actor written on its events)"),
    role: z.enum(ROLES),
    allOffices: z.boolean().describe('True for a key that covers every office (admins, or "*")'),
    offices: z.array(z.string()).describe('Office and unit codes the key names (empty when allOffices)'),
    may: z.object({
      write: z.boolean().describe('Receive dossiers and record their lifecycle (clerk, admin)'),
      timeTravel: z.boolean().describe('knownAt and asOf (auditor, admin)'),
      verify: z.boolean().describe('GET /v1/audit/verify (auditor, admin)'),
    }),
  }),
  'Me',
);

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/me',
    {
      config: { access: { kind: 'authenticated' } },
      schema: {
        tags: ['session'],
        summary: "The key's role and offices, and what it may do",
        response: { 200: MeResponse, ...readProblems },
      },
    },
    async (req) => {
      const p = req.principal!;
      return {
        name: p.name,
        role: p.role,
        allOffices: p.offices === '*',
        offices: p.offices === '*' ? [] : [...p.offices].sort(),
        may: { write: canWrite(p), timeTravel: canTimeTravel(p), verify: canVerify(p) },
      };
    },
  );
};
