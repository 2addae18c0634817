// The tracking book the import benchmarks read: 70% of dossiers returned (early / on time / late), 8%
// withdrawn, 22% still open, fields from the sample catalogue, a fixed seed so every run and every
// benchmark reads the same text. `full` adds the optional digitised, paid-online and fee columns.
export function trackingBook(rows: number, fields: readonly string[], full: boolean): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const lines = [
    `dossier_code,field,channel,received_at,due_at,returned_at,withdrawn_at${full ? ',digitized,paid_online,fee' : ''}`,
  ];
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let i = 0; i < rows; i++) {
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 25);
    const received = `2024-${pad(month)}-${pad(day)} ${pad(7 + Math.floor(rnd() * 9))}:${pad(Math.floor(rnd() * 60))}`;
    const due = `2024-${pad(month)}-${pad(Math.min(28, day + 3))}`;
    const k = rnd();
    const returned = k < 0.7 ? `2024-${pad(month)}-${pad(Math.min(28, day + Math.floor(rnd() * 5)))}` : '';
    const withdrawn = k >= 0.7 && k < 0.78 ? `2024-${pad(month)}-${pad(Math.min(28, day + 1))}` : '';
    const channel = rnd() < 0.85 ? 'online' : rnd() < 0.8 ? 'direct' : 'postal';
    const fee = rnd() < 0.3 ? '50.000' : '';
    const extra = full ? `,x,${fee && channel === 'online' ? 'x' : ''},${fee}` : '';
    lines.push(
      `DS-${String(i).padStart(7, '0')},"${fields[i % fields.length]}",${channel},${received},${due},${returned},${withdrawn}${extra}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
