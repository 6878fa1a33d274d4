// SPDX-License-Identifier: EUPL-1.2
/**
 * Measures of the concept programme (002), chapter 4 "Perspectief op werk": line Werk en economie.
 * The document numbers the goals each measure serves: (1) zinvolle dagbesteding, (2) extra werkgelegenheid,
 * (3) versterken vestigingsklimaat/ondernemerschap.
 */
import type { SeedMeasure } from '../dataset.ts';
import { chapter, FILES, src } from './sources.ts';

const at = (section: string, quote: string) =>
  src(FILES.concept, `4. Perspectief op werk > Maatregelen > ${section}`, quote);
const { m, quickWin } = chapter('werk-en-economie', 'alliantie-werk-en-economie');

const ONDERZOEK = 'Onderzoekslijn';
const UITVOERING = 'Uitvoeringslijn';
const LOPEND = 'Continuering lopende (Regiodeal) projecten (Quick wins)';

const G1 = 'zinvolle-dagbesteding';
const G2 = 'extra-werkgelegenheid';
const G3 = 'versterken-vestigingsklimaat';

export const werkMeasures: SeedMeasure[] = [
  m({
    slug: 'onderzoek-garantiebanen',
    title: 'Onderzoek: Rotterdamse garantiebanen in Zuidwest',
    summary: 'Er wordt onderzocht of het Rotterdamse model van garantiebanen ook in Zuidwest kan werken.',
    goalSlugs: [G2],
    source: at(
      ONDERZOEK,
      'We onderzoeken of en in hoeverre het Rotterdamse model van garantiebannen toepasbaar is voor Zuidwest.',
    ),
  }),
  m({
    slug: 'onderzoek-werkgevers-betrekken',
    title: 'Onderzoek: meer werkgevers betrekken',
    summary:
      'Er wordt onderzocht hoe meer werkgevers mensen uit Zuidwest kunnen aannemen, en welke opleidingen daarvoor nodig zijn.',
    goalSlugs: [G2],
    source: at(
      ONDERZOEK,
      'We onderzoeken hoe we meer werkgevers kunnen betrekken bij het aannemen van personeel, en welke opleidingen nodig zijn.',
    ),
  }),
  m({
    slug: 'onderzoek-vacatures-en-bijstand',
    title: 'Onderzoek: kloof tussen vacatures en bijstand',
    summary:
      'Er wordt onderzocht hoe groot de kloof is tussen het aantal vacatures en het aantal mensen in de bijstand.',
    goalSlugs: [G2],
    source: at(
      ONDERZOEK,
      'We onderzoeken wat de kloof is tussen het aantal vacatures en het aantal mensen in de bijstand.',
    ),
  }),
  m({
    slug: 'onderzoek-cijfers-perspectiefboekje',
    title: 'Onderzoek: cijfers uit het perspectiefboekje Zuidwest',
    summary:
      'Er wordt onderzocht hoe de cijfers uit het perspectiefboekje Zuidwest met elkaar samenhangen, in plaats van ze alleen met het Haags gemiddelde te vergelijken.',
    goalSlugs: [G1],
    source: at(
      ONDERZOEK,
      'We doen onderzoek naar het verband tussen de cijfers vanuit het perspectiefboekje Zuidwest onderling',
    ),
  }),
  m({
    slug: 'sohos-doorbraakmethode',
    title: 'Sociaal Hospitaal (Sohos) / Doorbraakmethode',
    summary:
      'Maatwerk voor de kwetsbaarste huishoudens, die nu vaak door te veel hulpverleners worden geholpen. Het doel: mensen beter helpen met minder geld.',
    lineSlugs: ['werk-en-economie', 'gezondheid-en-vitaliteit'],
    goalSlugs: [G1, 'meer-mensen-hebben-bestaanszekerheid'],
    source: at(
      UITVOERING,
      'Sociaal Hospitaal regelt maatwerk voor de kwetsbaarste huishoudens die de hoogste maatschappelijke kosten met zich meebrengen.',
    ),
  }),
  m({
    slug: 'helpdesk-geldzaken',
    title: 'Helpdesk Geldzaken',
    summary:
      'Een laagdrempelige helpdesk van de gemeente waar bewoners vragen stellen over inkomsten en uitgaven. Zo worden schulden voorkomen.',
    goalSlugs: [G1, 'meer-mensen-hebben-bestaanszekerheid'],
    source: at(
      UITVOERING,
      'Helpdesk Geldzaken van de gemeente Den Haag is een laagdrempelig initiatief waar inwoners vragen kunnen stellen over hun inkomsten en uitgaven.',
    ),
  }),
  m({
    slug: 'kinderopvang-voor-de-participatiedoelgroep',
    title: 'Kinderopvang voor ouders uit de participatiedoelgroep',
    summary:
      'Kinderopvang voor kinderen van ouders uit de participatiedoelgroep, vooral als het kind een VVE-indicatie heeft. Zo kunnen ouders bijvoorbeeld taalles volgen.',
    lineSlugs: ['werk-en-economie', 'onderwijs'],
    goalSlugs: [G1, 'achterstand-voorkomen'],
    source: at(
      UITVOERING,
      'We willen kinderopvang mogelijk maken voor de kinderen van ouders uit de participatiedoelgroep.',
    ),
  }),
  m({
    slug: 'maatschappelijk-fit',
    title: 'Maatschappelijk fit',
    summary:
      'Een proef die mensen helpt met hun belemmeringen. Ze doen mee in de samenleving en bereiden zich maximaal een jaar voor op school of werk via Den Haag Werkt.',
    goalSlugs: [G1],
    source: at(
      UITVOERING,
      'Maatschappelijk fit is een pilot die erop gericht is om kandidaten te helpen om te gaan met hun belemmeringen',
    ),
  }),
  m({
    slug: 'impulsaanpak-jongeren',
    title: 'Impulsaanpak jongeren',
    summary:
      'Meer jongeren vinden een stageplek, leerwerkplek of baan. Met jobhunters, matchmakers, extra casemanagers en LeerWerkmakelaars, en een klein maatwerkbudget.',
    goalSlugs: [G1, 'meer-mensen-werken-in-eigen-wijk'],
    source: at(UITVOERING, 'De ambitie is dat alle jongeren een diploma halen en een baan vinden.'),
  }),
  m({
    slug: 'jongeren-perspectief-fonds',
    title: 'Jongeren Perspectief Fonds',
    summary:
      'Jongeren van 18 tot en met 27 jaar met schulden worden snel schuldenvrij en krijgen twee jaar begeleiding. In ruil doen ze iets terug, zoals een opleiding of stage.',
    goalSlugs: [G1, 'meer-mensen-hebben-bestaanszekerheid'],
    source: at(
      UITVOERING,
      'Kwijtschelding van de schuld voor een maatschappelijke tegenprestatie (opleiding, stage).',
    ),
  }),
  m({
    slug: 'individuele-plaatsing-en-steun',
    title: 'Individuele Plaatsing en Steun (IPS)',
    summary:
      'Mensen met een ernstige psychische aandoening krijgen een begeleider die helpt bij werk zoeken, vinden en houden.',
    lineSlugs: ['werk-en-economie', 'gezondheid-en-vitaliteit'],
    goalSlugs: [G1, G2],
    source: at(
      UITVOERING,
      'Individuele Plaatsing en Steun (IPS) is dé methode om mensen met een ernstige psychische aandoening te helpen bij het verkrijgen en behouden van betaald werk.',
    ),
  }),
  m({
    slug: 'campus-ontwikkeling-mbo-campus',
    title: 'Campus Ontwikkeling',
    summary:
      'Scholen en bedrijven werken samen, zodat opleidingen beter passen bij het werk. Er wordt onderzocht of er een mbo-campus kan komen. Mogelijke plekken: Sportcampus Zuiderpark, ZKD en Leyweg-centraal.',
    lineSlugs: ['werk-en-economie', 'onderwijs'],
    goalSlugs: [G1, G2, 'onderwijs-sluit-aan-op-werk'],
    source: at(
      UITVOERING,
      'We onderzoeken de mogelijkheid van een mbo-campus als aanjager voor innovatie-ecosystemen en economische ontwikkeling.',
    ),
  }),
  m({
    slug: 'jongerenpunt070',
    title: 'Jongerenpunt070',
    summary:
      'Jongerenpunt070 helpt jongeren van 18 tot 27 jaar gratis met vragen over leren, werken en problemen zoals schulden. Er zijn vaste contactpersonen.',
    goalSlugs: [G1, G2],
    source: at(UITVOERING, 'Jongerenpunt070 helpt jongeren van 18 tot 27 jaar gratis verder.'),
  }),
  m({
    slug: 'stip-banen',
    title: 'STiP-banen',
    summary:
      'Een tijdelijke baan van minstens 28 uur per week voor mensen met een grote afstand tot werk, met scholing en begeleiding. Het doel is daarna een gewone baan.',
    goalSlugs: [G2],
    source: at(UITVOERING, 'De tijdelijke baan (minimaal 28 uur in de week)'),
  }),
  m({
    slug: 'werkfit',
    title: 'Werkfit',
    summary:
      'Trajecten die mensen klaarmaken voor werk: werknemersvaardigheden, stabiliteit, vitaliteit en persoonlijke ontwikkeling.',
    goalSlugs: [G2, G3],
    source: at(UITVOERING, 'Werkfittrajecten zijn bedoeld als voorportaal voor de werkontwikkeltrajecten'),
  }),
  m({
    slug: 'werkontwikkeltraject',
    title: 'Werkontwikkeltraject',
    summary:
      'Met behoud van uitkering drie tot zes maanden werken bij een gewone werkgever, met uitzicht op een betaalde baan.',
    goalSlugs: [G2, G3],
    source: at(
      UITVOERING,
      'met behoud van uitkering (max. drie tot zes maanden) aan de slag gaat bij een reguliere werkgever',
    ),
  }),
  m({
    slug: 'bedrijfsverzamelgebouwen-twickelstraat-en-ruimzicht',
    title: 'Bedrijvenverzamelgebouwen Twickelstraat en Ruimzicht',
    summary:
      'Meer panden worden geschikt voor kleine bedrijven. Bijvoorbeeld het oude schoolgebouw in de Twickelstraat en meer bedrijfsruimte in het complex Ruimzicht. Samen met woningcorporaties en andere eigenaren.',
    goalSlugs: [G2, G3, 'er-is-meer-werk'],
    // Twickelstraat is in Moerwijk-Oost (002); Ruimzicht is in De Zichten, listed under Bouwlust in 001.
    wijkSlugs: ['bouwlust', 'moerwijk'],
    source: at(
      UITVOERING,
      'Denk aan de transformatie van het voormalige schoolgebouw in de Twickelstraat en uitbreiding van de hoeveelheid bedrijfsruimte in het complex Ruimzicht.',
    ),
  }),
  m({
    slug: 'aanpak-leyweg',
    title: 'Aanpak winkelcentrum Leyweg',
    summary:
      'Eigenaren werken samen aan een betere mix van winkels en een prettiger winkelcentrum, dat compacter wordt. Er komen andere functies bij, zoals cultuur, zorg, sport en onderwijs.',
    goalSlugs: [G2, G3],
    source: at(
      UITVOERING,
      'Voor de aanpak van winkelcentrum Leyweg zetten we in op samenwerking met en tussen eigenaren',
    ),
  }),
  m({
    slug: 'techconnect',
    title: 'TechConnect',
    summary:
      'TechConnect helpt mensen uit groepen die weinig in de techsector werken aan een baan in tech en IT. Onderdeel is Techgrounds, dat lokaal talent zoekt en opleidt. TechConnect start in Zuidwest.',
    goalSlugs: [G2, G3],
    source: at(
      UITVOERING,
      'We starten TechConnect in Zuidwest omdat deze aanpak meerwaarde heeft en mogelijkheden om op te schalen.',
    ),
  }),
  m({
    slug: 'kwartiermaker-zorg',
    title: 'Kwartiermaker Zorg',
    summary:
      'Een kwartiermaker zoekt met zorginstellingen naar kansen voor werk in de (wijk)zorg. Tot eind 2022 wordt gebouwd aan een netwerk.',
    lineSlugs: ['werk-en-economie', 'gezondheid-en-vitaliteit'],
    goalSlugs: [G2, G3],
    source: at(UITVOERING, 'Tot eind 2022 bouwen we aan een praktijkgericht netwerk.'),
  }),
  m({
    slug: 'zorgconnect',
    title: 'ZorgConnect',
    summary:
      'Net als TechConnect, maar voor de zorg: inwoners van Zuidwest worden opgeleid voor zorgbanen in hun eigen wijk.',
    goalSlugs: [G2, G3],
    source: at(
      UITVOERING,
      'we leiden inwoners van Zuidwest op (voorzien van de juiste vaardigheden) voor specifieke zorgbanen in de eigen wijk',
    ),
  }),
  m({
    slug: 'gebiedspaspoort-zkd',
    title: 'Gebiedspaspoort ZKD',
    summary:
      'Op bedrijventerrein ZKD komt de komende tien jaar minstens 40.000 vierkante meter bedrijfsruimte bij. Een gebiedspaspoort legt vast hoe, samen met marktpartijen.',
    goalSlugs: [G2, G3, 'er-is-meer-werk'],
    partnerSlugs: ['zkd'],
    source: at(
      UITVOERING,
      'Binnen bedrijventerrein ZKD zal tenminste 40.000 vierkante meter meer bedrijfsruimte worden gerealiseerd de komende tien jaar.',
    ),
  }),
  m({
    slug: 'startup-in-residence-jan-luykenlaan',
    title: 'Startup in Residence Jan Luykenlaan / Aanpak voormalige winkelstrips',
    summary:
      'Samen met de woningcorporaties wordt onderzocht hoe oude winkelstrips weer sterke plekken worden waar de wijkeconomie kan groeien.',
    lineSlugs: ['werk-en-economie', 'veiligheid-en-leefbaarheid'],
    goalSlugs: [G3, 'minder-gelegenheid-ondermijning'],
    wijkSlugs: ['moerwijk'],
    source: at(
      UITVOERING,
      'de voormalige winkelstrips in Zuidwest weer krachtige plekken worden waar de wijk economie van Zuidwest kan groeien en bloeien',
    ),
  }),
  m({
    slug: 'kwartiermaker-maakindustrie',
    title: 'Kwartiermaker Maakindustrie',
    summary:
      'Een kwartiermaker zoekt naar kansen voor de maakindustrie in Zuidwest. Dat werk past goed bij het werk dat bewoners zoeken.',
    goalSlugs: [G3],
    source: at(
      UITVOERING,
      'Met een kwartiermaker zetten we in op het verkennen en benutten van de kansen van het versterken van maakindustrie in Zuidwest.',
    ),
  }),
  m({
    slug: 'ondernemershub-pand-zuidwest',
    title: 'Ondernemershub Pand Zuidwest',
    summary:
      'Pand Zuidwest groeit uit tot de centrale plek voor ondernemers in Zuidwest, met advies, onderwijs en steun. Er wordt gewerkt aan een business case voor een blijvende plek.',
    goalSlugs: [G3, 'er-is-meer-werk'],
    source: at(
      UITVOERING,
      'Met dit initiatief groeit pand Zuidwest uit tot de centrale hub voor ondernemerschap in Zuidwest',
    ),
  }),

  // --- Continuering lopende (Regiodeal) projecten (Quick wins) --------------------------------
  quickWin({
    slug: 'instapeconomie',
    title: 'Instapeconomie',
    summary:
      'Bewoners, ondernemers en gemeente werken samen. Mensen die nu niet werken maar dat wel willen, doen werk dat nu blijft liggen.',
    goalSlugs: [G1, 'meer-mensen-werken-in-eigen-wijk'],
    source: at(LOPEND, 'te koppelen aan een markt voor producten en diensten die nu niet worden geleverd'),
  }),
  quickWin({
    slug: 'bedrijfscontactfunctionaris',
    title: 'Bedrijfscontactfunctionaris',
    summary:
      'Sinds eind 2019 werkt er een bedrijfscontactfunctionaris in Zuidwest. Hij bezoekt ondernemers en bespreekt wat ze nodig hebben om te groeien.',
    goalSlugs: [G3],
    source: at(LOPEND, 'sinds eind 2019 een bedrijfscontactfunctionaris in Zuidwest aan het werk'),
  }),
  quickWin({
    slug: 'wijkleerbedrijf',
    title: 'Wijkleerbedrijf',
    summary:
      'Een plek in de wijk waar jongeren en volwassenen met afstand tot werk klussen en lichte hulp doen voor wijkbewoners.',
    goalSlugs: [G1, 'meer-mensen-werken-in-eigen-wijk'],
    source: at(LOPEND, 'het Wijkleerbedrijf is een fysieke, toegankelijke plek in de wijk'),
  }),
  quickWin({
    slug: 'pand-zuidwest',
    title: 'Pand Zuidwest',
    summary:
      'Kleine ondernemers uit Zuidwest krijgen gratis bedrijfsruimte en een plek die helpt om een bedrijfje te starten en te laten groeien.',
    goalSlugs: [G3, 'er-is-meer-werk'],
    source: at(LOPEND, 'Pand Zuidwest is een nieuw concept voor kleinschalige ondernemers uit Zuidwest.'),
  }),
  quickWin({
    slug: 'samenwerken-twickelstraat',
    title: 'Samenwerken Twickelstraat',
    summary:
      'Een oud schoolgebouw van de gemeente in Moerwijk-Oost wordt een verzamelgebouw met 1.350 m² bedrijfsruimte. De plannen zijn bijna klaar.',
    goalSlugs: [G3, 'er-is-meer-werk'],
    wijkSlugs: ['moerwijk'],
    source: at(
      LOPEND,
      'In Moerwijk-Oost staat een oud schoolgebouw dat eigendom is van de gemeente Den Haag.',
    ),
  }),
  quickWin({
    slug: 'inzicht-ruimzicht',
    title: 'Inzicht (locatie Ruimzicht)',
    summary:
      'Met Staedion wordt onderzocht of twee bedrijvenstrips in De Zichten een modern hart van de buurt kunnen worden, met ruimte voor kleine, lokale bedrijven.',
    goalSlugs: [G3],
    // De Zichten: the residents' meeting (001) lists "Zichten fase 1" under Bouwlust.
    wijkSlugs: ['bouwlust'],
    partnerSlugs: ['staedion'],
    source: at(
      LOPEND,
      'wordt met Staedion onderzocht of twee bestaande bedrijvenstrips in De Zichten kunnen worden getransformeerd',
    ),
  }),
];
