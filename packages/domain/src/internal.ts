// The package's `@motcua/domain/internal` entry: for the store only, not re-exported by the index.
// `trust` declares a value trusted without checking it, so only the store's validating functions call it.
export { type Trusted, trust } from './validated.js';
