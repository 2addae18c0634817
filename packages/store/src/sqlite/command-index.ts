// Command id → position of its last event: the store's idempotency lookup, kept in memory.
// Built from the command_id column at the first write and caught up inside every write transaction
// before it looks anything up (so rows written by another connection are seen). Rows of the open
// transaction go straight in; if it rolls back they come out again, by its undo log (command id,
// previous position) or, for a bulk write that keeps none (one entry per event would be a second copy
// of a huge import), by forgetting the whole index, which the next write rebuilds from the table.
import type Database from 'better-sqlite3';

export interface CommandIndex {
  /** A write transaction starts; `undoable` keeps an undo log of what it records. */
  begin(undoable: boolean): void;
  /** Reads the rows committed since the index last looked (once per transaction; later calls do nothing). */
  catchUp(): void;
  get(commandId: string): number | undefined;
  record(commandId: string, position: number): void;
  /** The transaction committed with its head at `head`. */
  committed(head: number): void;
  rolledBack(): void;
}

export function createCommandIndex(db: Database.Database): CommandIndex {
  const after = db.prepare('SELECT position, command_id FROM events WHERE position > ? ORDER BY position').raw();
  const commands = new Map<string, number>();
  let indexedUpTo = -1;
  const undo: Array<string | number | undefined> = [];
  let undoable = true;
  let caughtUp = false;
  return {
    begin(keepUndo) {
      undo.length = 0;
      undoable = keepUndo;
      caughtUp = false;
    },
    catchUp() {
      if (caughtUp) return;
      caughtUp = true;
      for (const [position, commandId] of after.iterate(indexedUpTo < 0 ? 0 : indexedUpTo) as IterableIterator<
        [number, string]
      >) {
        commands.set(commandId, position);
        indexedUpTo = position;
      }
      if (indexedUpTo < 0) indexedUpTo = 0;
    },
    get: (c) => commands.get(c),
    record(c, position) {
      if (undoable) undo.push(c, commands.get(c));
      commands.set(c, position);
    },
    committed(head) {
      undo.length = 0;
      // Only an index that caught up in this transaction covers everything up to its head: a bulk write
      // that wrote nothing never read the table.
      if (caughtUp) indexedUpTo = Math.max(indexedUpTo, head);
    },
    rolledBack() {
      if (undoable) {
        while (undo.length > 0) {
          const previous = undo.pop() as number | undefined;
          const c = undo.pop() as string;
          if (previous === undefined) commands.delete(c);
          else commands.set(c, previous);
        }
      } else {
        commands.clear();
        indexedUpTo = -1;
      }
      undo.length = 0;
    },
  };
}
