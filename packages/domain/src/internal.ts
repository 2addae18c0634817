// The package's `@motcua/domain/internal` entry: for the store only, not re-exported by the index.
// markValidated lets its caller skip the store's validation for an object it marks, so it is not public.
export { markValidated, type ValidatedForm, validatedForm } from './validated.js';
