// The ledger's names: fields and offices interned as small numbers (the columns hold the numbers), and each
// office's dossiers in opening order, so a report over a few offices walks only their dossiers.
import { grow } from '../columns.js';

/** Strings numbered in the order first seen. */
export interface Interned {
  readonly names: string[];
  readonly index: Map<string, number>;
}

export function createInterned(from?: readonly string[]): Interned {
  const t: Interned = { names: [], index: new Map() };
  for (const name of from ?? []) intern(t, name);
  return t;
}

/** The number of `name`, given it if new. */
export function intern(t: Interned, name: string): number {
  let i = t.index.get(name);
  if (i === undefined) {
    i = t.names.length;
    t.names.push(name);
    t.index.set(name, i);
  }
  return i;
}

/** Each office's dossiers (by office number): the first `len[o]` of `list[o]`, with room to grow in place. */
export interface OfficeLists {
  readonly list: Int32Array[];
  readonly len: number[];
}

export function createOfficeLists(from?: readonly Int32Array[]): OfficeLists {
  const lists: OfficeLists = { list: [], len: [] };
  for (const l of from ?? []) {
    lists.list.push(grow(l, Math.max(64, l.length)));
    lists.len.push(l.length);
  }
  return lists;
}

/** Dossier d belongs to office o (o is at most one past the last office known). */
export function addToOffice(lists: OfficeLists, o: number, d: number): void {
  if (o === lists.list.length) {
    lists.list.push(new Int32Array(64));
    lists.len.push(0);
  }
  const len = lists.len[o]!;
  if (len === lists.list[o]!.length) lists.list[o] = grow(lists.list[o]!, len * 2);
  lists.list[o]![len] = d;
  lists.len[o] = len + 1;
}

/** The lists as an image: each cut to its length. */
export const officeListsImage = (lists: OfficeLists): Int32Array[] =>
  lists.list.map((l, o) => l.slice(0, lists.len[o]!));
