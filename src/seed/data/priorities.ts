// SPDX-License-Identifier: EUPL-1.2
/** The top 10 priorities 2023-2026 (000, programme website), as measures with kind 'priority'. */
import type { SeedMeasure } from '../dataset.ts';
import { FILES, measure, src } from './sources.ts';

const top = (section: string, quote: string) => src(FILES.top10, section, quote);

export const priorities: SeedMeasure[] = [
  measure({
    slug: 'brugfunctionarissen-op-alle-basisscholen',
    title: 'Brugfunctionarissen op alle basisscholen',
    kind: 'priority',
    top10Rank: 1,
    summary:
      'Op alle basisscholen in Zuidwest komt een brugfunctionaris. Die verbindt school, thuis en de wijk, en helpt ouders de weg te vinden naar hulp en activiteiten in de wijk.',
    description:
      'Op alle basisscholen in Zuidwest komt een brugfunctionaris die de verbinding legt tussen school, thuis en de wijk. Deze kan ouders verwijzen naar hulpinstanties en ontmoetingsplaatsen en hen wegwijs maken in bestaand aanbod in de wijk.',
    lineSlugs: ['onderwijs'],
    goalSlugs: ['betere-schoolresultaten-en-vaardigheden', 'ouders-aan-zet'],
    source: top(
      '1. Brugfunctionarissen op alle basisscholen',
      'Op alle basisscholen in Zuidwest komt een brugfunctionaris die de verbinding legt tussen school, thuis en de wijk.',
    ),
  }),
  measure({
    slug: 'ontmoeten-en-bewegen-in-de-buitenruimte',
    title: 'Ontmoeten en bewegen in de buitenruimte',
    kind: 'priority',
    top10Rank: 2,
    summary:
      'Samen met bewoners en professionals wordt de buitenruimte toegankelijker, veiliger en gezonder. Zo kunnen mensen meer bewegen en kinderen meer buiten spelen. Er komen ook gezondheidsactiviteiten en initiatieven voor ontmoeting.',
    description:
      'Met inwoners en professionals in Zuidwest wordt de leef- en woonomgeving toegankelijker, veiliger en gezonder gemaakt, waardoor inwoners meer kunnen bewegen, prettig kunnen wonen en kinderen meer buiten kunnen spelen. Ook organiseren we gezondheidsactiviteiten op een manier die aansluit bij de inwoners en waarbij verschillende soorten organisaties in de wijken samenwerken. We maken initiatieven mogelijk die bijdragen aan ontmoeting en gezondheid in samenwerking met de buurtkamers, vrouwengroepen, kinderen, jongeren en initiatieven in de buurt.',
    lineSlugs: ['gezondheid-en-vitaliteit', 'wonen-en-leefomgeving', 'sociale-samenhang-en-participatie'],
    goalSlugs: [
      'mensen-bewegen-meer',
      'gezonde-woningen-en-buitenruimte',
      'fijnere-leefomgeving',
      'meer-en-beter-contact-tussen-bewoners',
    ],
    source: top(
      '2. Ontmoeten en bewegen in de buitenruimte',
      'waardoor inwoners meer kunnen bewegen, prettig kunnen wonen en kinderen meer buiten kunnen spelen',
    ),
  }),
  measure({
    slug: 'aanpak-jongerencriminaliteit',
    title: 'Aanpak jongerencriminaliteit',
    kind: 'priority',
    top10Rank: 3,
    summary:
      'Scholen, politie, jongerenwerk en andere partners zetten vol in op het voorkomen van jeugdcriminaliteit. Criminaliteit wordt zichtbaar aangepakt. Bij overlast is er aandacht voor wie overlast geeft én voor de omgeving.',
    description:
      'Met onderwijsinstellingen, politie, jongerenwerk en andere partners zetten we vol in op de preventie van jeugdcriminaliteit. We willen namelijk voorkomen dat jongeren in de jeugdcriminaliteit terechtkomen. We pakken criminaliteit zichtbaar aan. Overlastgevende situaties zien we als een breed probleem. Dat betekent dat we hier wat aan doen met aandacht voor de overlastgever en de omgeving.',
    lineSlugs: ['veiligheid-en-leefbaarheid'],
    goalSlugs: [
      'voorkomen-dat-jongeren-in-criminaliteit-belanden',
      'meer-jongeren-uit-de-criminaliteit',
      'minder-jongeren-in-jeugdcriminaliteit',
    ],
    partnerSlugs: ['politie'],
    source: top('3. Aanpak jongerencriminaliteit', 'zetten we vol in op de preventie van jeugdcriminaliteit'),
  }),
  measure({
    slug: 'sociaal-contract-mentale-gezondheid',
    title: 'Sociaal contract mentale gezondheid',
    kind: 'priority',
    top10Rank: 4,
    summary:
      'Werken aan mentaal gezonde wijken. Bewoners krijgen steun in de buurt, op plekken waar ze al komen. Professionele hulp sluit beter aan op het netwerk in de buurt. Bewonersinitiatieven voor mentale gezondheid en bestaanszekerheid blijven bestaan.',
    description:
      'We werken aan mentaal gezonde wijken. We bieden bewoners ondersteuning in de buurt op plekken waar zij komen. We stimuleren de formele hulp beter aan te sluiten op het informele netwerk in de buurt. We werken aan de borging van bewonersinitiatieven die bijdragen aan mentale gezondheid en bestaanszekerheid.',
    lineSlugs: ['gezondheid-en-vitaliteit'],
    goalSlugs: ['mentaal-gezonde-wijken', 'verbinding-medisch-en-sociaal-domein'],
    source: top('4. Sociaal contract mentale gezondheid', 'We werken aan mentaal gezonde wijken.'),
  }),
  measure({
    slug: 'campusontwikkeling',
    title: 'Campusontwikkeling: bedrijfsverzamelplekken voor leren, werken en innoveren',
    kind: 'priority',
    top10Rank: 5,
    summary:
      'Bedrijven en scholen in Zuidwest, ook op bedrijventerrein ZKD, werken samen in een netwerk voor leren en werken. De nadruk ligt op bouw, maakindustrie en zorg. Werkzoekenden en werknemers kunnen zich (bij)scholen of omscholen.',
    description:
      'Het stimuleren van ‘werken, leren en innoveren’ in Zuidwest (inclusief bedrijventerrein ZKD) door het samenbrengen van bedrijven en onderwijsinstellingen in een (leerwerk)netwerk. Hierbij zetten we vooral in op de kansrijke sectoren bouw, maakindustrie en zorg. Tegelijkertijd betrekken we inwoners (weer) bij de arbeidsmarkt. We gaan perspectief voor werkzoekenden inbedden in een bredere aanpak van opleiden, omscholen en bijscholen van werknemers en werkzoekenden.',
    lineSlugs: ['werk-en-economie', 'onderwijs'],
    goalSlugs: ['onderwijs-sluit-aan-op-werk', 'er-is-meer-werk', 'extra-werkgelegenheid'],
    source: top(
      '5. Campusontwikkeling: bedrijfsverzamelplekken voor leren, werken en innoveren',
      'Hierbij zetten we vooral in op de kansrijke sectoren bouw, maakindustrie en zorg.',
    ),
  }),
  measure({
    slug: 'wijkbedrijven-en-instapeconomie',
    title: 'Wijkbedrijven en Instapeconomie in elke wijk',
    kind: 'priority',
    top10Rank: 6,
    summary:
      'In elke wijk wordt werk gezocht dat de wijk beter maakt en dat nu blijft liggen. Bewoners die lang in de bijstand zitten, kunnen dit werk doen. Het wijkbedrijf helpt hen zich te ontwikkelen.',
    description:
      'In elke wijk worden werkzaamheden benoemd die waarde toevoegen aan de wijk, en die nu nog niet opgepakt worden. Wijkbewoners die lange tijd bijstand ontvangen, krijgen de mogelijkheid om dit werk uit te voeren. Het wijkbedrijf of -organisatie zet daarbij de ontwikkeling van deze bewoners voorop. Zo kan iedereen een waardevolle bijdrage leveren en aan zijn/haar eigen ontwikkeling werken.',
    lineSlugs: ['werk-en-economie'],
    goalSlugs: ['meer-mensen-werken-in-eigen-wijk', 'zinvolle-dagbesteding'],
    source: top(
      '6. Wijkbedrijven en Instapeconomie in elke wijk',
      'Wijkbewoners die lange tijd bijstand ontvangen, krijgen de mogelijkheid om dit werk uit te voeren.',
    ),
  }),
  measure({
    slug: 'wijkrechtspraak',
    title: 'Wijkrechtspraak',
    kind: 'priority',
    top10Rank: 7,
    summary:
      'Gemeente, rechtbank, advocaten, politie en OM helpen bewoners met veel problemen tegelijk. Bij deze speciale rechtbank staat de mens achter het dossier centraal, niet de rechtszaak.',
    description:
      'Gemeente Den Haag, de Rechtbank, advocatuur, politie en OM gaan inwoners met uiteenlopende en meervoudige problemen helpen. Tijdens een zitting van deze speciale rechtbank staat niet de rechtszaak, maar de mens achter het dossier centraal.',
    lineSlugs: ['veiligheid-en-leefbaarheid'],
    goalSlugs: ['toegankelijke-wijkrechtspraak'],
    partnerSlugs: ['gemeente-den-haag', 'rechtbank', 'politie', 'openbaar-ministerie'],
    source: top(
      '7. Wijkrechtspraak',
      'Tijdens een zitting van deze speciale rechtbank staat niet de rechtszaak, maar de mens achter het dossier centraal.',
    ),
  }),
  measure({
    slug: 'plintenaanpak',
    title: 'Plintenaanpak',
    kind: 'priority',
    top10Rank: 8,
    summary:
      'De begane grond van flats, voorzieningen en winkelstrips worden plekken voor betaalbare bedrijfsruimte, voorzieningen, ontmoeting en buurtinitiatieven. Zo worden ook onveiligheid, leegstand en een slechte uitstraling aangepakt.',
    description:
      'De plinten (de begane grond van appartementengebouwen), bestaande en nieuwe voorzieningen, en winkelstrips en -straten zien we als een belangrijke plek voor betaalbare (bedrijfs)ruimte, voorzieningen, ontmoeting, als (economische) broedplaats en als bron van buurtinitiatieven. Vanuit deze kansen willen we de veiligheidsproblematiek, leegstand en slechte fysieke uitstraling te lijf gaan.',
    lineSlugs: ['werk-en-economie', 'veiligheid-en-leefbaarheid', 'sociale-samenhang-en-participatie'],
    goalSlugs: [
      'er-is-meer-werk',
      'ondermijnende-criminaliteit-krijgt-minder-kans',
      'minder-gelegenheid-ondermijning',
      'meer-en-beter-contact-tussen-bewoners',
    ],
    source: top(
      '8. Plintenaanpak',
      'Vanuit deze kansen willen we de veiligheidsproblematiek, leegstand en slechte fysieke uitstraling te lijf gaan.',
    ),
  }),
  measure({
    slug: 'huisvesting-leraren-agenten-zorgpersoneel',
    title: 'Huisvesting voor leraren, agenten en zorgpersoneel',
    kind: 'priority',
    top10Rank: 9,
    summary:
      'Er komen woningen voor mensen die in de wijken werken, zoals leraren, politieagenten en zorgmedewerkers. Het begint met een proef met woningen voor leraren.',
    description:
      'We stellen woningen beschikbaar voor professionals die in de wijken werken, zoals leraren, politieagenten en zorgmedewerkers. We starten met een pilot met huisvesting voor leraren.',
    lineSlugs: ['wonen-en-leefomgeving', 'onderwijs'],
    goalSlugs: ['meer-woningen-gevarieerd-duurzaam'],
    source: top(
      '9. Huisvesting voor leraren, agenten en zorgpersoneel',
      'We starten met een pilot met huisvesting voor leraren.',
    ),
  }),
  measure({
    slug: 'verduurzamen-vernieuwen-en-bouwen-van-woningen',
    title: 'Verduurzamen, vernieuwen en bouwen van woningen',
    kind: 'priority',
    top10Rank: 10,
    summary:
      'Tot 2040 worden 25.000 woningen in Zuidwest vernieuwd: 10.000 woningen erbij, 8.500 woningen gerenoveerd en 6.500 sociale woningen gesloopt en nieuw gebouwd. Ook particuliere woningen worden beter. Het doel: meer betaalbare, zuinige en aantrekkelijke woningen.',
    description:
      'We vernieuwen in totaal 25.000 woningen in Zuidwest in 2040. Dat doen we door het toevoegen (ook transformeren) van 10.000 woningen, het renoveren van 8.500 woningen en sloop/nieuwbouw van 6.500 sociale woningen, en het verbeteren van de particuliere woningvoorraad (particuliere woningen). Met als resultaat meer betaalbare, energiezuinige, duurzame, gedifferentieerde, aantrekkelijke woningen, die aansluiten op de woonwensen van de bewoners.',
    lineSlugs: ['wonen-en-leefomgeving'],
    goalSlugs: [
      'woningen-verbeterd-2040',
      'woningen-toegevoegd-2040',
      'woningen-gerenoveerd-2040',
      'woningen-sloop-nieuwbouw-2040',
      'meer-en-kwalitatief-goede-woningen',
      'meer-woningen-gevarieerd-duurzaam',
    ],
    source: top(
      '10. Verduurzamen, vernieuwen en bouwen van woningen',
      'We vernieuwen in totaal 25.000 woningen in Zuidwest in 2040.',
    ),
  }),
];
