// A synthetic province-year for the projections benchmark: ~200 commune offices, ~700k dossiers,
// ~5M events, deterministic for a seed, written through the SQLite store in recording order.
//   pnpm --dir bench exec node --import tsx gen-province.ts --dossiers 700000 --out out/province.db
// Dossiers follow the rules closely enough for the ledger (due dates from the working-time calendar,
// finishes after receipts, supplements moving due dates, a few apologies, late typing and corrections),
// but are drawn directly as events rather than through the decider: 5M decider calls would take longer
// than the benchmark itself. The sample commune (packages/projections/src/sample-commune.ts) is the
// generator that goes through the decider.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultCalendar, type EventMeta, sampleCatalogue, startOfDayMs, toVnIso } from '@motcua/domain';
import { type AppendRequest, type NewEvent, openSqliteStore } from '@motcua/store';

export interface ProvinceOptions {
  dossiers: number;
  offices: number;
  seed: number;
  /** SQLite file to create (replaced if it exists). */
  path: string;
  /** Events per store transaction. */
  batch?: number;
  onProgress?: (written: number, total: number) => void;
}

export interface ProvinceSummary {
  dossiers: number;
  events: number;
  offices: string[];
  /** Districts → offices, for roll-ups. */
  hierarchy: Record<string, string[]>;
  seconds: { plan: number; write: number };
}

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const VN = 7 * HOUR;
const FIRST_DAY = '2023-12-01';
const LAST_DAY = '2024-12-31';
// Events may be typed in a few days after the year: the day list runs on.
const SPAN_END = '2025-01-31';

/** mulberry32: small, fast and the same everywhere. */
function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (a: number, b: number) => a + Math.floor(next() * (b - a + 1)),
    chance: (p: number) => next() < p,
  };
}

const dayNum = (ms: number): number => Math.floor((ms + VN) / DAY);
const dayStr = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);

// Event kinds, in the order they can appear in a dossier.
const K = {
  received: 0,
  papers: 1,
  feeOnline: 2,
  suppRequested: 3,
  suppProvided: 4,
  rescheduled: 5,
  resolved: 6,
  result: 7,
  returned: 8,
  feeCounter: 9,
  rated: 10,
  withdrawn: 11,
  refused: 12,
  returnedUnprocessed: 13,
  corrected: 14,
} as const;

const FIELD_WEIGHT: Record<string, number> = {
  'Hộ tịch': 48,
  'Chứng thực': 36,
  'Bảo trợ xã hội': 7,
  'Đất đai': 3,
  'Người có công': 3,
};

