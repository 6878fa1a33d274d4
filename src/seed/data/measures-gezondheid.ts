// SPDX-License-Identifier: EUPL-1.2
/** Measures of the concept programme (002), chapter 7 "Wel zo gezond": line Gezondheid en vitaliteit. */
import type { SeedMeasure } from '../dataset.ts';
import { chapter, FILES, src } from './sources.ts';

const at = (section: string, quote: string) =>
  src(FILES.concept, `7. Wel zo gezond > Maatregelen > ${section}`, quote);
const { m, quickWin } = chapter('gezondheid-en-vitaliteit', 'alliantie-gezondheid-en-vitaliteit');

const MEDISCH_SOCIAAL = 'Sterkere verbinding tussen het medische en het sociale domein';
const PREVENTIE =
  'Met preventie beter aansluiten bij de leefwereld van de inwoners door vanuit de sociale basis bottom up te werken';
const JEUGD = 'Perspectief bieden voor de jeugd';
const LOPEND = 'Continuering lopende (Regiodeal) projecten (Quick wins)';

const G_MEDISCH = 'verbinding-medisch-en-sociaal-domein';
const G_PREVENTIE = 'preventie-vanuit-de-sociale-basis';
const G_JEUGD = 'perspectief-voor-de-jeugd-gezondheid';

