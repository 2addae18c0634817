// @motcua/domain/testing: test support for embedders (decider specifications over events).
export * from './decider-specification.js';
