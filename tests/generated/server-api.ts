// Generated from /openapi.json by openapi-typescript; refresh with MOTCUA_UPDATE_CLIENT=1 pnpm exec vitest run tests/server-flow.test.ts
export interface paths {
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The process is up */
    get: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Projections are loaded and the server takes requests */
    get: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ready';
              position: string;
            };
          };
        };
        /** @description Shutting down or not ready (SHUTTING_DOWN, NOT_READY) */
        503: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/dossiers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Receive a dossier
     * @description Optional headers: If-Match: "<revision>" (412 when the dossier is at another revision); Idempotency-Key: a retry with the same key returns the first response unchanged and writes nothing. The due date is computed from the procedure's time limit and the working calendar when dueAt is absent.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            dossierCode?: string;
            procedureCode?: string;
            field?: string;
            /** @enum {string} */
            channel: 'online' | 'direct' | 'postal';
            receivedAt: string;
            dueAt?: string;
            applicantRef?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The dossier's state forbids the command (e.g. DOSSIER_ALREADY_EXISTS, DOSSIER_FINISHED, NOT_RESOLVED) */
        409: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description If-Match does not match the current revision (PRECONDITION_FAILED) */
        412: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large (PAYLOAD_TOO_LARGE) */
        413: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body is not application/json (UNSUPPORTED_MEDIA_TYPE) */
        415: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The command can never be accepted as written (e.g. RECEIVED_IN_FUTURE, UNKNOWN_PROCEDURE, IDEMPOTENCY_KEY_REUSED) */
        422: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Shutting down or not ready (SHUTTING_DOWN, NOT_READY) */
        503: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/dossiers/{code}/transfer-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Open a dossier as an opening balance (received earlier, imported from a prior period or system)
     * @description Optional headers: If-Match: "<revision>" (412 when the dossier is at another revision); Idempotency-Key: a retry with the same key returns the first response unchanged and writes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            procedureCode?: string;
            field?: string;
            /** @enum {string} */
            channel: 'online' | 'direct' | 'postal';
            receivedAt: string;
            dueAt?: string;
            applicantRef?: string;
            /** @enum {string} */
            source: 'prior-period' | 'legacy-system';
            note?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The dossier's state forbids the command (e.g. DOSSIER_ALREADY_EXISTS, DOSSIER_FINISHED, NOT_RESOLVED) */
        409: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description If-Match does not match the current revision (PRECONDITION_FAILED) */
        412: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large (PAYLOAD_TOO_LARGE) */
        413: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body is not application/json (UNSUPPORTED_MEDIA_TYPE) */
        415: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The command can never be accepted as written (e.g. RECEIVED_IN_FUTURE, UNKNOWN_PROCEDURE, IDEMPOTENCY_KEY_REUSED) */
        422: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Shutting down or not ready (SHUTTING_DOWN, NOT_READY) */
        503: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/dossiers/{code}/supplement-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request a supplement (the clock stops)
     * @description Optional headers: If-Match: "<revision>" (412 when the dossier is at another revision); Idempotency-Key: a retry with the same key returns the first response unchanged and writes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            at?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The dossier's state forbids the command (e.g. DOSSIER_ALREADY_EXISTS, DOSSIER_FINISHED, NOT_RESOLVED) */
        409: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description If-Match does not match the current revision (PRECONDITION_FAILED) */
        412: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large (PAYLOAD_TOO_LARGE) */
        413: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body is not application/json (UNSUPPORTED_MEDIA_TYPE) */
        415: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The command can never be accepted as written (e.g. RECEIVED_IN_FUTURE, UNKNOWN_PROCEDURE, IDEMPOTENCY_KEY_REUSED) */
        422: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Shutting down or not ready (SHUTTING_DOWN, NOT_READY) */
        503: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/dossiers/{code}/supplement-provided': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record that the supplement arrived (the due date moves by the time waited)
     * @description Optional headers: If-Match: "<revision>" (412 when the dossier is at another revision); Idempotency-Key: a retry with the same key returns the first response unchanged and writes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            at?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The dossier's state forbids the command (e.g. DOSSIER_ALREADY_EXISTS, DOSSIER_FINISHED, NOT_RESOLVED) */
        409: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description If-Match does not match the current revision (PRECONDITION_FAILED) */
        412: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large (PAYLOAD_TOO_LARGE) */
        413: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body is not application/json (UNSUPPORTED_MEDIA_TYPE) */
        415: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The command can never be accepted as written (e.g. RECEIVED_IN_FUTURE, UNKNOWN_PROCEDURE, IDEMPOTENCY_KEY_REUSED) */
        422: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Shutting down or not ready (SHUTTING_DOWN, NOT_READY) */
        503: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/dossiers/{code}/reschedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Apology and new date (at most once)
     * @description Optional headers: If-Match: "<revision>" (412 when the dossier is at another revision); Idempotency-Key: a retry with the same key returns the first response unchanged and writes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            newDueAt: string;
            at?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The dossier's state forbids the command (e.g. DOSSIER_ALREADY_EXISTS, DOSSIER_FINISHED, NOT_RESOLVED) */
        409: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description If-Match does not match the current revision (PRECONDITION_FAILED) */
        412: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large (PAYLOAD_TOO_LARGE) */
        413: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body is not application/json (UNSUPPORTED_MEDIA_TYPE) */
        415: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The command can never be accepted as written (e.g. RECEIVED_IN_FUTURE, UNKNOWN_PROCEDURE, IDEMPOTENCY_KEY_REUSED) */
        422: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Shutting down or not ready (SHUTTING_DOWN, NOT_READY) */
        503: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/dossiers/{code}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resolve: approved or refused
     * @description Optional headers: If-Match: "<revision>" (412 when the dossier is at another revision); Idempotency-Key: a retry with the same key returns the first response unchanged and writes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            decision: 'approved' | 'refused';
            note?: string;
            at?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The dossier's state forbids the command (e.g. DOSSIER_ALREADY_EXISTS, DOSSIER_FINISHED, NOT_RESOLVED) */
        409: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description If-Match does not match the current revision (PRECONDITION_FAILED) */
        412: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large (PAYLOAD_TOO_LARGE) */
        413: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body is not application/json (UNSUPPORTED_MEDIA_TYPE) */
        415: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The command can never be accepted as written (e.g. RECEIVED_IN_FUTURE, UNKNOWN_PROCEDURE, IDEMPOTENCY_KEY_REUSED) */
        422: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Shutting down or not ready (SHUTTING_DOWN, NOT_READY) */
        503: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/dossiers/{code}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Return the result to the applicant (finishes the dossier)
     * @description Optional headers: If-Match: "<revision>" (412 when the dossier is at another revision); Idempotency-Key: a retry with the same key returns the first response unchanged and writes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            at?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The dossier's state forbids the command (e.g. DOSSIER_ALREADY_EXISTS, DOSSIER_FINISHED, NOT_RESOLVED) */
        409: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description If-Match does not match the current revision (PRECONDITION_FAILED) */
        412: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large (PAYLOAD_TOO_LARGE) */
        413: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body is not application/json (UNSUPPORTED_MEDIA_TYPE) */
        415: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The command can never be accepted as written (e.g. RECEIVED_IN_FUTURE, UNKNOWN_PROCEDURE, IDEMPOTENCY_KEY_REUSED) */
        422: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Shutting down or not ready (SHUTTING_DOWN, NOT_READY) */
        503: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/dossiers/{code}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The applicant withdraws the dossier (finishes it)
     * @description Optional headers: If-Match: "<revision>" (412 when the dossier is at another revision); Idempotency-Key: a retry with the same key returns the first response unchanged and writes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
            at?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The dossier's state forbids the command (e.g. DOSSIER_ALREADY_EXISTS, DOSSIER_FINISHED, NOT_RESOLVED) */
        409: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description If-Match does not match the current revision (PRECONDITION_FAILED) */
        412: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large (PAYLOAD_TOO_LARGE) */
        413: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body is not application/json (UNSUPPORTED_MEDIA_TYPE) */
        415: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The command can never be accepted as written (e.g. RECEIVED_IN_FUTURE, UNKNOWN_PROCEDURE, IDEMPOTENCY_KEY_REUSED) */
        422: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Shutting down or not ready (SHUTTING_DOWN, NOT_READY) */
        503: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/dossiers/{code}/return-unprocessed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Return the dossier unprocessed (finishes it)
     * @description Optional headers: If-Match: "<revision>" (412 when the dossier is at another revision); Idempotency-Key: a retry with the same key returns the first response unchanged and writes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            at?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The dossier's state forbids the command (e.g. DOSSIER_ALREADY_EXISTS, DOSSIER_FINISHED, NOT_RESOLVED) */
        409: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description If-Match does not match the current revision (PRECONDITION_FAILED) */
        412: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large (PAYLOAD_TOO_LARGE) */
        413: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body is not application/json (UNSUPPORTED_MEDIA_TYPE) */
        415: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The command can never be accepted as written (e.g. RECEIVED_IN_FUTURE, UNKNOWN_PROCEDURE, IDEMPOTENCY_KEY_REUSED) */
        422: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Shutting down or not ready (SHUTTING_DOWN, NOT_READY) */
        503: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/dossiers/{code}/digitise': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record digitisation of the papers or the result
     * @description Optional headers: If-Match: "<revision>" (412 when the dossier is at another revision); Idempotency-Key: a retry with the same key returns the first response unchanged and writes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            what: 'papers' | 'result';
            at?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The dossier's state forbids the command (e.g. DOSSIER_ALREADY_EXISTS, DOSSIER_FINISHED, NOT_RESOLVED) */
        409: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description If-Match does not match the current revision (PRECONDITION_FAILED) */
        412: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large (PAYLOAD_TOO_LARGE) */
        413: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body is not application/json (UNSUPPORTED_MEDIA_TYPE) */
        415: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The command can never be accepted as written (e.g. RECEIVED_IN_FUTURE, UNKNOWN_PROCEDURE, IDEMPOTENCY_KEY_REUSED) */
        422: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Shutting down or not ready (SHUTTING_DOWN, NOT_READY) */
        503: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/dossiers/{code}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a fee payment (integer VND)
     * @description Optional headers: If-Match: "<revision>" (412 when the dossier is at another revision); Idempotency-Key: a retry with the same key returns the first response unchanged and writes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            method: 'online' | 'counter';
            amountVnd: number;
            at?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The dossier's state forbids the command (e.g. DOSSIER_ALREADY_EXISTS, DOSSIER_FINISHED, NOT_RESOLVED) */
        409: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description If-Match does not match the current revision (PRECONDITION_FAILED) */
        412: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large (PAYLOAD_TOO_LARGE) */
        413: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body is not application/json (UNSUPPORTED_MEDIA_TYPE) */
        415: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The command can never be accepted as written (e.g. RECEIVED_IN_FUTURE, UNKNOWN_PROCEDURE, IDEMPOTENCY_KEY_REUSED) */
        422: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Shutting down or not ready (SHUTTING_DOWN, NOT_READY) */
        503: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/dossiers/{code}/rating': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a satisfaction rating
     * @description Optional headers: If-Match: "<revision>" (412 when the dossier is at another revision); Idempotency-Key: a retry with the same key returns the first response unchanged and writes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            score: number;
            complaint: boolean;
            comment?: string;
            at?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The dossier's state forbids the command (e.g. DOSSIER_ALREADY_EXISTS, DOSSIER_FINISHED, NOT_RESOLVED) */
        409: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description If-Match does not match the current revision (PRECONDITION_FAILED) */
        412: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large (PAYLOAD_TOO_LARGE) */
        413: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body is not application/json (UNSUPPORTED_MEDIA_TYPE) */
        415: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The command can never be accepted as written (e.g. RECEIVED_IN_FUTURE, UNKNOWN_PROCEDURE, IDEMPOTENCY_KEY_REUSED) */
        422: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Shutting down or not ready (SHUTTING_DOWN, NOT_READY) */
        503: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/dossiers/{code}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Correct an earlier event (supersede it with a replacement, or retract it)
     * @description Optional headers: If-Match: "<revision>" (412 when the dossier is at another revision); Idempotency-Key: a retry with the same key returns the first response unchanged and writes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            supersedes: string;
            reason: string;
            replacement: {
              type: string;
              occurredAt: string;
              data: {
                [key: string]: unknown;
              };
            } | null;
            at?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The dossier's state forbids the command (e.g. DOSSIER_ALREADY_EXISTS, DOSSIER_FINISHED, NOT_RESOLVED) */
        409: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description If-Match does not match the current revision (PRECONDITION_FAILED) */
        412: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large (PAYLOAD_TOO_LARGE) */
        413: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body is not application/json (UNSUPPORTED_MEDIA_TYPE) */
        415: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The command can never be accepted as written (e.g. RECEIVED_IN_FUTURE, UNKNOWN_PROCEDURE, IDEMPOTENCY_KEY_REUSED) */
        422: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Shutting down or not ready (SHUTTING_DOWN, NOT_READY) */
        503: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/dossiers/{code}/handovers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hand the dossier over to the next desk or unit (a processing step)
     * @description Optional headers: If-Match: "<revision>" (412 when the dossier is at another revision); Idempotency-Key: a retry with the same key returns the first response unchanged and writes nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            fromUnit: string;
            giver: string;
            toUnit: string;
            receiver: string;
            stepDueAt?: string;
            note?: string;
            at?: string;
          };
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CommandResult'];
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The dossier's state forbids the command (e.g. DOSSIER_ALREADY_EXISTS, DOSSIER_FINISHED, NOT_RESOLVED) */
        409: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description If-Match does not match the current revision (PRECONDITION_FAILED) */
        412: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body too large (PAYLOAD_TOO_LARGE) */
        413: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Body is not application/json (UNSUPPORTED_MEDIA_TYPE) */
        415: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The command can never be accepted as written (e.g. RECEIVED_IN_FUTURE, UNKNOWN_PROCEDURE, IDEMPOTENCY_KEY_REUSED) */
        422: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Shutting down or not ready (SHUTTING_DOWN, NOT_READY) */
        503: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/reports/form06': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Form 06 of an office for a period
     * @description Period: from and to (days, inclusive), or year with quarter or month (or year alone), under a convention. format=json returns the report object; csv (text/csv) and xlsx (spreadsheet) return the form.
     */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          year?: number;
          quarter?: number;
          month?: number;
          convention?: 'calendar' | 'cutoff';
          knownAt?: string;
          format?: 'json' | 'csv' | 'xlsx';
          lang?: 'vi' | 'en';
        };
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The report object (format=json), or the form as csv or xlsx */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Form06Report'];
            'text/csv': string;
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/reports/form06/cells/{cell}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The dossiers behind one cell of Form 06 (always as many as the cell says)
     * @description Same period parameters as the report; field selects a row (omit it for the total row).
     */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          year?: number;
          quarter?: number;
          month?: number;
          convention?: 'calendar' | 'cutoff';
          knownAt?: string;
          field?: string;
        };
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
          cell:
            | 'received.total'
            | 'received.online'
            | 'received.directOrPostal'
            | 'received.direct'
            | 'received.postal'
            | 'received.carriedOver'
            | 'resolved.total'
            | 'resolved.early'
            | 'resolved.onTime'
            | 'resolved.late'
            | 'pending.total'
            | 'pending.withinDeadline'
            | 'pending.overdue'
            | 'withdrawnOrReturned'
            | 'awaitingSupplement'
            | 'lateRescheduled';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              office: string;
              period: {
                from: string;
                to: string;
              };
              knownAt: string | null;
              cell: string;
              field: string | null;
              count: number;
              dossiers: string[];
            };
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/reports/form06/drill-down': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The same drill-down, with the cell as a query parameter (?cell=resolved.late) */
    get: {
      parameters: {
        query: {
          from?: string;
          to?: string;
          year?: number;
          quarter?: number;
          month?: number;
          convention?: 'calendar' | 'cutoff';
          knownAt?: string;
          field?: string;
          cell:
            | 'received.total'
            | 'received.online'
            | 'received.directOrPostal'
            | 'received.direct'
            | 'received.postal'
            | 'received.carriedOver'
            | 'resolved.total'
            | 'resolved.early'
            | 'resolved.onTime'
            | 'resolved.late'
            | 'pending.total'
            | 'pending.withinDeadline'
            | 'pending.overdue'
            | 'withdrawnOrReturned'
            | 'awaitingSupplement'
            | 'lateRescheduled';
        };
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              office: string;
              period: {
                from: string;
                to: string;
              };
              knownAt: string | null;
              cell: string;
              field: string | null;
              count: number;
              dossiers: string[];
            };
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Service-quality indicators (766/QĐ-TTg) of an office for a period, each with numerator and denominator */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          year?: number;
          quarter?: number;
          month?: number;
          convention?: 'calendar' | 'cutoff';
          knownAt?: string;
        };
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              office: string;
              period: {
                from: string;
                to: string;
              };
              knownAt: string | null;
              indicators: components['schemas']['Indicators'];
            };
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/dossiers/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A dossier's state and full timeline; ETag is the stream revision */
    get: {
      parameters: {
        query?: {
          asOf?: string;
          knownAt?: string;
        };
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DossierView'];
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/dossiers/{code}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A dossier's audit trail: every event with occurredAt, recordedAt, actor, position and hash */
    get: {
      parameters: {
        query?: {
          knownAt?: string;
        };
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              office: string;
              code: string;
              knownAt: string | null;
              timeline: components['schemas']['TimelineEntry'][];
            };
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/procedures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The procedure catalogue (code, name, field, time limit, online level, fee) */
    get: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              procedures: ({
                code: string;
                name: string;
                field: string;
                timeLimit: {
                  unit: string;
                  amount: number;
                } & {
                  [key: string]: unknown;
                };
                onlineLevel: string;
                nonGeographic: boolean;
                feeVnd: number;
              } & {
                [key: string]: unknown;
              })[];
              fields: string[];
            };
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Units of the office hierarchy the key covers, with their offices */
    get: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              units: {
                code: string;
                name: string | null;
                level: string | null;
                parent: string | null;
                offices: string[];
              }[];
            };
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/units/{unit}/reports/form06': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Form 06 rolled up over every office below a unit (district, province) */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          year?: number;
          quarter?: number;
          month?: number;
          convention?: 'calendar' | 'cutoff';
          knownAt?: string;
          format?: 'json' | 'csv' | 'xlsx';
          lang?: 'vi' | 'en';
        };
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          unit: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The report object (format=json), or the form as csv or xlsx */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Form06Report'];
            'text/csv': string;
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Recompute the log's hash chain; names the first position where it breaks
     * @description Auditors and admins. 200 with ok=true, or ok=false with firstBadPosition and reason.
     */
    get: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ok: boolean;
              size: string | null;
              headHash: string | null;
              firstBadPosition: string | null;
              reason: string | null;
              checkedAt: string;
              checkpoint?: {
                file: string;
                size: string;
                signedAt: string | null;
                ageSeconds: number | null;
                holds: boolean | null;
                reason: string | null;
              } | null;
            };
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/dossiers/{code}/papers/{form}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A form of Thông tư 03/2025/TT-VPCP (01…07) for the dossier, as PDF or DOCX
     * @description 01 receipt slip, 02 supplement request, 03 refusal, 04 apology and extension, 05 stop notice, 06 control sheet (each hand-over early / on time / late), 07 tracking-book line. 409 FORM_NOT_APPLICABLE when the dossier never reached the step the form records.
     */
    get: {
      parameters: {
        query?: {
          format?: 'pdf' | 'docx';
          knownAt?: string;
        };
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
          code: string;
          form: '01' | '02' | '03' | '04' | '05' | '06' | '07';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The dossier's state forbids the command (e.g. DOSSIER_ALREADY_EXISTS, DOSSIER_FINISHED, NOT_RESOLVED) */
        409: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/offices/{office}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Live stream of the office's events (text/event-stream)
     * @description Each event is sent as `id: <global position>` and `data: <JSON>` (default event name "message"). Without Last-Event-ID the stream starts with events stored from now on; with Last-Event-ID: N it first sends every event of this office after position N, then continues live, without gaps or repeats.
     */
    get: {
      parameters: {
        query?: {
          after?: string;
        };
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path: {
          office: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Server-Sent Events */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/event-stream': string;
          };
        };
        /** @description Bad request: malformed JSON, wrong types, unknown values (VALIDATION_FAILED, MALFORMED_JSON…) */
        400: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No key or an unknown key (UNAUTHORIZED) */
        401: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description The key does not cover this office, role or feature (FORBIDDEN, TIME_TRAVEL_FORBIDDEN) */
        403: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description No such dossier, unit or route */
        404: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Rate limit of the key exceeded (RATE_LIMITED) */
        429: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Internal error (INTERNAL) */
        500: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description RFC 9457 problem details, sent as application/problem+json */
    ProblemInput: {
      /** @description URI naming the kind of problem (urn:motcua:problem:<code>) */
      type: string;
      title: string;
      status: number;
      detail: string;
      /** @description Stable machine-readable code, e.g. DOSSIER_NOT_FOUND */
      code: string;
      instance: string;
      errors?: {
        path: string;
        message: string;
      }[];
    };
    CommandResultInput: {
      office: string;
      dossierCode: string;
      revision: string;
      position: string;
      events: {
        eventId: string;
        type: string;
        occurredAt: string;
      }[];
      dueAt?: string;
      dueProvisional?: boolean;
    };
    CountsInput: {
      received: {
        total: number;
        online: number;
        directOrPostal: number;
        direct: number;
        postal: number;
        carriedOver: number;
      } & {
        [key: string]: unknown;
      };
      resolved: {
        total: number;
        early: number;
        onTime: number;
        late: number;
      } & {
        [key: string]: unknown;
      };
      pending: {
        total: number;
        withinDeadline: number;
        overdue: number;
      } & {
        [key: string]: unknown;
      };
      withdrawnOrReturned: number;
      awaitingSupplement: number;
      lateRescheduled: number;
    } & {
      [key: string]: unknown;
    };
    IndicatorsInput: {
      progress: {
        numerator: number;
        denominator: number;
        value: number | null;
      } & {
        [key: string]: unknown;
      };
      onlineRate: {
        numerator: number;
        denominator: number;
        value: number | null;
      } & {
        [key: string]: unknown;
      };
      onlinePaymentRate: {
        numerator: number;
        denominator: number;
        value: number | null;
      } & {
        [key: string]: unknown;
      };
      digitisation: {
        numerator: number;
        denominator: number;
        value: number | null;
      } & {
        [key: string]: unknown;
      };
      earlyOrOnTimeOverHandled: {
        numerator: number;
        denominator: number;
        value: number | null;
      } & {
        [key: string]: unknown;
      };
      earlyOrOnTimeOverResolved: {
        numerator: number;
        denominator: number;
        value: number | null;
      } & {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /** @description Form 06 (Biểu số 06): a row per field and the total, with indicators */
    Form06ReportInput: {
      period: {
        from: string;
        to: string;
      };
      office: string;
      offices: string[];
      knownAt: string | null;
      total: components['schemas']['CountsInput'];
      rows: ({
        field: string;
        received: {
          total: number;
          online: number;
          directOrPostal: number;
          direct: number;
          postal: number;
          carriedOver: number;
        } & {
          [key: string]: unknown;
        };
        resolved: {
          total: number;
          early: number;
          onTime: number;
          late: number;
        } & {
          [key: string]: unknown;
        };
        pending: {
          total: number;
          withinDeadline: number;
          overdue: number;
        } & {
          [key: string]: unknown;
        };
        withdrawnOrReturned: number;
        awaitingSupplement: number;
        lateRescheduled: number;
      } & {
        [key: string]: unknown;
      })[];
      indicators: components['schemas']['IndicatorsInput'];
    } & {
      [key: string]: unknown;
    };
    TimelineEntryInput: {
      type: string;
      schemaVersion: number;
      occurredAt: string;
      recordedAt: string;
      actor: string;
      position: string;
      revision: string;
      hash: string;
      eventId: string;
      data: unknown;
      correctedBy?: string;
      retracted?: boolean;
    } & {
      [key: string]: unknown;
    };
    DossierViewInput: {
      office: string;
      code: string;
      streamId: string;
      procedureCode: string | null;
      field: string;
      channel: string;
      transferredIn: boolean;
      receivedAt: string;
      receivedDay: string;
      dueAt: string;
      dueDay: string;
      dueProvisional: boolean;
      rescheduledDueAt: string | null;
      status: string;
      awaitingSupplement: boolean;
      finished:
        | ({
            type: string;
            kind: string;
            at: string;
            day: string;
            outcome: string;
          } & {
            [key: string]: unknown;
          })
        | null;
      digitised: {
        papers: boolean;
        result: boolean;
      } & {
        [key: string]: unknown;
      };
      payments: ({
        method: string;
        amountVnd: number;
        at: string;
      } & {
        [key: string]: unknown;
      })[];
      satisfaction:
        | ({
            score: number;
            complaint: boolean;
          } & {
            [key: string]: unknown;
          })
        | null;
      asOf: string | null;
      knownAt: string | null;
      timeline: components['schemas']['TimelineEntryInput'][];
    } & {
      [key: string]: unknown;
    };
    /** @description RFC 9457 problem details, sent as application/problem+json */
    Problem: {
      /** @description URI naming the kind of problem (urn:motcua:problem:<code>) */
      type: string;
      title: string;
      status: number;
      detail: string;
      /** @description Stable machine-readable code, e.g. DOSSIER_NOT_FOUND */
      code: string;
      instance: string;
      errors?: {
        path: string;
        message: string;
      }[];
    };
    CommandResult: {
      office: string;
      dossierCode: string;
      revision: string;
      position: string;
      events: {
        eventId: string;
        type: string;
        occurredAt: string;
      }[];
      dueAt?: string;
      dueProvisional?: boolean;
    };
    Counts: {
      received: {
        total: number;
        online: number;
        directOrPostal: number;
        direct: number;
        postal: number;
        carriedOver: number;
      } & {
        [key: string]: unknown;
      };
      resolved: {
        total: number;
        early: number;
        onTime: number;
        late: number;
      } & {
        [key: string]: unknown;
      };
      pending: {
        total: number;
        withinDeadline: number;
        overdue: number;
      } & {
        [key: string]: unknown;
      };
      withdrawnOrReturned: number;
      awaitingSupplement: number;
      lateRescheduled: number;
    } & {
      [key: string]: unknown;
    };
    Indicators: {
      progress: {
        numerator: number;
        denominator: number;
        value: number | null;
      } & {
        [key: string]: unknown;
      };
      onlineRate: {
        numerator: number;
        denominator: number;
        value: number | null;
      } & {
        [key: string]: unknown;
      };
      onlinePaymentRate: {
        numerator: number;
        denominator: number;
        value: number | null;
      } & {
        [key: string]: unknown;
      };
      digitisation: {
        numerator: number;
        denominator: number;
        value: number | null;
      } & {
        [key: string]: unknown;
      };
      earlyOrOnTimeOverHandled: {
        numerator: number;
        denominator: number;
        value: number | null;
      } & {
        [key: string]: unknown;
      };
      earlyOrOnTimeOverResolved: {
        numerator: number;
        denominator: number;
        value: number | null;
      } & {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /** @description Form 06 (Biểu số 06): a row per field and the total, with indicators */
    Form06Report: {
      period: {
        from: string;
        to: string;
      };
      office: string;
      offices: string[];
      knownAt: string | null;
      total: components['schemas']['Counts'];
      rows: ({
        field: string;
        received: {
          total: number;
          online: number;
          directOrPostal: number;
          direct: number;
          postal: number;
          carriedOver: number;
        } & {
          [key: string]: unknown;
        };
        resolved: {
          total: number;
          early: number;
          onTime: number;
          late: number;
        } & {
          [key: string]: unknown;
        };
        pending: {
          total: number;
          withinDeadline: number;
          overdue: number;
        } & {
          [key: string]: unknown;
        };
        withdrawnOrReturned: number;
        awaitingSupplement: number;
        lateRescheduled: number;
      } & {
        [key: string]: unknown;
      })[];
      indicators: components['schemas']['Indicators'];
    } & {
      [key: string]: unknown;
    };
    TimelineEntry: {
      type: string;
      schemaVersion: number;
      occurredAt: string;
      recordedAt: string;
      actor: string;
      position: string;
      revision: string;
      hash: string;
      eventId: string;
      data: unknown;
      correctedBy?: string;
      retracted?: boolean;
    } & {
      [key: string]: unknown;
    };
    DossierView: {
      office: string;
      code: string;
      streamId: string;
      procedureCode: string | null;
      field: string;
      channel: string;
      transferredIn: boolean;
      receivedAt: string;
      receivedDay: string;
      dueAt: string;
      dueDay: string;
      dueProvisional: boolean;
      rescheduledDueAt: string | null;
      status: string;
      awaitingSupplement: boolean;
      finished:
        | ({
            type: string;
            kind: string;
            at: string;
            day: string;
            outcome: string;
          } & {
            [key: string]: unknown;
          })
        | null;
      digitised: {
        papers: boolean;
        result: boolean;
      } & {
        [key: string]: unknown;
      };
      payments: ({
        method: string;
        amountVnd: number;
        at: string;
      } & {
        [key: string]: unknown;
      })[];
      satisfaction:
        | ({
            score: number;
            complaint: boolean;
          } & {
            [key: string]: unknown;
          })
        | null;
      asOf: string | null;
      knownAt: string | null;
      timeline: components['schemas']['TimelineEntry'][];
    } & {
      [key: string]: unknown;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