export const gezondheidMeasures: SeedMeasure[] = [
  m({
    slug: 'krachtige-basiszorg',
    title: 'Krachtige basiszorg',
    summary:
      'Huisartsen en zorg werken samen met het sociaal domein, op basis van positieve gezondheid. De patiënt krijgt zelf meer regie over zijn problemen.',
    goalSlugs: [G_MEDISCH],
    source: at(MEDISCH_SOCIAAL, 'De patiënt komt in regie over zijn eigen problemen en vraagstukken.'),
  }),
  m({
    slug: 'sociaal-contract-moerwijk',
    title: 'Sociaal Contract Moerwijk',
    summary:
      'In Moerwijk wordt de zorg anders georganiseerd, ‘weer op nul beginnen’. Het streefbeeld: één organisatie, één budget, en bewoners met een belangrijke rol in het bestuur.',
    description:
      'Het Moerwijk contract zet breed in op een andere manier van organiseren van de zorg, zowel op systeemniveau als op het niveau van de professional. We onderzoeken wat nodig is om één op één tegemoet te kunnen komen aan de zorgvraag van de inwoner, zonder vanuit allerlei verschillende organisaties, wetten, regelgeving of administratieve processen te moeten werken. Een streefbeeld daarbij is op organisatieniveau komen tot één organisatie (samenwerkingsverband of andere vorm), tot één budget en inwoners in het bestuur van de organisatie een belangrijke rol spelen.',
    goalSlugs: [G_MEDISCH, 'mentaal-gezonde-wijken'],
    wijkSlugs: ['moerwijk'],
    source: at(MEDISCH_SOCIAAL, "Het biedt de kans om met de zorg 'weer op nul te beginnen'."),
  }),
  m({
    slug: 'preventiecoalitie-wijzer-in-de-wijk',
    title: 'Preventiecoalitie en Wijzer in de wijk',
    summary:
      'Inwoners en lokale partners maken samen een gezondheidsaanpak voor de wijk, om gezondheidsachterstanden te verkleinen. De GGD, het RIVM en anderen doen mee.',
    goalSlugs: [G_PREVENTIE],
    partnerSlugs: ['ggd'],
    source: at(
      PREVENTIE,
      'stellen in co-creatie met inwoners en lokale partners een integrale wijkgerichte gezondheidsaanpak op',
    ),
  }),
  m({
    slug: 'community-up-ontmoeten-sporten-bewegen',
    title: 'Laagdrempelig ontmoeten, sporten en bewegen',
    summary:
      'Meer plekken en sportprofessionals en buurtsportcoaches in de wijk, naar het voorbeeld van het Haags Sportkwartier met sportieve buurthuizen. Bewoners, verenigingen, welzijn, gemeente en de Haagse Hogeschool maken samen nieuw sportaanbod.',
    goalSlugs: [G_PREVENTIE, 'mensen-bewegen-meer'],
    partnerSlugs: ['haagse-hogeschool'],
    source: at(PREVENTIE, 'In het Haags Sportkwartier wordt gewerkt vanuit sportieve buurthuizen'),
  }),
  m({
    slug: 'openbare-sportparken',
    title: 'Sportparken open voor iedereen',
    summary:
      'Sportparken worden waar mogelijk openbaar en makkelijk bereikbaar, ook voor wie zonder club wil sporten. Er is aandacht voor jongeren. Buurt- en streetsportcoaches zijn actief op pleintjes, Krajicek Playgrounds en Cruyff Courts.',
    lineSlugs: ['gezondheid-en-vitaliteit', 'wonen-en-leefomgeving'],
    goalSlugs: [
      G_PREVENTIE,
      'mensen-bewegen-meer',
      'gezonde-woningen-en-buitenruimte',
      'fijnere-leefomgeving',
    ],
    source: at(
      PREVENTIE,
      "'Sport is een taal die iedereen snapt. We begrijpen elkaar zonder veel te praten'",
    ),
  }),
  m({
    slug: 'gezonde-basisschool-van-de-toekomst',
    title: 'Gezonde Basisschool van de Toekomst',
    summary:
      'Een langere schooldag met een gezamenlijke lunch en extra bewegen. De basisschool werkt samen met de kinderopvang. Kinderen leren zo jong een gezonde leefstijl.',
    lineSlugs: ['gezondheid-en-vitaliteit', 'onderwijs'],
    goalSlugs: [G_JEUGD, 'kinderen-groeien-gezond-op', 'voorkomen-dat-kinderen-achterstanden-oplopen'],
    source: at(
      JEUGD,
      'Het programma bestaat uit een verlengde schooldag waardoor ruimte komt voor een gezamenlijke lunch en extra beweegaanbod.',
    ),
  }),
  m({
    slug: 'kansrijke-start',
    title: 'Kansrijke Start',
    summary:
      'Zorg en sociaal domein werken samen, zodat problemen rond opgroeien en opvoeden vroeg worden gezien. Er komen laagdrempelige voorzieningen en activiteiten voor kinderen en ouders.',
    goalSlugs: [G_JEUGD, 'kinderen-groeien-gezond-op'],
    source: at(
      JEUGD,
      'Met een intensivering van de aanpak van Kansrijke start, willen we voorkomen dat opvoedingsvraagstukken uitgroeien tot ernstige problematiek.',
    ),
  }),
  m({
    slug: 'haagse-aanpak-gezond-gewicht',
    title: 'Versterking Haagse Aanpak Gezond Gewicht',
    summary:
      'Betere hulp voor kinderen met (kans op) overgewicht, meer workshops en kooklessen, meer WoWijs-locaties, een gezonde voedselomgeving in de wijk en meer beweegaanbod voor jonge kinderen.',
    goalSlugs: [G_JEUGD, 'kinderen-groeien-gezond-op'],
    source: at(JEUGD, 'Meer WoWijs locaties (leefstijlinterventie voor 8-12 jaar)'),
  }),
  m({
    slug: 'beweeglab',
    title: 'Beweeglab',
    summary: 'Het Haags Sportkwartier zoekt naar manieren om bewoners van Zuidwest meer te laten bewegen.',
    goalSlugs: [G_JEUGD, 'mensen-bewegen-meer'],
    source: at(
      JEUGD,
      'Het Haags Sportkwartier is een project waarin we zoeken naar manieren om bewoners in de wijken van Zuidwest meer in beweging te krijgen.',
    ),
  }),
  m({
    slug: 'mentale-gezondheid-jongeren',
    title: 'Mentale gezondheid van jongeren',
    summary:
      'Samen met jongeren: running therapie, online hulp bij somberheid, stress en eenzaamheid, en het voorkomen en vroeg zien van suïcide.',
    goalSlugs: [G_JEUGD, 'mentaal-gezonde-wijken'],
    source: at(JEUGD, 'Voorop staat dat we dit zoveel mogelijk met de jongeren zelf doen.'),
  }),
  m({
    slug: 'genotmiddelen-jongeren',
    title: 'Jongeren en genotmiddelen',
    summary:
      'Aanbod over roken, alcohol en drugs dat past bij jongeren in Zuidwest. Er is nu bijvoorbeeld geen stoppen-met-roken-aanbod voor jongvolwassenen. Meer aandacht voor de website hoelekkergajij.nl en de interventie ‘Hoe ver ga jij?’.',
    goalSlugs: [G_JEUGD],
    source: at(JEUGD, 'Als laatste willen we inzetten op de interventie Hoe ver ga jij? van 1622.'),
  }),

  // --- Continuering lopende (Regiodeal) projecten (Quick wins) --------------------------------
  quickWin({
    slug: 'vitale-inwoners',
    title: 'Vitale inwoners',
    summary:
      'Laagdrempelige ontmoetingen in de wijken halen mensen uit hun isolement. Daarna kunnen ze hulp en perspectief krijgen.',
    lineSlugs: ['gezondheid-en-vitaliteit', 'sociale-samenhang-en-participatie'],
    goalSlugs: [G_PREVENTIE, 'meer-en-beter-contact-tussen-bewoners'],
    source: at(
      LOPEND,
      'Realiseren van laagdrempelige ontmoetingen in wijken is de eerste stap om mensen uit hun isolement te halen',
    ),
  }),
  quickWin({
    slug: 'gezinsketenaanpak',
    title: 'Gezinsketenaanpak',
    summary:
      'Gezinnen met kinderen met (ernstig) overgewicht worden maximaal 3 jaar gevolgd en geholpen. Dit hoort bij de Haagse Aanpak Gezond Gewicht.',
    goalSlugs: [G_JEUGD, 'kinderen-groeien-gezond-op'],
    source: at(
      LOPEND,
      'In deze aanpak worden gezinnen met kinderen met (extreem) overgewicht en obesitas voor maximaal 3 jaar gevolgd en geholpen.',
    ),
  }),
];
