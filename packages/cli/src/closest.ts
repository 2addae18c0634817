// "Ho tich" for "Hộ tịch": the known name closest to what was typed, for "did you mean". Vietnamese is
// often typed without its marks, so names are compared without them (and without case) first.

/** Lower case, no tone or vowel marks, đ as d. */
export function foldVietnamese(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The closest of `known` to `typed`, or undefined when none is near (more than a third of it differs). */
export function closest(typed: string, known: readonly string[]): string | undefined {
  const t = foldVietnamese(typed);
  let best: { name: string; d: number } | undefined;
  for (const name of known) {
    const d = editDistance(t, foldVietnamese(name));
    if (best === undefined || d < best.d) best = { name, d };
  }
  return best && best.d <= Math.max(1, Math.floor(t.length / 3)) ? best.name : undefined;
}
