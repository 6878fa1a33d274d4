// SPDX-License-Identifier: EUPL-1.2
/**
 * How long the letters for a whole round take (issue 9: "streamed with a progress indication for 40,000
 * codes"): the printable PDF (one A4 page per code) and the mail-merge CSV, written as the download
 * writes them (a stream read to the end). Prints a markdown table with time, size, letters per second and
 * the process's peak memory.
 *
 *   npm run bench:letters            # 40,000 codes
 *   npm run bench:letters -- 5000
 */
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { type LetterText, letterPdf, mailMergeCsv } from '../src/wijkbudget/letters.ts';
import { formatCode, generateCode } from '../src/wijkbudget/voting-codes.ts';

const count = Number(process.argv[2] ?? 40_000);
const text: LetterText = {
  round: 'Wijkbudget Moerwijk 2027',
  area: 'Moerwijk',
  budget: '€ 25.000',
  voteFrom: '1 maart 2027 om 09:00 uur',
  voteUntil: '15 maart 2027 om 21:00 uur',
  resultBy: '1 april 2027 om 12:00 uur',
  url: 'https://zuidwest.denhaag.nl/wijkbudget/wijkbudget-moerwijk-2027/stemmen',
  minimumAge: 16,
  pollingPlaces: ['Buurthuis De Boog, Leyweg 1', 'Bibliotheek Moerwijk, Twickelstraat 2'],
  batchId: 1,
  buurt: 'Moerwijk-Oost',
};
const codes = Array.from({ length: count }, () => formatCode(generateCode(randomBytes)));

async function measure(label: string, stream: Readable) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let bytes = 0;
  let peak = process.memoryUsage().rss;
  let firstByte = 0;
  for await (const chunk of stream) {
    if (bytes === 0) firstByte = performance.now() - start;
    bytes += (chunk as Buffer).length;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return {
    label,
    seconds: (ms / 1000).toFixed(1),
    cpuSeconds: ((cpu.user + cpu.system) / 1e6).toFixed(1),
    firstByteMs: Math.round(firstByte),
    perSecond: Math.round(count / (ms / 1000)),
    mb: (bytes / 1e6).toFixed(1),
    peakRssMb: Math.round(peak / 1e6),
  };
}

const rows = [
  await measure('mail-merge CSV', mailMergeCsv(codes, text)),
  await measure('PDF letters', letterPdf(codes, text)),
];
console.log(`\n${count.toLocaleString('en')} codes\n`);
console.log('| file | wall s | CPU s | first byte ms | letters/s | MB | peak RSS MB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.label} | ${r.seconds} | ${r.cpuSeconds} | ${r.firstByteMs} | ${r.perSecond} | ${r.mb} | ${r.peakRssMb} |`,
  );
}
