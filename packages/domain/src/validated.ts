// Values a validating function produced, told apart by their type rather than by marks on the objects.
//
// Earlier the decider and parseEvent hid a mark on every event they returned (a non-enumerable symbol
// property, or a WeakMap entry) and the store skipped its own check for marked events. Once the hand-written
// fast validators existed, that shortcut cost more than it saved: with the marks, bench:import-plan spent
// about 2 µs more per row planning and preparing than without them (the two copies and the property each
// mark took), and it printed the same digest both ways. Every event the store is given is now checked
// once, by the store; what the type system marks as trusted is the store's own result, the prepared
// request, which only prepareRequest makes and only the writers that skip validation take.
declare const trusted: unique symbol;

/**
 * A `T` that a validating function made (type-only: nothing exists at run time). Functions that skip
 * validation take a `Trusted<T>`, so a value built by hand does not compile where they expect one; the
 * places that must re-assert trust (a value decoded after crossing a thread) call `trust`, by name.
 */
export type Trusted<T> = T & { readonly [trusted]: true };

/**
 * Declares `value` trusted. Only for the validating function that just checked it, and for a decoder
 * whose bytes another thread's validating function produced (say so where it is called).
 */
export const trust = <T>(value: T): Trusted<T> => value as Trusted<T>;
