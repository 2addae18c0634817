// The sub-indicators of the 766 index that need facts from outside the ledger (publication, data sync,
// feedback handling), as a clerk or the province gives them: { "inputs": { "1.1": 0.95, "1.2": { "numerator":
// 180, "denominator": 200 } } }. Each problem names the input; a scorecard with any problem is not made.
import type { ScorecardVersion } from './index-766.js';

export interface InputRate {
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly rate: number;
}

export type ScorecardInputs = Readonly<Record<string, InputRate>>;

export interface InputProblem {
  /** The path of the offending value: "inputs", "inputs.1.1". */
  readonly path: string;
  readonly vi: string;
  readonly en: string;
}

export type InputsResult =
  | { readonly ok: true; readonly inputs: ScorecardInputs }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

const short = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `«${s.slice(0, 40)}…»` : `«${s}»`;
};
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Reads `{ inputs: {...} }` (absent: no inputs) against the version's input sub-indicators. */
export function readScorecardInputs(raw: unknown, version: ScorecardVersion): InputsResult {
  if (raw === undefined || raw === null) return { ok: true, inputs: {} };
  const problems: InputProblem[] = [];
  const wanted = version.groups.flatMap((g) => g.indicators);
  const inputIds = wanted.filter((i) => i.source === 'input').map((i) => i.id);
  const body = raw as { inputs?: unknown };
  if (typeof raw !== 'object' || Array.isArray(raw) || Object.keys(raw).some((k) => k !== 'inputs')) {
    const extra = typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw).filter((k) => k !== 'inputs') : [];
    return {
      ok: false,
      problems: [
        {
          path: extra.length > 0 ? extra[0]! : '(root)',
          vi: `cần một đối tượng { "inputs": { "${inputIds[0]}": 0.95, … } }${extra.length > 0 ? `; không có khóa ${extra[0]}` : ''}`,
          en: `expected an object { "inputs": { "${inputIds[0]}": 0.95, … } }${extra.length > 0 ? `; unknown key ${extra[0]}` : ''}`,
        },
      ],
    };
  }
  const map = body.inputs ?? {};
  if (typeof map !== 'object' || map === null || Array.isArray(map)) {
    return {
      ok: false,
      problems: [
        {
          path: 'inputs',
          vi: 'cần một đối tượng mã chỉ số → tỷ lệ',
          en: 'expected an object of sub-indicator id → rate',
        },
      ],
    };
  }
  const inputs: Record<string, InputRate> = {};
  for (const [id, value] of Object.entries(map as Record<string, unknown>)) {
    const path = `inputs.${id}`;
    const spec = wanted.find((i) => i.id === id);
    if (!spec) {
      problems.push({
        path,
        vi: `không có chỉ số thành phần ${id} (các chỉ số nhập: ${inputIds.join(', ')})`,
        en: `no sub-indicator ${id} (the inputs are: ${inputIds.join(', ')})`,
      });
      continue;
    }
    if (spec.source !== 'input') {
      problems.push({
        path,
        vi: `chỉ số ${id} được tính từ sổ cái, không nhận số liệu nhập`,
        en: `sub-indicator ${id} is computed from the ledger, not taken as an input`,
      });
      continue;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value) || value < 0 || value > 1) {
        problems.push({
          path,
          vi: `${short(value)} nằm ngoài khoảng 0–1 (tỷ lệ, ví dụ 0.95)`,
          en: `${short(value)} is outside 0–1 (a rate, e.g. 0.95)`,
        });
        continue;
      }
      inputs[id] = { numerator: null, denominator: null, rate: value };
      continue;
    }
    const pair = value as { numerator?: unknown; denominator?: unknown } | null;
    const keys = pair && typeof pair === 'object' && !Array.isArray(pair) ? Object.keys(pair) : null;
    if (
      !keys ||
      keys.some((k) => k !== 'numerator' && k !== 'denominator') ||
      !isCount(pair!.numerator) ||
      !isCount(pair!.denominator)
    ) {
      problems.push({
        path,
        vi: `${short(value)}: cần một tỷ lệ 0–1 hoặc { "numerator": n, "denominator": d } là số nguyên không âm`,
        en: `${short(value)}: expected a rate 0–1 or { "numerator": n, "denominator": d } of non-negative integers`,
      });
      continue;
    }
    const { numerator, denominator } = pair as { numerator: number; denominator: number };
    if (denominator === 0 || numerator > denominator) {
      problems.push({
        path,
        vi: `tử số ${numerator} và mẫu số ${denominator}: cần 0 ≤ tử số ≤ mẫu số và mẫu số > 0`,
        en: `numerator ${numerator} and denominator ${denominator}: need 0 ≤ numerator ≤ denominator and a denominator > 0`,
      });
      continue;
    }
    inputs[id] = { numerator, denominator, rate: numerator / denominator };
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, inputs };
}