export async function generateProvince(opts: ProvinceOptions): Promise<ProvinceSummary> {
  const t0 = performance.now();
  const r = rng(opts.seed);
  const cal = defaultCalendar;
  const batch = opts.batch ?? 2000;

  // ---- offices: districts of 20 communes, sizes spread like real ones (a few busy, many quiet) ----
  const { offices, hierarchy } = provinceOffices(opts.offices);
  const officeWeight = offices.map(() => Math.exp((r.next() + r.next() + r.next() - 1.5) * 1.2));
  const officeCum = cumulative(officeWeight);

  // ---- procedures: online-capable ones for online dossiers ----
  const procs = sampleCatalogue.procedures.filter((p) => FIELD_WEIGHT[p.field] !== undefined);
  const procWeight = procs.map((p) => (FIELD_WEIGHT[p.field] ?? 1) / procs.filter((q) => q.field === p.field).length);
  const onlineProcs = procs.map((p, i) => (p.onlineLevel === 'none' ? 0 : procWeight[i]!));
  const procCum = cumulative(procWeight);
  const onlineCum = cumulative(onlineProcs);

  // ---- days: working days with their ordinals ----
  const firstNum = dayNum(startOfDayMs(FIRST_DAY));
  const spanDays = dayNum(startOfDayMs(SPAN_END)) - firstNum + 1;
  const working: number[] = []; // day numbers of working days
  for (let i = 0; i < spanDays; i++) if (cal.isWorkingDay(dayStr(firstNum + i))) working.push(firstNum + i);
  const ordOnOrAfter = new Int32Array(spanDays);
  for (let i = 0, k = 0; i < spanDays; i++) {
    while (k < working.length - 1 && working[k]! < firstNum + i) k++;
    ordOnOrAfter[i] = k;
  }
  const lastReceiptOrd = working.findLastIndex((n) => n <= dayNum(startOfDayMs(LAST_DAY)));
  const ordOf = (ms: number): number => ordOnOrAfter[Math.min(spanDays - 1, Math.max(0, dayNum(ms) - firstNum))]!;
  /** An office-time instant on a working day (by ordinal), not before `after`; null if none left. */
  const officeTime = (ord: number, after: number): number | null => {
    const midnight = working[ord]! * DAY - VN;
    for (let tries = 0; tries < 4; tries++) {
      const am = r.chance(0.56);
      const t =
        midnight + (am ? 7 * HOUR + r.int(0, 269) * MIN : 13.5 * HOUR + r.int(0, 209) * MIN) + r.int(0, 59) * 1000;
      if (t > after) return t;
    }
    const latest = midnight + 17 * HOUR;
    if (latest <= after) return null;
    return after + Math.floor((latest - after) * r.next());
  };

  // ---- dossiers and their events, compact ----
  const n = opts.dossiers;
  const maxEvents = n * 11;
  const dOffice = new Uint16Array(n);
  const dProc = new Uint8Array(n);
  const dChan = new Uint8Array(n);
  const dRecv = new Float64Array(n);
  const dDue = new Float64Array(n);
  const dSupDue = new Float64Array(n);
  const dNewDue = new Float64Array(n);
  const dTrueReturn = new Float64Array(n);
  const eDossier = new Int32Array(maxEvents);
  const eKind = new Uint8Array(maxEvents);
  const eSeq = new Uint8Array(maxEvents);
  const eOcc = new Float64Array(maxEvents);
  const eRec = new Float64Array(maxEvents);
  let ne = 0;

  for (let d = 0; d < n; d++) {
    const office = pick(officeCum, r.next());
    const online = r.chance(0.9);
    const channel = online ? 0 : r.chance(0.95) ? 1 : 2; // online, direct, postal
    const proc = pick(online ? onlineCum : procCum, r.next());
    const p = procs[proc]!;
    const ord = r.int(0, lastReceiptOrd);
    const afterHours = online && r.chance(0.15);
    const recv = afterHours ? working[ord]! * DAY - VN + 17 * HOUR + r.int(30, 300) * MIN : officeTime(ord, -Infinity)!;
    let due = Date.parse(cal.dueAt(toVnIso(recv), p.timeLimit));
    dOffice[d] = office;
    dProc[d] = proc;
    dChan[d] = channel;
    dRecv[d] = recv;
    dDue[d] = due;
    let seq = 0;
    let last = recv;
    let lastRec = 0;
    const lateTyping = r.chance(0.02);
    const push = (kind: number, occ: number, recordedLater = false) => {
      let rec = occ + r.int(1, 10) * MIN;
      if (recordedLater) rec = occ + r.int(1, 5) * DAY + r.int(0, 8) * HOUR;
      if (rec < lastRec) rec = lastRec;
      lastRec = rec;
      eDossier[ne] = d;
      eKind[ne] = kind;
      eSeq[ne] = seq++;
      eOcc[ne] = occ;
      eRec[ne] = rec;
      ne++;
    };
    push(K.received, recv, !online && lateTyping);
    last += r.int(1, 5) * MIN;
    push(K.papers, last);
    const fee = p.feeVnd > 0;
    const payOnline = fee && r.chance(0.7);
    if (payOnline) {
      last += r.int(1, 5) * MIN;
      push(K.feeOnline, last);
    }

    const outcome = r.next();
    // Dossiers received in the last weeks are still open at the end of the year more often.
    const open = ord > lastReceiptOrd - 15 ? r.chance(0.5) : r.chance(0.005);
    if (r.chance(0.3)) {
      const req = officeTime(Math.min(ordOf(last) + r.int(0, 1), working.length - 1), last);
      if (req !== null) {
        const prov = officeTime(Math.min(ordOf(req) + r.int(1, 3), working.length - 1), req);
        if (prov !== null) {
          push(K.suppRequested, req);
          push(K.suppProvided, prov);
          due = Date.parse(cal.shiftForSupplement(toVnIso(due), toVnIso(req), toVnIso(prov)));
          dSupDue[d] = due;
          last = prov;
        }
      }
    }
    if (open) continue;
    const dueOrd = ordOf(due);
    const fromOrd = ordOf(last + MIN);
    let finishOrd: number;
    let kind: 'returned' | 'withdrawn' | 'refused' | 'returnedUnprocessed' = 'returned';
    if (outcome < 0.8 && dueOrd > fromOrd) finishOrd = r.int(fromOrd, Math.min(dueOrd - 1, fromOrd + 3));
    else if (outcome < 0.96) finishOrd = Math.max(fromOrd, dueOrd);
    else if (outcome < 0.98) {
      finishOrd = Math.max(fromOrd, dueOrd) + r.int(1, 5);
      if (dueOrd > fromOrd && r.chance(0.3)) {
        const at = officeTime(r.int(fromOrd, dueOrd - 1), last);
        if (at !== null) {
          dNewDue[d] = Date.parse(cal.addWorkingMs(toVnIso(due), 6 * cal.workingMsPerDay));
          push(K.rescheduled, at);
          last = at;
        }
      }
    } else {
      finishOrd = r.int(fromOrd, Math.max(fromOrd, dueOrd));
      kind = outcome < 0.99 ? 'withdrawn' : outcome < 0.995 ? 'refused' : 'returnedUnprocessed';
    }
    finishOrd = Math.min(finishOrd, working.length - 1);
    const finish =
      officeTime(finishOrd, last + 3 * MIN) ?? officeTime(Math.min(finishOrd + 1, working.length - 1), last + 3 * MIN);
    if (finish === null) continue;
    if (kind === 'returned') {
      const resolvedAt = Math.max(last + MIN, finish - r.int(10, 120) * MIN);
      push(K.resolved, resolvedAt);
      push(K.result, Math.max(resolvedAt, finish - r.int(1, 5) * MIN));
      const correction = r.chance(0.002);
      if (correction) {
        // Typed in two days later with that day as the return time, corrected the next day.
        dTrueReturn[d] = finish;
        push(K.returned, finish + 2 * DAY, false);
        push(K.corrected, finish + 3 * DAY);
      } else {
        push(K.returned, finish, lateTyping);
      }
      if (fee && !payOnline) push(K.feeCounter, finish + MIN);
      if (r.chance(0.9)) push(K.rated, finish + r.int(10, 2880) * MIN);
    } else {
      push(
        kind === 'withdrawn' ? K.withdrawn : kind === 'refused' ? K.refused : K.returnedUnprocessed,
        finish,
        lateTyping,
      );
    }
  }
  const tPlan = performance.now();

  // ---- recording order: bucket by recorded day, then sort each day ----
  const base = dayNum(startOfDayMs(FIRST_DAY));
  let days = 0;
  for (let i = 0; i < ne; i++) days = Math.max(days, dayNum(eRec[i]!) - base + 1);
  const counts = new Uint32Array(days + 1);
  for (let i = 0; i < ne; i++) counts[dayNum(eRec[i]!) - base + 1]!++;
  for (let i = 1; i <= days; i++) counts[i]! += counts[i - 1]!;
  const order = new Uint32Array(ne);
  const fill = counts.slice();
  for (let i = 0; i < ne; i++) order[fill[dayNum(eRec[i]!) - base]!++] = i;
  const cmp = (a: number, b: number) => eRec[a]! - eRec[b]! || eDossier[a]! - eDossier[b]! || eSeq[a]! - eSeq[b]!;
  for (let k = 0; k < days; k++) order.subarray(counts[k]!, counts[k + 1]!).sort(cmp);

  // ---- write through the store, one transaction per batch, the clock at the batch's last recordedAt ----
  if (existsSync(opts.path)) for (const s of ['', '-wal', '-shm']) rmSync(opts.path + s, { force: true });
  mkdirSync(dirname(opts.path), { recursive: true });
  const tmp = `${opts.path}.partial`;
  for (const s of ['', '-wal', '-shm']) rmSync(tmp + s, { force: true });
  let now = 0;
  const store = openSqliteStore({ path: tmp, clock: () => new Date(now) });
  // A bulk load: one fsync at the end instead of one per batch.
  store.db.pragma('synchronous = OFF');
  const code = (d: number) => `HS${d.toString(36).padStart(4, '0')}`;
  const officeOf = (d: number): string => offices[dOffice[d] ?? 0] ?? '';
  const streamOf = (d: number) => `dossier-${officeOf(d)}-${code(d)}`;
  const idOf = (d: number, seq: number) => `${d.toString(36)}.${seq}`;
  const eventOf = (i: number): NewEvent => {
    const d = eDossier[i]!;
    const seq = eSeq[i]!;
    const id = idOf(d, seq);
    const meta: EventMeta = {
      eventId: `e${id}`,
      occurredAt: toVnIso(eOcc[i]!),
      actor: dChan[d] === 0 && (eKind[i] === K.received || eKind[i] === K.rated) ? 'dvcqg' : 'officer',
      office: officeOf(d) as EventMeta['office'],
      correlationId: code(d),
      causationId: null,
      commandId: `c${id}`,
    };
    const p = procs[dProc[d] ?? 0]!;
    switch (eKind[i]) {
      case K.received:
        return {
          type: 'DossierReceived',
          schemaVersion: 1,
          data: {
            office: meta.office,
            dossierCode: code(d),
            procedureCode: p.code,
            field: p.field,
            channel: (['online', 'direct', 'postal'] as const)[dChan[d]!],
            receivedAt: toVnIso(dRecv[d]!),
            dueAt: toVnIso(dDue[d]!),
            applicantRef: null,
          },
          meta,
        };
      case K.papers:
      case K.result:
        return {
          type: 'DossierDigitised',
          schemaVersion: 1,
          data: { what: eKind[i] === K.papers ? 'papers' : 'result' },
          meta,
        };
      case K.feeOnline:
      case K.feeCounter:
        return {
          type: 'FeePaid',
          schemaVersion: 2,
          data: { method: eKind[i] === K.feeOnline ? 'online' : 'counter', amountVnd: p.feeVnd },
          meta,
        };
      case K.suppRequested:
        return { type: 'SupplementRequested', schemaVersion: 1, data: { reason: 'Thiếu giấy tờ' }, meta };
      case K.suppProvided:
        return { type: 'SupplementProvided', schemaVersion: 1, data: { dueAt: toVnIso(dSupDue[d]!) }, meta };
      case K.rescheduled:
        return {
          type: 'DueDateRescheduled',
          schemaVersion: 1,
          data: { reason: 'Lỗi phần mềm', newDueAt: toVnIso(dNewDue[d]!) },
          meta,
        };
      case K.resolved:
        return { type: 'DossierResolved', schemaVersion: 1, data: { decision: 'approved', note: null }, meta };
      case K.refused:
        return {
          type: 'DossierResolved',
          schemaVersion: 1,
          data: { decision: 'refused', note: 'Không đủ điều kiện' },
          meta,
        };
      case K.returned:
        return { type: 'ResultReturned', schemaVersion: 1, data: {}, meta };
      case K.rated:
        return {
          type: 'SatisfactionRated',
          schemaVersion: 1,
          data: { score: 5, complaint: false, comment: null },
          meta,
        };
      case K.withdrawn:
        return { type: 'DossierWithdrawn', schemaVersion: 1, data: { reason: null }, meta };
      case K.returnedUnprocessed:
        return {
          type: 'DossierReturnedUnprocessed',
          schemaVersion: 1,
          data: { reason: 'Không thuộc thẩm quyền' },
          meta,
        };
      case K.corrected:
        return {
          type: 'EventCorrected',
          schemaVersion: 1,
          data: {
            supersedes: `e${idOf(d, seq - 1)}`,
            reason: 'Nhập sai ngày trả kết quả',
            replacement: { type: 'ResultReturned', occurredAt: toVnIso(dTrueReturn[d]!), data: {} },
          },
          meta,
        };
      default:
        throw new Error(`unknown kind ${eKind[i]}`);
    }
  };
  try {
    for (let start = 0; start < ne; start += batch) {
      const end = Math.min(ne, start + batch);
      const requests: AppendRequest[] = [];
      let current = null as { streamId: string; events: NewEvent[] } | null;
      for (let k = start; k < end; k++) {
        const i = order[k]!;
        const streamId = streamOf(eDossier[i]!);
        if (current?.streamId !== streamId) {
          current = { streamId, events: [] };
          requests.push({ streamId, events: current.events, expectedRevision: 'any' });
        }
        current.events.push(eventOf(i));
      }
      now = eRec[order[end - 1] ?? 0]!;
      await store.appendMany(requests);
      opts.onProgress?.(end, ne);
    }
    store.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await store.close();
  }
  renameSync(tmp, opts.path);
  const tWrite = performance.now();
  return {
    dossiers: n,
    events: ne,
    offices,
    hierarchy,
    seconds: { plan: (tPlan - t0) / 1000, write: (tWrite - tPlan) / 1000 },
  };
}

