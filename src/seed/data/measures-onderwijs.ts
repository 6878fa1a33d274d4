// SPDX-License-Identifier: EUPL-1.2
/** Measures of the concept programme (002), chapter 3 "Gelijke onderwijskansen": line Onderwijs. */
import type { SeedMeasure } from '../dataset.ts';
import { chapter, FILES, src } from './sources.ts';

const CH = '3. Gelijke onderwijskansen';
const at = (section: string, quote: string) => src(FILES.concept, `${CH} > Maatregelen > ${section}`, quote);
const { m, quickWin } = chapter('onderwijs', 'alliantie-onderwijs');

const VOORKOMEN = 'Achterstand voorkomen';
const INHALEN = 'Achterstand inhalen';
const START = 'Goede start en terugdringen voortijdige schooluitval';
const OUDERS = 'Ouders aan zet';

export const onderwijsMeasures: SeedMeasure[] = [
  m({
    slug: 'ouders-vroeg-aan-de-voorschool-binden',
    title: 'Ouders vroeg aan de voorschool binden',
    summary:
      'Voorscholen krijgen meer kansen om ouders vroeg te binden met aantrekkelijke programma’s. Dit sluit aan bij Kansrijke Start en bij proeven uit de Taalnota in Zuidwest.',
    goalSlugs: ['achterstand-voorkomen', 'voorkomen-dat-kinderen-achterstanden-oplopen'],
    source: at(
      VOORKOMEN,
      "Voorscholen krijgen (actiever) de mogelijkheid om ouders vroegtijdig met aantrekkelijke programma's aan de voorschool te binden.",
    ),
  }),
  m({
    slug: 'publiekscampagne-voorschool',
    title: 'Publiekscampagne voor de voorschool',
    summary:
      'Samen met vaders en moeders uit Zuidwest komt er een campagne die de drempel naar de voorschool lager maakt.',
    goalSlugs: ['achterstand-voorkomen'],
    source: at(
      VOORKOMEN,
      'We ontwikkelen een publiekscampagne ontwikkeld in samenwerking met een focusgroep van vaders en moeders',
    ),
  }),
  m({
    slug: 'meer-voorschoolse-educatie',
    title: 'Meer plaatsen voorschoolse educatie',
    summary: 'Er komt meer voorschoolse educatie, zodat iedere peuter echt mee kan doen.',
    goalSlugs: ['achterstand-voorkomen', 'voorkomen-dat-kinderen-achterstanden-oplopen'],
    source: at(
      VOORKOMEN,
      'Het aanbod voorschoolse educatie wordt uitgebreid zodat iedere peuter daadwerkelijk kan deelnemen',
    ),
  }),
  m({
    slug: 'voorschool-vanaf-2-jaar',
    title: 'Onderzoek: voorschool vanaf 2 jaar',
    summary: 'Er wordt onderzocht of kinderen vanaf 2 jaar naar de voorschool kunnen.',
    goalSlugs: ['achterstand-voorkomen'],
    source: at(
      VOORKOMEN,
      'We onderzoeken de mogelijkheid om kinderen vanaf 2 jaar te laten deelnemen aan de voorschool.',
    ),
  }),
  m({
    slug: 'nieuwe-interventies-bij-lage-deelname',
    title: 'Nieuwe aanpak als te weinig kinderen meedoen',
    summary: 'Als te weinig kinderen naar de voorschool gaan, komen er nieuwe manieren om hen te bereiken.',
    goalSlugs: ['achterstand-voorkomen'],
    source: at(VOORKOMEN, 'Bij achterblijvende deelname worden nieuwe interventies ontwikkeld'),
  }),
  m({
    slug: 'samenwerkende-kindvoorzieningen',
    title: 'Samenwerkende kindvoorzieningen',
    summary:
      'Kindvoorzieningen werken beter samen, in wat kinderen leren en in ondersteuning. Zo is er één doorgaande leerlijn van 2,5 tot en met 6 jaar.',
    goalSlugs: ['achterstand-voorkomen'],
    source: at(VOORKOMEN, 'de continuïteit in de educatieve leerlijn van 2,5 tot en met 6 jaar'),
  }),
  m({
    slug: 'vroege-signalering-zorgvragen',
    title: 'Zorgvragen van jonge kinderen vroeg zien en aanpakken',
    summary: 'Zorgvragen van jonge kinderen worden vroeg gezien en aangepakt.',
    goalSlugs: ['achterstand-voorkomen'],
    source: at(VOORKOMEN, 'Een vroege signalering en aanpak van zorgvragen'),
  }),
  m({
    slug: 'basisvoorziening-kinderopvang',
    title: 'Basisvoorziening kinderopvang met voorrang in Zuidwest',
    summary:
      'De gemeente hoopt dat het kabinet een basisvoorziening voor kinderopvang en buitenschoolse opvang invoert. Zuidwest wil die dan als eerste.',
    goalSlugs: ['achterstand-voorkomen'],
    source: at(VOORKOMEN, 'Voor Zuidwest hebben we de ambitie om dat met voorrang te realiseren.'),
  }),
  m({
    slug: 'meer-intensieve-leer-en-ontwikkeltijd',
    title: 'Meer intensieve leer- en ontwikkeltijd',
    summary:
      'Kinderen in het basisonderwijs krijgen extra leer- en ontwikkeltijd. In Den Haag is nu zes uur extra per week beschikbaar; in Rotterdam Zuid is dat tien uur.',
    description:
      'In het Nationaal Programma Rotterdam Zuid is voor ieder kind in het basisonderwijs tien uur extra per week beschikbaar. In Den Haag is in het kader van de Haagse Educatieve Agenda momenteel zes uur extra per week beschikbaar. De balans tussen extra leer- en ontwikkeltijd en/of meer intensieve leertijd is onderwerp van onderzoek. Deze uitbreiding gaat niet ten koste van soortgelijke activiteiten elders in de stad.',
    goalSlugs: ['achterstand-inhalen', 'betere-schoolresultaten-en-vaardigheden'],
    source: at(
      INHALEN,
      'In Den Haag is in het kader van de Haagse Educatieve Agenda momenteel zes uur extra per week beschikbaar.',
    ),
  }),
  m({
    slug: 'ouders-als-partners',
    title: 'Ouders als partners: contactpersoon voor ouders op iedere basisschool',
    summary:
      'Iedere basisschool krijgt een medewerker voor het contact met ouders. Die helpt ouders op weg naar zorg, sport, cultuur, bibliotheek en opleiding.',
    goalSlugs: ['achterstand-inhalen', 'ouders-aan-zet', 'betere-schoolresultaten-en-vaardigheden'],
    source: at(
      INHALEN,
      'Iedere basisschool krijgt een medewerker die speciaal belast is met het contact met de ouders en met het stimuleren van ouderparticipatie.',
    ),
  }),
  m({
    slug: 'integrale-kindcentra',
    title: 'Integrale Kind Centra (IKC)',
    summary:
      'Tien Integrale Kind Centra, één in iedere buurt. Kinderopvang, school, jeugdhulp en andere partners werken daar samen. In 2030 zijn er minstens tien.',
    description:
      'In Zuidwest zetten we in op de doorontwikkeling van tien IKC’s, in iedere buurt één. Dit betreft de doorontwikkeling van al bestaande scholen en integrale kindcentra én waar mogelijk en nodig nieuwbouw. Bij voorkeur wordt het IKC één gebouw waar alle functies samenkomen. In 2030 zijn er tenminste tien IKC’s.',
    goalSlugs: ['achterstand-inhalen', 'betere-schoolresultaten-en-vaardigheden'],
    source: at(INHALEN, "In 2030 zijn er tenminste tien IKC's."),
  }),
  m({
    slug: 'meer-handen-in-de-klas',
    title: 'Meer handen in de klas',
    summary:
      'Scholen in Zuidwest krijgen hulp bij het lerarentekort: werven en houden van leraren, minder werkdruk en voorrang bij een woning. Studenten helpen in de klas via Studenten voor Educatie.',
    goalSlugs: ['achterstand-inhalen', 'betere-schoolresultaten-en-vaardigheden'],
    source: at(INHALEN, "De pilot 'Studenten voor Educatie' wordt structureel voortgezet en uitgebreid."),
  }),
  m({
    slug: 'warme-overdracht-naar-het-vo',
    title: 'Warme overdracht naar het voortgezet onderwijs',
    summary:
      'Samen met Bovo en JINC gaat de overstap naar de middelbare school soepeler. (Oud-)leerlingen coachen nieuwe overstappers.',
    goalSlugs: ['achterstand-inhalen', 'goede-start-minder-schooluitval'],
    partnerSlugs: ['bovo', 'jinc'],
    source: at(INHALEN, "Samen met Bovo en Jinc versterken we de 'warme overdracht'"),
  }),
  m({
    slug: 'onderwijsprogramma-universiteit-leiden',
    title: 'Onderwijsprogramma van de Universiteit Leiden op school',
    summary:
      'Basisscholen en middelbare scholen werken samen met de Universiteit Leiden. Studenten zijn rolmodel. Het doel: in 2030 is de universiteit voor jongeren uit Zuidwest een gewone keuze.',
    goalSlugs: ['achterstand-inhalen'],
    partnerSlugs: ['universiteit-leiden'],
    source: at(
      INHALEN,
      'Een schoolloopbaan naar de universiteit is in 2030 voor de jongeren in Den Haag Zuidwest een vanzelfsprekende optie.',
    ),
  }),
  m({
    slug: 'onderzoek-schoolkeuze-voortgezet-onderwijs',
    title: 'Onderzoek: waarom ouders een school buiten Zuidwest kiezen',
    summary:
      'Er komt onderzoek naar waarom ouders hun kinderen buiten Zuidwest naar de middelbare school sturen. Later wil het programma weer havo en vwo in Zuidwest.',
    goalSlugs: ['goede-start-minder-schooluitval'],
    source: src(
      FILES.concept,
      `${CH} > Doelen > Goede start en terugdringen voertijdige schooluitval`,
      'Hier gaan we onderzoek naar doen.',
    ),
  }),
  m({
    slug: 'coaching-po-vo-overstappers',
    title: 'Coaching voor leerlingen van groep 8 en de eerste klas',
    summary:
      'Leerlingen die van de basisschool naar de middelbare school gaan, krijgen een coach. Dat zijn studenten uit het hbo en mbo en oudere leerlingen uit Zuidwest.',
    goalSlugs: ['goede-start-minder-schooluitval'],
    source: src(
      FILES.concept,
      `${CH} > Doelen > Goede start en terugdringen voertijdige schooluitval`,
      'een goede start geven door individuele coaching/mentoring',
    ),
  }),
  m({
    slug: 'ondersteuning-in-de-wijk-huiswerk-en-stage',
    title: 'Gratis huiswerk- en stagebegeleiding in de wijk',
    summary:
      'Gratis huiswerkbegeleiding, stagebegeleiding en examentraining bij welzijnswerk en bibliotheken. De vmbo-scholen in de wijk komen met eigen plannen.',
    goalSlugs: ['goede-start-minder-schooluitval'],
    source: at(
      START,
      'Gratis huiswerk- en stagebegeleiding, en examentraining krijgt gestalte in het welzijnswerk en bibliotheken.',
    ),
  }),
  m({
    slug: 'beperken-voortijdig-schoolverlaten',
    title: 'Minder jongeren zonder diploma van school',
    summary:
      'School, leerplicht, schoolmaatschappelijk werk, jongerenwerk en jeugdzorg werken beter samen. Jongeren van 18 tot 27 kunnen binnenlopen bij Jongerenpunt070 op de Leyweg.',
    lineSlugs: ['onderwijs', 'veiligheid-en-leefbaarheid'],
    goalSlugs: ['goede-start-minder-schooluitval', 'voorkomen-dat-jongeren-in-criminaliteit-belanden'],
    partnerSlugs: ['roc-mondriaan'],
    source: at(
      START,
      'Voor jongeren van 18 tot 27 jaar is het Jongerenpunt070 op de Leyweg de symbolische spin in het web',
    ),
  }),
  m({
    slug: 'nulmeting-ouderbetrokkenheid',
    title: 'Nulmeting samenwerking ouders, kinderopvang en school',
    summary: 'Er komt een meting van hoe ouders, kinderopvang en school nu samenwerken, en wat beter kan.',
    goalSlugs: ['ouders-aan-zet'],
    source: at(
      OUDERS,
      'Een 0-meting naar de samenwerking tussen ouders, kinderopvang en school in Den Haag Zuidwest.',
    ),
  }),
  m({
    slug: 'gereedheidskist',
    title: 'Rotterdamse gereedheidskist',
    summary:
      'De ‘gereedheidskist’ uit Rotterdam Zuid wordt ingevoerd. Die hielp daar om ouders, kinderopvang en school beter te laten samenwerken.',
    goalSlugs: ['ouders-aan-zet'],
    source: at(OUDERS, "Invoering van de Rotterdamse 'gereedheidskist'"),
  }),
  m({
    slug: 'samenwerking-scholen-in-de-wijk',
    title: 'Scholen in de wijk werken samen',
    summary:
      'Scholen in dezelfde wijk werken meer samen. De Universiteit Leiden (ICLON) en de Haagse Hogeschool helpen waar het kan.',
    goalSlugs: ['ouders-aan-zet'],
    partnerSlugs: ['universiteit-leiden', 'haagse-hogeschool'],
    source: at(
      OUDERS,
      'Ontwikkelen en versterken van de samenwerking binnen de wijk tussen scholen onderling.',
    ),
  }),
  m({
    slug: 'taal-en-opvoedondersteuning',
    title: 'Taal- en opvoedondersteuning via school en kinderopvang',
    summary:
      'Scholen en kinderopvang bieden hulp bij taal en opvoeden. De gemeente helpt daarbij. Er zijn proeven met taallessen samen met kinderopvang voor jonge ouders.',
    goalSlugs: ['ouders-aan-zet'],
    source: at(
      OUDERS,
      'Scholen en kinderopvang bieden taal- en opvoedondersteuning aan, dat de gemeente faciliteert',
    ),
  }),
  m({
    slug: 'leven-lang-ontwikkelen',
    title: 'Leven Lang Ontwikkelen voor ouders',
    summary:
      'Ouders krijgen volwasseneneducatie, want ongeveer 40% van de volwassenen in Zuidwest is laaggeletterd. Talentstart en Honk worden verder ontwikkeld. ROC Mondriaan opent het Leer- en ontwikkelhuis aan de Meppelweg.',
    lineSlugs: ['onderwijs', 'werk-en-economie'],
    goalSlugs: ['ouders-aan-zet', 'onderwijs-sluit-aan-op-werk'],
    partnerSlugs: ['roc-mondriaan'],
    source: at(OUDERS, 'de laaggeletterdheid in Den Haag Zuidwest ongeveer 40% bedraagt'),
  }),
  m({
    slug: 'scholing-beroepsbevolking',
    title: 'Meer scholing voor werkenden en werkzoekenden',
    summary:
      'Er komt meer scholing, vooral voor mensen met hooguit een mbo-2-diploma. Sociale Zaken, het UWV en het beroepsonderwijs werken samen, op plekken dicht bij bewoners. Er is oog voor kinderopvang voor werkende alleenstaande ouders.',
    lineSlugs: ['onderwijs', 'werk-en-economie'],
    goalSlugs: ['onderwijs-sluit-aan-op-werk', 'extra-werkgelegenheid'],
    partnerSlugs: ['uwv'],
    source: at(OUDERS, 'in het bijzonder voor personen met maximaal een mbo-2 opleiding'),
  }),

  // --- Continuering lopende (Regiodeal) projecten (Quick wins) --------------------------------
  quickWin({
    slug: 'jinc',
    title: 'JINC',
    summary:
      'JINC helpt kinderen uit een omgeving met veel achterstand aan een goede start op de arbeidsmarkt.',
    goalSlugs: ['onderwijs-sluit-aan-op-werk'],
    partnerSlugs: ['jinc'],
    source: at(
      'Continuering lopende (Regiodeal) projecten (Quick wins)',
      'JINC zet zich in om kinderen uit een omgeving met veel sociaaleconomische achterstand een goede start op de arbeidsmarkt te geven',
    ),
  }),
  quickWin({
    slug: 'kopgroep-kinderopvang-participatiedoelgroep',
    title: 'Kinderopvang Participatiedoelgroep (KOPgroep)',
    summary:
      'Ouders met jonge kinderen krijgen gratis of goedkope kinderopvang. Zo kunnen ze meedoen aan participatieprojecten.',
    lineSlugs: ['onderwijs', 'werk-en-economie'],
    goalSlugs: ['achterstand-voorkomen', 'zinvolle-dagbesteding'],
    source: at(
      'Continuering lopende (Regiodeal) projecten (Quick wins)',
      'De Kinderopvang Participatiedoelgroep (KOPgroep) helpt ouders met jonge kinderen',
    ),
  }),
  quickWin({
    slug: 'pop-up-buurtbibliotheek-moerwijk',
    title: 'Pop-Up Buurtbibliotheek Moerwijk',
    summary:
      'Moerwijk wilde al lang een eigen bibliotheek: goed zichtbaar, lang open, met een goede collectie en leuke activiteiten. Dit is geen Regio Deal-project, maar wel mede betaald met geld van de Regio Deal.',
    goalSlugs: ['betere-schoolresultaten-en-vaardigheden'],
    wijkSlugs: ['moerwijk'],
    fundingSource: 'Mede mogelijk gemaakt met Regio Deal-middelen (geen Regio Deal-project)',
    source: at(
      'Continuering lopende (Regiodeal) projecten (Quick wins)',
      'geen regiodeal project, wel mede mogelijk gemaakt met regiodealmiddelen',
    ),
  }),
];
