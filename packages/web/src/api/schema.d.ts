// Generated from /openapi.json by openapi-typescript; refresh with pnpm --filter @motcua/web api
export interface paths {
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
    /**
     * The work list: an office’s dossiers (open ones by default), filtered, sorted by due date, paged
     * @description Sorted by dueAt, then code. Each item has its status at `at` and the working time left. Pages: limit, then the nextCursor of the answer as cursor; a cursor keeps the first page’s cut-off and instant, so writes made meanwhile neither repeat nor skip items. An altered cursor, or one sent with other filters, is a 400 problem.
     */
    get: {
      parameters: {
        query?: {
          status?:
            | 'open'
            | 'within-deadline'
            | 'due-soon'
            | 'overdue'
            | 'awaiting-supplement'
            | 'resolved'
            | 'finished'
            | 'all';
          field?: string;
          channel?: 'online' | 'direct' | 'postal';
          dueBefore?: string;
          q?: string;
          dueWithinHours?: number;
          limit?: number;
          cursor?: string;
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
              knownAt: string | null;
              at: string;
              /** @enum {string} */
              status:
                | 'open'
                | 'within-deadline'
                | 'due-soon'
                | 'overdue'
                | 'awaiting-supplement'
                | 'resolved'
                | 'finished'
                | 'all';
              total: number;
              items: components['schemas']['WorkItem'][];
              nextCursor: string | null;
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
  '/v1/offices/{office}/dossiers/{code}/stop': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stop notice: stop processing the dossier (Thông báo dừng giải quyết hồ sơ; dossiers received from 1 July 2025; finishes it)
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
          format?: 'json' | 'csv' | 'xlsx' | 'pdf';
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
  '/v1/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Units the key covers, with their offices: the units catalogue recorded in the log (with the days in force, predecessors and successors; knownAt for auditors) and the hierarchy file (no dates) */
    get: {
      parameters: {
        query?: {
          knownAt?: string;
        };
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
              knownAt: string | null;
              units: {
                code: string;
                name: string | null;
                level: string | null;
                parent: string | null;
                offices: string[];
                validFrom: string | null;
                validTo: string | null;
                successor: string | null;
                successors: string[];
                predecessors: string[];
                /** @enum {string} */
                source: 'catalogue' | 'hierarchy-file';
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
          format?: 'json' | 'csv' | 'xlsx' | 'pdf';
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
  '/v1/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Recompute the log's hash chain; names the first position where it breaks
     * @description Auditors and admins. 200 with ok=true, or ok=false with firstBadPosition, code (what breaks there, e.g. HASH_MISMATCH) and reason (in the language of Accept-Language).
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
              code: string | null;
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
  '/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The key's role and offices, and what it may do */
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
            'application/json': components['schemas']['Me'];
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
  '/v1/offices/{office}/due-date': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The due date a receipt would get: the procedure's time limit counted on the working calendar */
    get: {
      parameters: {
        query: {
          procedureCode: string;
          receivedAt: string;
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
            'application/json': components['schemas']['DueDate'];
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
  '/v1/calendar/working-time': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Working time between two instants on the working calendar (office hours, days off) */
    get: {
      parameters: {
        query: {
          from: string;
          to: string;
        };
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
            'application/json': components['schemas']['WorkingTime'];
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
  '/v1/offices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The offices this key may see (the ledger’s and the units catalogue’s), with their names
     * @description A clerk, leader or auditor key: the offices it lists and those below the units it lists; an admin key: every known office. name and unit come from the units catalogue (serve --hierarchy), null when absent.
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
              offices: {
                code: string;
                name: string | null;
                unit: string | null;
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
  '/v1/offices/{office}/reports/form06/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What changed in an office’s Form 06 between knownAt and against (or now), and why
     * @description The report as known at knownAt against as known at against (default: now), for the same period: each cell whose number changed or whose dossiers changed, with both numbers and every dossier that entered or left it, each with the events recorded after knownAt (up to against) that moved it — a late entry, a correction. Rows: "" is the total row. Auditors and admins (knownAt is time travel).
     */
    get: {
      parameters: {
        query: {
          from?: string;
          to?: string;
          year?: number;
          quarter?: number;
          month?: number;
          convention?: 'calendar' | 'cutoff';
          knownAt: string;
          against?: string;
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
            'application/json': components['schemas']['ReportChanges'];
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
  '/v1/units/{unit}/reports/form06/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What changed in a unit’s rolled-up Form 06 between knownAt and against (or now), and why
     * @description The report as known at knownAt against as known at against (default: now), for the same period: each cell whose number changed or whose dossiers changed, with both numbers and every dossier that entered or left it, each with the events recorded after knownAt (up to against) that moved it — a late entry, a correction. Rows: "" is the total row. Auditors and admins (knownAt is time travel).
     */
    get: {
      parameters: {
        query: {
          from?: string;
          to?: string;
          year?: number;
          quarter?: number;
          month?: number;
          convention?: 'calendar' | 'cutoff';
          knownAt: string;
          against?: string;
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
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ReportChanges'];
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
  '/v1/offices/{office}/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a tracking book (CSV or xlsx, the file as the body); dryRun=true checks it only
     * @description Body: the file itself, Content-Type text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet (application/octet-stream: told apart by its content). Every line is checked as `motcua import` checks it; each refused line is listed with its line and column, in Vietnamese (English with Accept-Language: en). dryRun=true writes nothing (200, ok says whether the book would be imported). Otherwise all or nothing in one transaction: 200 with the counts, or 422 with the issues and nothing written. Importing the same book again writes nothing. Clerks and admins of the office.
     */
    post: {
      parameters: {
        query?: {
          dryRun?: '0' | '1' | 'true' | 'false' | '';
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
      /** @description The tracking book file itself: CSV text, or an .xlsx workbook */
      requestBody: {
        content: {
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/octet-stream': string;
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              office: string;
              dryRun: boolean;
              ok: boolean;
              rows: number;
              dossiers: number;
              events: number;
              written: number;
              skipped: number;
              issues: {
                line: number;
                column: string;
                header: string | null;
                code: string;
                message: string;
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
        /** @description Some line of the book was refused and nothing was written (VALIDATION_FAILED, with issues) */
        422: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance: string;
              errors?: {
                path: string;
                message: string;
              }[];
              office: string;
              dryRun: boolean;
              ok: boolean;
              rows: number;
              dossiers: number;
              events: number;
              written: number;
              skipped: number;
              issues: {
                line: number;
                column: string;
                header: string | null;
                code: string;
                message: string;
              }[];
            };
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
        /** @description Problem */
        501: {
          headers: {
            /** @description Language of the problem: vi or en, as negotiated from Accept-Language */
            'Content-Language'?: 'vi' | 'en';
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
  '/v1/stream-tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A short-lived token that opens one office’s live stream (?token=), for browsers
     * @description Signed by the server, scoped to the office and this key, usable for 60 s to open GET /v1/offices/{office}/events?token=…; it opens nothing else. Reconnecting needs a new token. The API key itself is never accepted in a URL.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            office: string;
          };
        };
      };
      responses: {
        /** @description Created */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              token: string;
              office: string;
              expiresAt: string;
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
  '/v1/offices/{office}/book': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The office's tracking book (form 07) for a year, as XLSX in the columns the book import reads */
    get: {
      parameters: {
        query: {
          year: number;
          field?: string;
          knownAt?: string;
          format?: 'xlsx';
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
  '/v1/offices/{office}/scorecard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The 766 scorecard of an office for a period (no outside facts), each figure with its numerator and denominator */
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
            'application/json': components['schemas']['Scorecard'];
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
    /** The 766 scorecard of an office for a period (outside facts in the body), each figure with its numerator and denominator */
    post: {
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
      requestBody: {
        content: {
          'application/json': {
            inputs?: {
              [key: string]:
                | number
                | {
                    numerator: number;
                    denominator: number;
                  };
            };
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
            'application/json': components['schemas']['Scorecard'];
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
  '/v1/units/{unit}/scorecard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The 766 scorecard of a unit, over every office below it (no outside facts) */
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
          unit: string;
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
            'application/json': components['schemas']['Scorecard'];
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
    /** The 766 scorecard of a unit, over every office below it (outside facts in the body) */
    post: {
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
          unit: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            inputs?: {
              [key: string]:
                | number
                | {
                    numerator: number;
                    denominator: number;
                  };
            };
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
            'application/json': components['schemas']['Scorecard'];
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
  '/v1/audit/checkpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check an uploaded checkpoint file against the log (nothing is written)
     * @description Body: the checkpoint file itself (Content-Type text/plain), as `motcua checkpoint sign` writes it. publicKey: the signer's public key (PEM text); without it, the server's own --checkpoint-key. 200 with holds=true when the log still holds exactly the signed events, holds=false with reason (and firstBadPosition when one can be named) when it does not; 400 INVALID_CHECKPOINT for a file that is not a checkpoint or a missing or unreadable key; 422 CHECKPOINT_SIGNATURE_MISMATCH when the signature is not that key's (an edited checkpoint, or the wrong key). Auditors and admins.
     */
    post: {
      parameters: {
        query?: {
          publicKey?: string;
        };
        header?: {
          /** @description Language of problem titles, details and error messages: Vietnamese (vi) by default, English when the header prefers en (q-values honoured, e.g. `en`, `en-US`, `vi;q=0.9,en;q=0.8`). Codes and types do not change. */
          'accept-language'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'text/plain': string;
        };
      };
      responses: {
        /** @description OK */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              holds: boolean;
              logName: string;
              size: string;
              headHash: string;
              signedAt: string | null;
              logSize: string | null;
              firstBadPosition: string | null;
              reason: string | null;
              checkedAt: string;
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
  '/v1/offices/{office}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Live stream of the office's events (text/event-stream)
     * @description Each event is sent as `id: <global position>` and `data: <JSON>` (default event name "message"). Without Last-Event-ID the stream starts with events stored from now on; with Last-Event-ID: N it first sends every event of this office after position N, then continues live, without gaps or repeats. A browser opens it with ?token= (POST /v1/stream-tokens) instead of the Authorization header.
     */
    get: {
      parameters: {
        query?: {
          after?: string;
          token?: string;
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
        /** @description Shutting down, not ready, or the ledger cannot be reached for now (SHUTTING_DOWN, NOT_READY, STORE_UNAVAILABLE) */
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
    /** @description Form 06 (Biểu số 06): a row per field and the total, with indicators and the rule sets applied */
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
      /** @description The rule sets the counted dossiers were received under (by receipt day), with their legal basis */
      ruleSets: ({
        id: string;
        name: string;
        nameVi: string;
        validFrom: string | null;
        validTo: string | null;
        legalBasis: ({
          number: string;
          title: string;
          signed: string;
          inForce: string;
        } & {
          [key: string]: unknown;
        })[];
        dossiers: number;
      } & {
        [key: string]: unknown;
      })[];
      coverage?: {
        unit: string;
        name: string;
        level: string;
        validFrom: string | null;
        validTo: string | null;
        requested: {
          from: string;
          to: string;
        };
        endsOn: string | null;
        hierarchyOn: string;
        units: string[];
        predecessors: string[];
        note: {
          vi: string;
          en: string;
        };
      };
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
      /** @description The processing steps (hand-overs), in order; outcome is the giver's step against its deadline, null when none was set */
      handovers: ({
        at: string;
        day: string;
        fromUnit: string;
        giver: string;
        toUnit: string;
        receiver: string;
        stepDueAt: string | null;
        outcome: ('early' | 'onTime' | 'late') | null;
        note: string | null;
      } & {
        [key: string]: unknown;
      })[];
      asOf: string | null;
      knownAt: string | null;
      timeline: components['schemas']['TimelineEntryInput'][];
    } & {
      [key: string]: unknown;
    };
    DueDateInput: {
      office: string;
      procedureCode: string;
      procedureName: string;
      field: string;
      timeLimit: {
        /** @enum {string} */
        unit: 'workingDays' | 'workingHours' | 'calendarDays';
        amount: number;
      };
      receivedAt: string;
      /** @description The due date a receipt at receivedAt gets when it names no dueAt */
      dueAt: string;
      /** @description The year has no announced calendar yet: the date may still move */
      dueProvisional: boolean;
    };
    WorkingTimeInput: {
      from: string;
      to: string;
      /** @description Working milliseconds from `from` to `to` (0 when to is not after from) */
      workingMs: number;
      workingMsPerDay: number;
    };
    WorkItemInput: {
      code: string;
      field: string;
      channel: string;
      procedureCode: string | null;
      receivedAt: string;
      /** @description The due date in effect: the slip’s, moved by supplement waits (never by an apology) */
      dueAt: string;
      /** @description The apology’s new date, when there was one */
      rescheduledDueAt: string | null;
      /** @enum {string} */
      status: 'within-deadline' | 'due-soon' | 'overdue' | 'awaiting-supplement' | 'resolved' | 'finished';
      finishedAt: string | null;
      /** @description Working time to dueAt from `at` (negative: overdue); null when finished or awaiting a supplement */
      workingMsLeft: number | null;
      /** @description The same in working hours (2 decimals) */
      workingHoursLeft: number | null;
    };
    ReportChangesInput: {
      office: string;
      offices: string[];
      period: {
        from: string;
        to: string;
      };
      knownAt: string;
      against: string | null;
      cells: {
        /** @description The row: a field, or "" for the total row */
        field: string;
        /** @enum {string} */
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
        /** @description The number as known at knownAt */
        before: number;
        /** @description The number as known at against (or now) */
        after: number;
        dossiers: {
          office: string;
          code: string;
          /** @description Counted in this cell as known at knownAt */
          before: boolean;
          /** @description Counted in this cell as known at against (or now) */
          after: boolean;
          /** @description Events recorded after knownAt (up to against) */
          events: {
            type: string;
            position: string;
            occurredAt: string;
            recordedAt: string;
            actor: string;
            eventId: string;
          }[];
        }[];
      }[];
    };
    ScorecardIndicatorInput: {
      id: string;
      name: {
        vi: string;
        en: string;
      };
      /**
       * @description ledger: computed from the events; input: a fact from outside
       * @enum {string}
       */
      source: 'ledger' | 'input';
      points: number;
      threshold: number;
      numerator: number | null;
      denominator: number | null;
      rate: number | null;
      /** @description points × min(1, rate ÷ threshold) */
      score: number;
      /** @description an input sub-indicator nobody gave: scored 0 */
      missing: boolean;
      /** @description whether a cited source states these points and this threshold */
      confirmed: boolean;
      note: string | null;
    };
    ScorecardInput: {
      /** @description The office, or the unit the offices roll up to */
      office: string;
      offices: string[];
      period: {
        from: string;
        to: string;
      };
      knownAt: string | null;
      version: string;
      basis: string;
      sources: string[];
      maxTotal: number;
      total: number;
      groups: {
        id: string;
        name: {
          vi: string;
          en: string;
        };
        points: number;
        score: number;
        indicators: components['schemas']['ScorecardIndicatorInput'][];
      }[];
    };
    MeInput: {
      /** @description The key's label (the actor written on its events) */
      name: string;
      /** @enum {string} */
      role: 'clerk' | 'leader' | 'auditor' | 'admin';
      /** @description True for a key that covers every office (admins, or "*") */
      allOffices: boolean;
      /** @description Office and unit codes the key names (empty when allOffices) */
      offices: string[];
      may: {
        /** @description Receive dossiers and record their lifecycle (clerk, admin) */
        write: boolean;
        /** @description knownAt and asOf (auditor, admin) */
        timeTravel: boolean;
        /** @description GET /v1/audit/verify (auditor, admin) */
        verify: boolean;
      };
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
    /** @description Form 06 (Biểu số 06): a row per field and the total, with indicators and the rule sets applied */
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
      /** @description The rule sets the counted dossiers were received under (by receipt day), with their legal basis */
      ruleSets: ({
        id: string;
        name: string;
        nameVi: string;
        validFrom: string | null;
        validTo: string | null;
        legalBasis: ({
          number: string;
          title: string;
          signed: string;
          inForce: string;
        } & {
          [key: string]: unknown;
        })[];
        dossiers: number;
      } & {
        [key: string]: unknown;
      })[];
      coverage?: {
        unit: string;
        name: string;
        level: string;
        validFrom: string | null;
        validTo: string | null;
        requested: {
          from: string;
          to: string;
        };
        endsOn: string | null;
        hierarchyOn: string;
        units: string[];
        predecessors: string[];
        note: {
          vi: string;
          en: string;
        };
      };
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
      /** @description The processing steps (hand-overs), in order; outcome is the giver's step against its deadline, null when none was set */
      handovers: ({
        at: string;
        day: string;
        fromUnit: string;
        giver: string;
        toUnit: string;
        receiver: string;
        stepDueAt: string | null;
        outcome: ('early' | 'onTime' | 'late') | null;
        note: string | null;
      } & {
        [key: string]: unknown;
      })[];
      asOf: string | null;
      knownAt: string | null;
      timeline: components['schemas']['TimelineEntry'][];
    } & {
      [key: string]: unknown;
    };
    DueDate: {
      office: string;
      procedureCode: string;
      procedureName: string;
      field: string;
      timeLimit: {
        /** @enum {string} */
        unit: 'workingDays' | 'workingHours' | 'calendarDays';
        amount: number;
      };
      receivedAt: string;
      /** @description The due date a receipt at receivedAt gets when it names no dueAt */
      dueAt: string;
      /** @description The year has no announced calendar yet: the date may still move */
      dueProvisional: boolean;
    };
    WorkingTime: {
      from: string;
      to: string;
      /** @description Working milliseconds from `from` to `to` (0 when to is not after from) */
      workingMs: number;
      workingMsPerDay: number;
    };
    WorkItem: {
      code: string;
      field: string;
      channel: string;
      procedureCode: string | null;
      receivedAt: string;
      /** @description The due date in effect: the slip’s, moved by supplement waits (never by an apology) */
      dueAt: string;
      /** @description The apology’s new date, when there was one */
      rescheduledDueAt: string | null;
      /** @enum {string} */
      status: 'within-deadline' | 'due-soon' | 'overdue' | 'awaiting-supplement' | 'resolved' | 'finished';
      finishedAt: string | null;
      /** @description Working time to dueAt from `at` (negative: overdue); null when finished or awaiting a supplement */
      workingMsLeft: number | null;
      /** @description The same in working hours (2 decimals) */
      workingHoursLeft: number | null;
    };
    ReportChanges: {
      office: string;
      offices: string[];
      period: {
        from: string;
        to: string;
      };
      knownAt: string;
      against: string | null;
      cells: {
        /** @description The row: a field, or "" for the total row */
        field: string;
        /** @enum {string} */
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
        /** @description The number as known at knownAt */
        before: number;
        /** @description The number as known at against (or now) */
        after: number;
        dossiers: {
          office: string;
          code: string;
          /** @description Counted in this cell as known at knownAt */
          before: boolean;
          /** @description Counted in this cell as known at against (or now) */
          after: boolean;
          /** @description Events recorded after knownAt (up to against) */
          events: {
            type: string;
            position: string;
            occurredAt: string;
            recordedAt: string;
            actor: string;
            eventId: string;
          }[];
        }[];
      }[];
    };
    ScorecardIndicator: {
      id: string;
      name: {
        vi: string;
        en: string;
      };
      /**
       * @description ledger: computed from the events; input: a fact from outside
       * @enum {string}
       */
      source: 'ledger' | 'input';
      points: number;
      threshold: number;
      numerator: number | null;
      denominator: number | null;
      rate: number | null;
      /** @description points × min(1, rate ÷ threshold) */
      score: number;
      /** @description an input sub-indicator nobody gave: scored 0 */
      missing: boolean;
      /** @description whether a cited source states these points and this threshold */
      confirmed: boolean;
      note: string | null;
    };
    Scorecard: {
      /** @description The office, or the unit the offices roll up to */
      office: string;
      offices: string[];
      period: {
        from: string;
        to: string;
      };
      knownAt: string | null;
      version: string;
      basis: string;
      sources: string[];
      maxTotal: number;
      total: number;
      groups: {
        id: string;
        name: {
          vi: string;
          en: string;
        };
        points: number;
        score: number;
        indicators: components['schemas']['ScorecardIndicator'][];
      }[];
    };
    Me: {
      /** @description The key's label (the actor written on its events) */
      name: string;
      /** @enum {string} */
      role: 'clerk' | 'leader' | 'auditor' | 'admin';
      /** @description True for a key that covers every office (admins, or "*") */
      allOffices: boolean;
      /** @description Office and unit codes the key names (empty when allOffices) */
      offices: string[];
      may: {
        /** @description Receive dossiers and record their lifecycle (clerk, admin) */
        write: boolean;
        /** @description knownAt and asOf (auditor, admin) */
        timeTravel: boolean;
        /** @description GET /v1/audit/verify (auditor, admin) */
        verify: boolean;
      };
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
