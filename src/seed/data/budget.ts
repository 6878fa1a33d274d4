// SPDX-License-Identifier: EUPL-1.2
/**
 * The cost tables of the 2024 budget, programme "Stadsdelen, integratie en dienstverlening" (004), in EUR 1,000,
 * exactly as printed ("Wat mag het kosten (€1.000)"). Tables with several rows end with the printed total;
 * the document prints it without a label, here it is called "Totaal". Printed totals can differ by 1 from the
 * sum of the rows (rounding in the document): Participatie prints 17.093 / 16.782, the rows add up to 17.092 / 16.781.
 */
import type { SeedBudgetRow, SeedBudgetTable } from '../dataset.ts';
import { FILES, src } from './sources.ts';

const PERIOD = 'Begroting 2024';
const UNIT = 'EUR 1.000';

const row = (label: string, lasten: number, baten: number, saldo: number): SeedBudgetRow => ({
  label,
  lasten,
  baten,
  saldo,
});

export const TOTAL_LABEL = 'Totaal';

export const budgetTables: SeedBudgetTable[] = [
  {
    slug: 'stadsdelen-participatie',
    title: 'Stadsdelen: Participatie',
    period: PERIOD,
    unit: UNIT,
    rows: [
      row('Bewonersinitiatieven veiligheid', 448, 0, 448),
      row('Leefbaarheid en bewonersparticipatie', 15118, 311, 14807),
      row('Verbeteren van de participatie in Den Haag', 1526, 0, 1526),
      row(TOTAL_LABEL, 17093, 311, 16782),
    ],
    source: src(
      FILES.budget,
      'Stadsdelen > Participatie',
      'Verbeteren van de participatie in Den Haag 1.526 0 1.526',
    ),
  },
  {
    slug: 'stadsdelen-integraal-gebiedsgericht-werken',
    title: 'Stadsdelen: Integraal gebiedsgericht werken',
    period: PERIOD,
    unit: UNIT,
    rows: [
      row('Aanpak prioritaire gebieden', 4866, 2300, 2566),
      row("Wijkagenda's", 4129, 0, 4129),
      row(TOTAL_LABEL, 8995, 2300, 6695),
    ],
    source: src(
      FILES.budget,
      'Stadsdelen > Integraal gebiedsgericht werken',
      'Aanpak prioritaire gebieden 4.866 2.300 2.566',
    ),
  },
  {
    slug: 'stadsdelen-fysiek',
    title: 'Stadsdelen: Fysiek',
    period: PERIOD,
    unit: UNIT,
    rows: [
      row('Aanpak klad en plak vandalisme', 607, 0, 607),
      row('Inrichting en onderhoud buitenruimte', 10034, 1441, 8593),
      row('Inrichting verkeer', 1186, 0, 1186),
      row('Keten op Schoon', 2645, 0, 2645),
      row('Openbaar groen', 18723, 72, 18651),
      row('Spelen', 5668, 0, 5668),
      row('Verkeersmanagement', 1258, 0, 1258),
      row(TOTAL_LABEL, 40121, 1513, 38608),
    ],
    source: src(FILES.budget, 'Stadsdelen > Fysiek', 'Openbaar groen 18.723 72 18.651'),
  },
  {
    slug: 'stadsdelen-gebiedsgericht-welzijnswerk',
    title: 'Sociaal: Gebiedsgericht welzijnswerk',
    period: PERIOD,
    unit: UNIT,
    rows: [row('Gebiedsgericht welzijnswerk', 30236, 1583, 28653)],
    source: src(FILES.budget, 'Sociaal > Gebiedsgericht welzijnswerk', '30.236 1.583 28.653'),
  },
  {
    slug: 'integratie-en-burgerschap',
    title: 'Integratie en Burgerschap',
    period: PERIOD,
    unit: UNIT,
    rows: [row('Integratie en Burgerschap', 6077, 0, 6077)],
    source: src(FILES.budget, 'Integratie en Burgerschap', '6.077 0 6.077'),
  },
  {
    slug: 'antidiscriminatie-voorziening',
    title: 'Antidiscriminatie Voorziening',
    period: PERIOD,
    unit: UNIT,
    rows: [row('Antidiscriminatie Voorziening', 4, 0, 4)],
    source: src(FILES.budget, 'Antidiscriminatie Voorziening', 'Saldo 4 0 4'),
  },
  {
    slug: 'volwasseneneducatie-inburgering',
    title: 'Volwasseneneducatie (inburgering)',
    period: PERIOD,
    unit: UNIT,
    rows: [row('Volwasseneneducatie (inburgering)', 976, 0, 976)],
    source: src(FILES.budget, 'Volwasseneneducatie (inburgering)', '976 0 976'),
  },
  {
    slug: 'asielzoekers-en-vluchtelingenbeleid',
    title: 'Asielzoekers en vluchtelingenbeleid',
    period: PERIOD,
    unit: UNIT,
    rows: [row('Asielzoekers en vluchtelingenbeleid', 390, 0, 390)],
    source: src(FILES.budget, 'Asielzoekers en vluchtelingenbeleid', '390 0 390'),
  },
  {
    slug: 'dienstverlening-burgerzaken',
    title: 'Dienstverlening: Burgerzaken',
    period: PERIOD,
    unit: UNIT,
    rows: [row('Burgerzaken', 25166, 395, 24771)],
    source: src(FILES.budget, 'Dienstverlening > Burgerzaken', '25.166 395 24.771'),
  },
  {
    slug: 'dienstverlening-baten-secretarieleges',
    title: 'Dienstverlening: Baten secretarieleges',
    period: PERIOD,
    unit: UNIT,
    rows: [row('Baten secretarieleges', 5548, 13666, -8118)],
    source: src(FILES.budget, 'Dienstverlening > Baten secretarieleges', '5.548 13.666 -8.118'),
  },
];
