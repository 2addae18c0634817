// Who may call what: each route declares its access in `config.access`; one onRequest hook enforces it
// before the body is even parsed, so an unauthorised caller learns nothing about validation either.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { canTimeTravel, canVerify, canWrite, coversOffice, type KeyRing, type Principal } from './auth.js';
import { type Text, text } from './lang.js';
import { HttpProblem } from './problem.js';

export type Access =
  /** No key needed: health, OpenAPI, Swagger UI. */
  | { readonly kind: 'public' }
  /** Any valid key (the procedure catalogue). */
  | { readonly kind: 'authenticated' }
  /** Read an office's data: the `office` path parameter must be covered by the key. */
  | { readonly kind: 'read-office' }
  /** Write for an office: clerk or admin, office covered. */
  | { readonly kind: 'write-office' }
  /** Read a unit's roll-up: every office below the `unit` parameter must be covered. */
  | { readonly kind: 'read-unit' }
  /** Hash-chain verification: auditor or admin. */
  | { readonly kind: 'verify' };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** The route also takes a stream token as `?token=` instead of the key (the live feed only). */
    streamToken?: boolean;
    /** Query parameters of the route that look at the past (knownAt, asOf, against): given, they need a role
     *  that may time-travel (auditor, admin); checked once the query is validated (403 TIME_TRAVEL_FORBIDDEN). */
    timeTravel?: readonly string[];
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

export interface AccessDeps {
  readonly keys: KeyRing;
  /** Units (district, province…) above an office, for keys that name a unit instead of offices. */
  readonly unitsOf: (office: string) => readonly string[];
  /** Offices below a unit, or null for an unknown unit. */
  readonly officesOf: (unit: string) => readonly string[] | null;
  /** The principal a stream token stands for on an office's stream, or a 401/403 problem (stream-token.ts). */
  readonly streamToken?: (token: string, office: string) => Principal;
}

const forbidden = (detail: Text): HttpProblem => new HttpProblem(403, 'FORBIDDEN', detail);

/** Role names as clerks call them. */
const ROLE_VI: Record<Principal['role'], string> = {
  clerk: 'cán bộ một cửa',
  leader: 'lãnh đạo',
  auditor: 'kiểm toán viên',
  admin: 'quản trị',
};

export function registerAccess(app: FastifyInstance, deps: AccessDeps): void {
  app.decorateRequest('principal', null);
  // After validation, as the handlers did: a malformed knownAt is a 400 before a role is judged on it.
  app.addHook('preHandler', async (req) => {
    const params = req.routeOptions.config?.timeTravel;
    if (!params) return;
    const query = (req.query ?? {}) as Record<string, unknown>;
    assertTimeTravel(
      req,
      params.filter((k) => query[k] !== undefined),
    );
  });
  app.addHook('onRequest', async (req) => {
    const access = req.routeOptions.config?.access;
    // Routes without a declaration (404s, Swagger UI's static files) are public.
    if (!access || access.kind === 'public') return;
    const token = (req.query as { token?: unknown } | undefined)?.token;
    if (req.routeOptions.config?.streamToken && deps.streamToken && !req.headers.authorization && token !== undefined) {
      // Scoped to the office it names; whether the key covered it was checked when it was issued.
      req.principal = deps.streamToken(String(token), (req.params as { office?: string }).office ?? '');
      return;
    }
    const p = deps.keys.authenticate(req.headers.authorization);
    if (!p) {
      throw new HttpProblem(
        401,
        'UNAUTHORIZED',
        req.headers.authorization
          ? text('khóa API không được biết', 'the API key is not known')
          : text('hãy gửi Authorization: Bearer <khóa>', 'send Authorization: Bearer <key>'),
        undefined,
        { 'www-authenticate': 'Bearer realm="motcua"' },
      );
    }
    req.principal = p;
    const params = (req.params ?? {}) as Record<string, string | undefined>;
    switch (access.kind) {
      case 'authenticated':
        return;
      case 'verify':
        if (!canVerify(p)) {
          throw forbidden(
            text(
              `vai trò ${ROLE_VI[p.role]} (${p.role}) không được kiểm tra sổ; chỉ kiểm toán viên và quản trị được`,
              `role ${p.role} may not verify the log; auditors and admins may`,
            ),
          );
        }
        return;
      case 'read-office':
      case 'write-office': {
        const office = params.office ?? '';
        if (!coversOffice(p, office, deps.unitsOf)) {
          throw forbidden(
            text(`khóa này không có quyền với cơ quan ${office}`, `this key does not cover office ${office}`),
          );
        }
        if (access.kind === 'write-office' && !canWrite(p)) {
          throw forbidden(
            text(
              `vai trò ${ROLE_VI[p.role]} (${p.role}) chỉ được xem, không được ghi lệnh; cán bộ một cửa và quản trị được`,
              `role ${p.role} may read but not record commands; clerks and admins may`,
            ),
          );
        }
        return;
      }
      case 'read-unit': {
        const unit = params.unit ?? '';
        // The unit itself or a unit above it named by the key: covered, offices or not.
        if (coversOffice(p, unit, deps.unitsOf)) return;
        const offices = deps.officesOf(unit);
        // An unknown unit is a 403 too for a scoped key: whether a unit exists is itself not its business.
        if (!offices || offices.length === 0 || !offices.every((o) => coversOffice(p, o, deps.unitsOf))) {
          throw forbidden(
            text(
              `khóa này không có quyền với mọi cơ quan của đơn vị ${unit}`,
              `this key does not cover every office of unit ${unit}`,
            ),
          );
        }
        return;
      }
    }
  });
}

/** knownAt and asOf are auditors' (and admins') tools; other roles get a 403 naming the parameter. */
function assertTimeTravel(req: FastifyRequest, used: readonly string[]): void {
  const p = req.principal;
  if (used.length === 0 || !p || canTimeTravel(p)) return;
  throw new HttpProblem(
    403,
    'TIME_TRAVEL_FORBIDDEN',
    text(
      `vai trò ${ROLE_VI[p.role]} (${p.role}) không được dùng ${used.join(' và ')}; chỉ kiểm toán viên và quản trị được`,
      `role ${p.role} may not use ${used.join(' and ')}; auditors and admins may`,
    ),
    used.map((u) => ({
      path: `querystring.${u}`,
      message: text('chỉ dành cho kiểm toán viên và quản trị', 'auditors and admins only'),
    })),
  );
}
