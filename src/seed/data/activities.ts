// SPDX-License-Identifier: EUPL-1.2
/**
 * Concrete activities from the residents' meeting of June 2023 (001): the lists per wijk (slides "Bouwlust",
 * "Morgenstond", "Moerwijk", "Vrederust") and the "Concrete voorbeelden" per line that are not already a
 * top-10 priority. The slides give no status, budget or lead alliance. Where the slides name an activity
 * without explaining it (MuseumLab, Doe dagen, Meleco, Block 33), no line is assigned.
 */
import type { SeedMeasure } from '../dataset.ts';
import { FILES, measure, src } from './sources.ts';

type Input = Omit<Parameters<typeof measure>[0], 'kind'>;
const activity = (input: Input): SeedMeasure => measure({ ...input, kind: 'activity' });
const slide = (section: string, quote: string) => src(FILES.meeting, section, quote);
const EXAMPLES = 'Concrete voorbeelden';

export const activities: SeedMeasure[] = [
  // --- Per wijk ----------------------------------------------------------------------------------
  activity({
    slug: 'brugfunctionarissen-in-elke-wijk',
    title: 'Brugfunctionarissen op alle basisscholen',
    summary:
      'In alle vier de wijken komen brugfunctionarissen op de basisscholen. Zij verbinden school, thuis en de wijk. Dit is ook top-10-prioriteit 1.',
    lineSlugs: ['onderwijs'],
    goalSlugs: ['betere-schoolresultaten-en-vaardigheden', 'ouders-aan-zet'],
    wijkSlugs: ['bouwlust', 'morgenstond', 'moerwijk', 'vrederust'],
    source: slide('Bouwlust; Morgenstond; Moerwijk; Vrederust', 'Brugfunctionarissen op alle basisscholen'),
  }),
  activity({
    slug: 'community-builder-in-elke-wijk',
    title: 'Elke wijk een community builder',
    summary:
      'Elke wijk krijgt een community builder: iemand die bewoners met elkaar en met de gemeente verbindt. De slides noemen dit bij Bouwlust en Morgenstond.',
    lineSlugs: ['sociale-samenhang-en-participatie'],
    goalSlugs: ['meer-en-beter-contact-tussen-bewoners', 'meer-vertrouwen-in-de-overheid'],
    wijkSlugs: ['bouwlust', 'morgenstond'],
    source: slide('Bouwlust; Morgenstond', 'Elke wijk een community builder'),
  }),
  activity({
    slug: 'ontmoetingsplekken-bouwlust',
    title: 'Ontmoetingsplekken Alle kanten, Sterrenhoek en KIES! versterken',
    summary:
      'De ontmoetingsplekken Alle kanten, Sterrenhoek en KIES! in Bouwlust worden sterker en blijven bestaan.',
    lineSlugs: ['sociale-samenhang-en-participatie'],
    goalSlugs: ['meer-en-betere-ontmoetingsplekken', 'meer-en-beter-contact-tussen-bewoners'],
    wijkSlugs: ['bouwlust'],
    source: slide(
      'Bouwlust',
      'Versterken/bestendigen van de ontmoetingsplekken: Alle kanten, Sterrenhoek, Kies!',
    ),
  }),
  activity({
    slug: 'museumlab',
    title: 'MuseumLab',
    summary: 'MuseumLab in Bouwlust. De slides geven geen verdere uitleg.',
    lineSlugs: [],
    wijkSlugs: ['bouwlust'],
    source: slide('Bouwlust', 'MuseumLab'),
  }),
  activity({
    slug: 'de-zichten-fase-1',
    title: 'De Zichten fase 1',
    summary:
      'De eerste fase van de vernieuwing van De Zichten. De buurt wordt vernieuwd en er komen meer woningen bij (verdichten).',
    lineSlugs: ['wonen-en-leefomgeving'],
    goalSlugs: ['meer-en-kwalitatief-goede-woningen', 'meer-woningen-gevarieerd-duurzaam'],
    wijkSlugs: ['bouwlust'],
    source: slide('Bouwlust', 'Zichten fase 1'),
  }),
  activity({
    slug: 'sportpark-escamp',
    title: 'Sportpark Escamp toegankelijker maken',
    summary:
      'Sportpark Escamp I wordt samen met bewoners toegankelijker gemaakt. De slides noemen dit bij Bouwlust en Vrederust.',
    lineSlugs: ['gezondheid-en-vitaliteit'],
    goalSlugs: ['mensen-bewegen-meer'],
    wijkSlugs: ['bouwlust', 'vrederust'],
    source: slide(EXAMPLES, 'Sportpark Escamp I toegankelijker maken met bewoners'),
  }),
  activity({
    slug: 'doe-dagen-de-meppel',
    title: 'Doe dagen in De Meppel',
    summary: 'Doe dagen in ‘de Meppel’ in Morgenstond. De slides geven geen verdere uitleg.',
    lineSlugs: [],
    wijkSlugs: ['morgenstond'],
    source: slide('Morgenstond', 'Doe dagen in “de Meppel”'),
  }),
  activity({
    slug: 'verkenning-jongerenhub-morgenstond',
    title: 'Verkenning ontmoetingsplaatsen en jongerenhub',
    summary:
      'Samen met de community builder wordt gezocht naar ontmoetingsplaatsen en een plek voor jongeren (jongerenhub) in Morgenstond.',
    lineSlugs: ['sociale-samenhang-en-participatie'],
    goalSlugs: ['meer-en-betere-ontmoetingsplekken'],
    wijkSlugs: ['morgenstond'],
    source: slide('Morgenstond', 'Verkenning met community builder voor ontmoetingsplaatsen/Jongeren hub'),
  }),
  activity({
    slug: 'ontwikkeling-meleco',
    title: 'Ontwikkeling Meleco',
    summary: 'Ontwikkeling van Meleco in Morgenstond. De slides geven geen verdere uitleg.',
    lineSlugs: [],
    wijkSlugs: ['morgenstond'],
    source: slide('Morgenstond', 'Ontwikkeling Meleco'),
  }),
  activity({
    slug: 'moerwijk-sociaal-contract',
    title: 'Moerwijk, sociaal contract',
    summary:
      'Het sociaal contract in Moerwijk: laagdrempelige steun voor de mentale gezondheid van bewoners. Dit hoort bij top-10-prioriteit 4.',
    lineSlugs: ['gezondheid-en-vitaliteit'],
    goalSlugs: ['mentaal-gezonde-wijken', 'verbinding-medisch-en-sociaal-domein'],
    wijkSlugs: ['moerwijk'],
    source: slide('Moerwijk', 'Moerwijk, sociaal contract'),
  }),
  activity({
    slug: 'programmering-block-33',
    title: 'Programmering Block 33',
    summary: 'Programmering van Block 33 in Moerwijk. De slides geven geen verdere uitleg.',
    lineSlugs: [],
    wijkSlugs: ['moerwijk'],
    source: slide('Moerwijk', 'Programmering Block 33'),
  }),
  activity({
    slug: 'plintenaanpak-jan-luykenlaan',
    title: 'Plintenaanpak Jan Luykenlaan',
    summary:
      'De begane grond van gebouwen aan de Jan Luykenlaan wordt aangepakt, als plek voor bedrijven, voorzieningen en ontmoeting. Dit hoort bij top-10-prioriteit 8.',
    lineSlugs: ['werk-en-economie', 'veiligheid-en-leefbaarheid'],
    goalSlugs: ['er-is-meer-werk', 'ondermijnende-criminaliteit-krijgt-minder-kans'],
    wijkSlugs: ['moerwijk'],
    source: slide('Moerwijk', 'Jan Luykenlaan, plintenaanpak'),
  }),
  activity({
    slug: 'kansrijke-start-moerwijk',
    title: 'Kansrijke Start invoeren',
    summary:
      'Kansrijke Start wordt ingevoerd in Moerwijk: steun in de eerste jaren rond de geboorte van een kind.',
    lineSlugs: ['gezondheid-en-vitaliteit'],
    goalSlugs: ['kinderen-groeien-gezond-op'],
    wijkSlugs: ['moerwijk'],
    source: slide(
      EXAMPLES,
      'Kansrijke Start implementeren, ondersteuning eerste jaren rond de geboorte van een kind',
    ),
  }),
  activity({
    slug: 'speeltuin-jan-vosstraat',
    title: 'Nieuwe speeltuin Jan Vosstraat',
    summary:
      'De speeltuin in de Jan Vosstraat wordt samen met bewoners opnieuw ingericht. De Krajicek Foundation kan er sport- en spelactiviteiten aanbieden.',
    lineSlugs: ['gezondheid-en-vitaliteit', 'wonen-en-leefomgeving'],
    goalSlugs: ['mensen-bewegen-meer', 'kinderen-groeien-gezond-op', 'fijnere-leefomgeving'],
    wijkSlugs: ['moerwijk'],
    partnerSlugs: ['krajicek-foundation'],
    source: slide('Moerwijk', 'Jan Vosstraat: bestaande speeltuin wordt met bewoners opnieuw ingericht.'),
  }),
  activity({
    slug: 'aanpak-de-dreven',
    title: 'Aanpak De Dreven',
    summary: 'De aanpak van De Dreven in Vrederust. De slides geven geen verdere uitleg.',
    lineSlugs: ['wonen-en-leefomgeving'],
    wijkSlugs: ['vrederust'],
    source: slide('Vrederust', 'Aanpak de Dreven'),
  }),
  activity({
    slug: 'buurtkamer-vrederust',
    title: 'Buurtkamer Vrederust versterken',
    summary: 'De buurtkamer in Vrederust wordt sterker gemaakt.',
    lineSlugs: ['sociale-samenhang-en-participatie'],
    goalSlugs: ['meer-en-betere-ontmoetingsplekken', 'meer-en-beter-contact-tussen-bewoners'],
    wijkSlugs: ['vrederust'],
    source: slide('Vrederust', 'Buurtkamer Vrederust versterken'),
  }),

  // --- Concrete voorbeelden per lijn (all of Zuidwest unless a place is named) -------------------
  activity({
    slug: 'gratis-kinderopvang-en-vve-peuterconsulent',
    title: 'Gratis kinderopvang en VVE-peuterconsulent',
    summary: 'Gratis kinderopvang en een peuterconsulent voor voor- en vroegschoolse educatie (VVE).',
    lineSlugs: ['onderwijs'],
    goalSlugs: ['voorkomen-dat-kinderen-achterstanden-oplopen', 'achterstand-voorkomen'],
    source: slide(EXAMPLES, 'gratis kinderopvang en VVE peuterconsulent'),
  }),
  activity({
    slug: 'coalitie-wonen-onderwijs-werk',
    title: 'Coalitie Wonen, Onderwijs, Werk',
    summary: 'Een coalitie van wonen, onderwijs en werk maakt werk-leermodules.',
    lineSlugs: ['werk-en-economie', 'onderwijs'],
    goalSlugs: ['onderwijs-sluit-aan-op-werk', 'meer-mensen-werken-in-eigen-wijk'],
    source: slide(EXAMPLES, 'coalitie Wonen, Onderwijs, Werk voor inrichten van werk-leermodules'),
  }),
  activity({
    slug: 'samen-in-gesprek-met-bewoners',
    title: 'Woningcorporaties en partners samen in gesprek met bewoners',
    summary: 'Woningcorporaties en andere partners voeren samen gesprekken met bewoners.',
    lineSlugs: ['werk-en-economie'],
    source: slide(
      EXAMPLES,
      'Samenwerking woningcorporaties e.a. partners om gezamenlijk gesprekken met bewoners te voeren',
    ),
  }),
  activity({
    slug: 'aanpak-binnentuinen',
    title: 'Aanpak van binnentuinen',
    summary: 'De binnentuinen tussen de flats worden aangepakt.',
    lineSlugs: ['wonen-en-leefomgeving'],
    goalSlugs: ['openbare-ruimte-waar-mensen-zich-thuis-voelen', 'fijnere-leefomgeving'],
    source: slide(EXAMPLES, 'Aanpak van binnentuinen'),
  }),
  activity({
    slug: 'huisvesting-voor-15-leraren',
    title: 'Huisvesting voor 15 leraren',
    summary:
      'Er komen woningen voor 15 leraren die werken op scholen in Zuidwest. Dit hoort bij top-10-prioriteit 9.',
    lineSlugs: ['wonen-en-leefomgeving', 'onderwijs'],
    goalSlugs: ['meer-woningen-gevarieerd-duurzaam', 'achterstand-inhalen'],
    source: slide(EXAMPLES, 'Huisvesting voor 15 leraren die werken op scholen in Zuidwest'),
  }),
  activity({
    slug: 'jongerenrechtbank-op-vo-scholen',
    title: 'Jongerenrechtbank op twee middelbare scholen',
    summary: 'Op twee scholen voor voortgezet onderwijs komt een jongerenrechtbank.',
    lineSlugs: ['veiligheid-en-leefbaarheid'],
    goalSlugs: ['voorkomen-dat-jongeren-in-criminaliteit-belanden', 'minder-jongeren-in-jeugdcriminaliteit'],
    source: slide(EXAMPLES, 'Jongerenrechtbank op twee VO scholen'),
  }),
  activity({
    slug: 'bedrijfsactiviteitenvergunning',
    title: 'Bedrijfsactiviteitenvergunning tegen malafide bedrijven',
    summary:
      'Met een bedrijfsactiviteitenvergunning worden malafide bedrijven teruggedrongen. Bijvoorbeeld aan de Jan Luykenlaan en de Van Baerlestraat.',
    lineSlugs: ['veiligheid-en-leefbaarheid'],
    goalSlugs: ['ondermijnende-criminaliteit-krijgt-minder-kans', 'minder-gelegenheid-ondermijning'],
    // The Jan Luykenlaan is listed under Moerwijk in the same slides.
    wijkSlugs: ['moerwijk'],
    source: slide(
      EXAMPLES,
      'Terugdringen malafide bedrijvigheid door invoer bedrijfsactiviteitenvergunning. Bv Jan Luykenlaan en Van Baerlestraat.',
    ),
  }),
  activity({
    slug: 'gezonde-activiteiten-met-buurtkamers-en-moedergroepen',
    title: 'Gezonde activiteiten met buurtkamers en moedergroepen',
    summary:
      'Samen met buurtkamers en moedergroepen: gezonde activiteiten zoals een gezonde lunch, vrouwenzwemmen en beweegactiviteiten.',
    lineSlugs: ['gezondheid-en-vitaliteit', 'sociale-samenhang-en-participatie'],
    goalSlugs: [
      'mensen-bewegen-meer',
      'preventie-vanuit-de-sociale-basis',
      'meer-en-beter-contact-tussen-bewoners',
    ],
    source: slide(EXAMPLES, 'Gezonde activiteiten samen met buurtkamers en moedergroepen'),
  }),
  activity({
    slug: 'werkplaats-participatie',
    title: 'Twee extra community builders en de Werkplaats Participatie',
    summary:
      'Twee extra community builders werken samen met twee extra projectleiders aan de Werkplaats Participatie.',
    lineSlugs: ['sociale-samenhang-en-participatie'],
    goalSlugs: ['eenduidige-participatieaanpak', 'meer-vertrouwen-in-de-overheid'],
    source: slide(
      EXAMPLES,
      'Twee extra community builders, deze werken samen met twee extra projectleiders aan de Werkplaats Participatie',
    ),
  }),
  activity({
    slug: 'professionalisering-ontmoetingscentra',
    title: 'Coördinatoren en vrijwilligers van ontmoetingscentra verder helpen',
    summary:
      'Coördinatoren en vrijwilligers van ontmoetingscentra krijgen hulp om zich verder te ontwikkelen.',
    lineSlugs: ['sociale-samenhang-en-participatie'],
    goalSlugs: ['meer-en-betere-ontmoetingsplekken'],
    source: slide(
      EXAMPLES,
      'Professionaliseren ontwikkeling coördinatoren en vrijwilligers ontmoetingscentra',
    ),
  }),
];
