// Event ids: the RFC 4122 version-5 UUID of "<commandId>#<index>" in a fixed namespace, so a retried
// command yields byte-identical events and the store can recognise the retry. Ids of stored events can
// never change: codec.test.ts holds this to the uuid package for any name.
//
// SHA-1 is computed here in plain JavaScript, on a reused buffer, for the same reason the hash is not
// uuid's: an import makes one id per event. node:crypto's one-shot hash cost a native call and a hex
// string sliced into five pieces and joined again (a rope of ten strings that lived as long as the event);
// this is half the time and leaves one flat 36-character string. SHA-1 is used as UUID v5 defines it, for
// naming, not for security.
import { v5 as uuidv5 } from 'uuid';

/** Fixed namespace for event ids derived from command ids (uuid v5 of "motcua.event"). */
export const EVENT_ID_NAMESPACE = '8f1d2b7e-4c3a-5b6d-9e0f-1a2b3c4d5e6f';

const NAMESPACE_BYTES = Buffer.from(EVENT_ID_NAMESPACE.replaceAll('-', ''), 'hex');
/** Namespace, name (UTF-8) and SHA-1 padding; grown when a name does not fit. */
let bytes = new Uint8Array(1024);
NAMESPACE_BYTES.copy(bytes, 0);
const words = new Int32Array(80);
const state = new Int32Array(5);
const HEX = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** One 64-byte block of SHA-1 (FIPS 180-4) at `offset`, folded into `state`. */
function compress(offset: number): void {
  const w = words;
  const b = bytes;
  for (let i = 0; i < 16; i++) {
    const j = offset + i * 4;
    w[i] = (b[j]! << 24) | (b[j + 1]! << 16) | (b[j + 2]! << 8) | b[j + 3]!;
  }
  for (let i = 16; i < 80; i++) {
    const x = w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!;
    w[i] = (x << 1) | (x >>> 31);
  }
  let a = state[0]!;
  let bb = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  // Four rounds of twenty, each with its own function and constant (as signed 32-bit integers).
  let i = 0;
  for (; i < 20; i++) {
    const t = (((a << 5) | (a >>> 27)) + ((bb & c) | (~bb & d)) + e + 0x5a827999 + w[i]!) | 0;
    e = d;
    d = c;
    c = (bb << 30) | (bb >>> 2);
    bb = a;
    a = t;
  }
  for (; i < 40; i++) {
    const t = (((a << 5) | (a >>> 27)) + (bb ^ c ^ d) + e + 0x6ed9eba1 + w[i]!) | 0;
    e = d;
    d = c;
    c = (bb << 30) | (bb >>> 2);
    bb = a;
    a = t;
  }
  for (; i < 60; i++) {
    const t = (((a << 5) | (a >>> 27)) + ((bb & c) | (bb & d) | (c & d)) + e + (0x8f1bbcdc | 0) + w[i]!) | 0;
    e = d;
    d = c;
    c = (bb << 30) | (bb >>> 2);
    bb = a;
    a = t;
  }
  for (; i < 80; i++) {
    const t = (((a << 5) | (a >>> 27)) + (bb ^ c ^ d) + e + (0xca62c1d6 | 0) + w[i]!) | 0;
    e = d;
    d = c;
    c = (bb << 30) | (bb >>> 2);
    bb = a;
    a = t;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + bb) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
}

/** Makes room for a name of `units` UTF-16 units (at most 3 UTF-8 bytes each) and SHA-1's padding. */
function reserve(units: number): void {
  const need = NAMESPACE_BYTES.length + units * 3 + 128;
  if (bytes.length < need) {
    bytes = new Uint8Array(need);
    NAMESPACE_BYTES.copy(bytes, 0);
  }
}

/** Writes an ASCII string at `at`; returns where it ends, or -1 at the first character that is not ASCII. */
function writeAscii(s: string, at: number): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return -1;
    bytes[at + i] = c;
  }
  return at + s.length;
}

/**
 * Writes the name "<commandId>#<index>" as UTF-8 after the namespace and returns where it ends, or -1
 * when it has no UTF-8 form (lone surrogates). Command ids are ASCII in practice: written byte by byte,
 * without making the name as a string first.
 */
function writeName(commandId: string, index: number): number {
  const suffix = String(index); // what `${index}` gives: digits, "-", ".", "e", "Infinity", "NaN"
  reserve(commandId.length + 1 + suffix.length);
  const base = NAMESPACE_BYTES.length;
  let end = writeAscii(commandId, base);
  if (end >= 0) {
    bytes[end] = 35; // #
    return writeAscii(suffix, end + 1);
  }
  const name = `${commandId}#${index}`;
  if (!(name as unknown as { isWellFormed(): boolean }).isWellFormed()) return -1;
  end = base + Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).write(name, base, 'utf8');
  return end;
}

const hex = (word: number, shift: number): number => HEX[(word >>> shift) & 15]!;

/** The id of the index-th event produced by a command. */
export function eventIdFor(commandId: string, index: number): string {
  const length = writeName(commandId, index);
  // A name with lone surrogates has no UTF-8 form: uuid refuses it, as it always did.
  if (length < 0) return uuidv5(`${commandId}#${index}`, EVENT_ID_NAMESPACE);
  // Padding: 0x80, zeros, then the message length in bits as a 64-bit big-endian number.
  const end = (((length + 8) >>> 6) + 1) * 64;
  bytes[length] = 0x80;
  bytes.fill(0, length + 1, end - 4);
  const bits = length * 8;
  bytes[end - 4] = bits >>> 24;
  bytes[end - 3] = (bits >>> 16) & 255;
  bytes[end - 2] = (bits >>> 8) & 255;
  bytes[end - 1] = bits & 255;
  state[0] = 0x67452301;
  state[1] = 0xefcdab89 | 0;
  state[2] = 0x98badcfe | 0;
  state[3] = 0x10325476;
  state[4] = 0xc3d2e1f0 | 0;
  for (let offset = 0; offset < end; offset += 64) compress(offset);
  // The first 16 bytes of the digest; byte 6's high nibble becomes the version (5), byte 8's top two
  // bits the variant (10).
  const a = state[0]!;
  const b = (state[1]! & 0xffff0fff) | 0x5000;
  const c = (state[2]! & 0x3fffffff) | 0x80000000;
  const d = state[3]!;
  // One call with every character code: a flat string, not a rope of pieces.
  return String.fromCharCode(
    hex(a, 28),
    hex(a, 24),
    hex(a, 20),
    hex(a, 16),
    hex(a, 12),
    hex(a, 8),
    hex(a, 4),
    hex(a, 0),
    45,
    hex(b, 28),
    hex(b, 24),
    hex(b, 20),
    hex(b, 16),
    45,
    hex(b, 12),
    hex(b, 8),
    hex(b, 4),
    hex(b, 0),
    45,
    hex(c, 28),
    hex(c, 24),
    hex(c, 20),
    hex(c, 16),
    45,
    hex(c, 12),
    hex(c, 8),
    hex(c, 4),
    hex(c, 0),
    hex(d, 28),
    hex(d, 24),
    hex(d, 20),
    hex(d, 16),
    hex(d, 12),
    hex(d, 8),
    hex(d, 4),
    hex(d, 0),
  );
}