/** The province's offices (districts of 20 communes: D01C01…), the same for a given count. */
export function provinceOffices(count: number): { offices: string[]; hierarchy: Record<string, string[]> } {
  const offices: string[] = [];
  const hierarchy: Record<string, string[]> = {};
  for (let i = 0; i < count; i++) {
    const district = `D${String(Math.floor(i / 20) + 1).padStart(2, '0')}`;
    const code = `${district}C${String((i % 20) + 1).padStart(2, '0')}`;
    offices.push(code);
    const members = hierarchy[district] ?? [];
    hierarchy[district] = members;
    members.push(code);
  }
  return { offices, hierarchy };
}

function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let s = 0;
  weights.forEach((w, i) => {
    s += w;
    out[i] = s;
  });
  for (let i = 0; i < out.length; i++) out[i]! /= s;
  return out;
}

function pick(cum: Float64Array, u: number): number {
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid]! > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      dossiers: { type: 'string', default: '720000' },
      offices: { type: 'string', default: '200' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: resolve(import.meta.dirname, 'out', 'province.db') },
    },
  });
  let shown = 0;
  const summary = await generateProvince({
    dossiers: Number(values.dossiers),
    offices: Number(values.offices),
    seed: Number(values.seed),
    path: resolve(values.out),
    onProgress: (w, t) => {
      if (w - shown >= 250_000 || w === t) {
        shown = w;
        process.stderr.write(`  written ${w.toLocaleString('en')} / ${t.toLocaleString('en')} events\n`);
      }
    },
  });
  console.log(JSON.stringify({ ...summary, hierarchy: undefined, offices: summary.offices.length }));
}
