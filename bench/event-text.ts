// Does eventText (domain/src/event-text.ts) still pay over JSON.stringify? (issue 11 item 1; never in tests)
//   pnpm bench:event-text                 # the sample commune's events, 8 interleaved rounds
// Each round turns every event of the sample into its stored payload and hashes it, as the store's
// prepareRequest does (text, then sha256 of the text), once with eventText and once with
// `${JSON.stringify(data)}\n${JSON.stringify(meta)}`; the texts are checked equal first.
import { createHash } from 'node:crypto';
import os from 'node:os';
import { eventText } from '@motcua/domain';
import { generateSampleCommune } from '@motcua/projections';

const events = generateSampleCommune().flatMap((e) => e.events);
const plain = (type: string, data: unknown, meta: unknown): string => {
  void type;
  return `${JSON.stringify(data)}\n${JSON.stringify(meta)}`;
};
for (const e of events) {
  if (eventText(e.type, e.data, e.meta) !== plain(e.type, e.data, e.meta)) throw new Error('texts differ');
}
const variants: Array<[string, typeof plain]> = [
  ['eventText', eventText],
  ['JSON.stringify', plain],
];
const REPEAT = 20;
const times = new Map<string, number[]>();
let sink = 0;
for (let round = 0; round < 8; round++) {
  for (const [name, f] of round % 2 === 0 ? variants : [...variants].reverse()) {
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < REPEAT; r++) {
      for (const e of events)
        sink += createHash('sha256')
          .update(f(e.type, e.data, e.meta))
          .digest('hex').length;
    }
    const ns = Number(process.hrtime.bigint() - t0) / (REPEAT * events.length);
    times.set(name, [...(times.get(name) ?? []), ns]);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `node ${process.version}, ${os.cpus().length} cores, load ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
console.log(`${events.length} events × ${REPEAT} per round, 8 rounds interleaved (sink ${sink % 10})`);
for (const [name, xs] of times)
  console.log(`${name.padEnd(16)} median ${(median(xs) / 1000).toFixed(3)} µs/event (text + sha256)`);
const ratio = median(times.get('eventText')!) / median(times.get('JSON.stringify')!);
console.log(`eventText / JSON.stringify: ${ratio.toFixed(3)}`);
