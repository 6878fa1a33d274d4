// SPDX-License-Identifier: EUPL-1.2
/** Measures of the concept programme (002), chapter 5 "Fijn wonen in Zuidwest": line Wonen en leefomgeving. */
import type { SeedMeasure } from '../dataset.ts';
import { chapter, FILES, src } from './sources.ts';

const at = (section: string, quote: string) =>
  src(FILES.concept, `5. Fijn wonen in Zuidwest > Maatregelen > ${section}`, quote);
const { m, quickWin } = chapter('wonen-en-leefomgeving', 'alliantie-wonen-en-leefomgeving');

const WONINGEN =
  'Meer woningen, gevarieerd, duurzaam, aantrekkelijk, levensloopbestendig en voor een gevarieerde bevolking';
const SYSTEEM = 'Systemaanpassingen';
const DOELGROEP = 'Doelgroepenbeleid';
const OPENBAAR = 'Openbare ruimte waar mensen zich thuis voelen';
const MOBILITEIT = 'Duurzame mobiliteit';
const LOPEND = 'Continuering lopende (Regiodeal) projecten (Quick wins)';

const G_WONINGEN = 'meer-woningen-gevarieerd-duurzaam';
const G_KWALITEIT = 'meer-en-kwalitatief-goede-woningen';
const G_OPENBAAR = 'openbare-ruimte-waar-mensen-zich-thuis-voelen';
const G_LEEFOMGEVING = 'fijnere-leefomgeving';
const G_MOBILITEIT = 'duurzame-mobiliteit';
const G_MOBILITEIT_001 = 'duurzamere-mobiliteit';

export const wonenMeasures: SeedMeasure[] = [
  m({
    slug: 'woningopgave-2040',
    title: 'Woningopgave 2040: 25.000 woningen beter',
    summary:
      'In 2040 zijn 6.500 woningen gesloopt en nieuw gebouwd, komen er netto 10.000 woningen bij en zijn 8.500 woningen gerenoveerd. Samen zijn dat 25.000 betere woningen in Zuidwest.',
    goalSlugs: [
      'woningen-verbeterd-2040',
      'woningen-toegevoegd-2040',
      'woningen-gerenoveerd-2040',
      'woningen-sloop-nieuwbouw-2040',
      G_WONINGEN,
      G_KWALITEIT,
    ],
    source: at(
      WONINGEN,
      'In 2040 zijn er 6.500 woningen gesloopt en nieuw gebouwd en er zijn netto 10.000 woningen toegevoegd',
    ),
  }),
  m({
    slug: 'sociale-huur-terugbouwen-met-terugkeergarantie',
    title: 'Gesloopte sociale huurwoningen komen 100% terug',
    summary:
      'Elke sociale huurwoning die gesloopt wordt, komt terug als sociale huurwoning. Huidige bewoners hebben een terugkeergarantie. 70% van de sociale huurwoningen krijgt een huur tot de tweede huurtoeslaggrens.',
    goalSlugs: [G_WONINGEN, G_KWALITEIT],
    source: at(
      WONINGEN,
      'De sociale huurwoningen die gesloopt worden, worden 100% nieuw gebouwd in de sociale huur.',
    ),
  }),
  m({
    slug: 'woningmix-nieuwbouw',
    title: 'Een goede mix van woningen bij nieuwbouw',
    summary:
      '70% van de nieuwe woningen moet iets toevoegen aan wat er al in de buurt is. De woonagenda 2020-2023 vraagt 30% sociale huur, 20% middeldure huur en het liefst 20% betaalbare koop.',
    goalSlugs: [G_WONINGEN, G_KWALITEIT],
    source: at(
      WONINGEN,
      'De huidige woonagenda 2020-2023 stelt als eis: 30% sociale huur, 20% middel dure huur en de wens tot 20% betaalbare koop',
    ),
  }),
  m({
    slug: 'betaalbare-koopwoningen-voor-starters',
    title: 'Minstens 20% betaalbare koopwoningen voor starters',
    summary: 'Bij nieuwbouw is minstens 20% betaalbare koopwoning (onder de NHG-grens) voor starters.',
    goalSlugs: [G_WONINGEN, G_KWALITEIT],
    source: at(
      WONINGEN,
      'Er is aanbod van minimaal 20% betaalbare koopwoningen (onder de NHG-grens) voor starters in nieuwbouwprojecten.',
    ),
  }),
  m({
    slug: 'bijzondere-woonvormen',
    title: 'Bijzondere woonvormen',
    summary:
      '10% van de betaalbare koopwoningen zijn bijzondere woonvormen. Bij 500 nieuwe woningen per jaar zijn dat er minstens tien per jaar. Die ambitie wordt hoger.',
    goalSlugs: [G_WONINGEN],
    source: at(
      WONINGEN,
      'Dat is bij een jaarlijkse nieuwbouwproductie van 500 woningen minimaal tien woningen per jaar.',
    ),
  }),
  m({
    slug: 'jaarlijkse-woningproductie',
    title: 'Elk jaar slopen, bouwen en renoveren',
    summary:
      'Na drie jaar worden elk jaar 500 woningen gesloopt en vervangen, 500 woningen toegevoegd en 425 woningen gerenoveerd. Dat gaat twintig jaar door.',
    goalSlugs: [
      'woningen-toegevoegd-2040',
      'woningen-gerenoveerd-2040',
      'woningen-sloop-nieuwbouw-2040',
      G_WONINGEN,
    ],
    source: at(
      WONINGEN,
      'Na drie jaar jaarlijks sloop/vervangende nieuwbouw van 500 woningen, toevoegen van 500 woningen en renoveren van 425 woningen per jaar.',
    ),
  }),
  m({
    slug: 'woningen-van-het-gas-af',
    title: 'Elk jaar 500 woningen van het gas af',
    summary:
      'Na drie jaar gaan elk jaar 500 bestaande woningen van het gas af. Alle nieuwbouw krijgt duurzame warmte.',
    goalSlugs: [G_WONINGEN, G_KWALITEIT],
    source: at(
      WONINGEN,
      'Na drie jaar gaan jaarlijks 500 bestaande woningen per jaar van het gas af en alle nieuwbouw wordt aangesloten op duurzame warmtebronnen.',
    ),
  }),
  m({
    slug: 'natuurinclusief-bouwen',
    title: 'Natuurinclusief en duurzaam bouwen',
    summary:
      'Gebouwen voldoen aan het puntensysteem voor natuurinclusief bouwen en aan eisen voor duurzaamheid.',
    goalSlugs: [G_WONINGEN],
    source: at(
      WONINGEN,
      'Gebouwen voldoen aan het puntensysteem natuur inclusief bouwen en duurzaamheidseisen.',
    ),
  }),
  m({
    slug: 'gemeentelijk-vastgoed-wordt-wonen',
    title: 'Gemeentelijke gebouwen worden woningen',
    summary:
      'Gebouwen van de gemeente worden omgebouwd tot woningen. Voorbeelden zijn scholen (Genemuidenstraat) en kerken.',
    goalSlugs: [G_WONINGEN, 'woningen-toegevoegd-2040'],
    source: at(
      WONINGEN,
      'We transformeren bestaand gemeentelijk vastgoed naar wonen via het pandenboek CVDH',
    ),
  }),
  m({
    slug: 'woonwensen-in-beeld',
    title: 'Woonwensen van bewoners in beeld',
    summary:
      'Corporaties en bouwbedrijven brengen de woonwensen van nieuwe en huidige bewoners in beeld. Zo komen er woningen die passen.',
    goalSlugs: [G_WONINGEN],
    source: at(
      WONINGEN,
      'Woonwensen van de huidige bewoners krijgen we inzichtelijk via de corporaties, zodat een passend woningaanbod kan worden gerealiseerd.',
    ),
  }),
  m({
    slug: 'woningen-voor-sleutelberoepen',
    title: 'Elk jaar 15 woningen voor sleutelberoepen',
    summary:
      'Elke corporatie geeft elk jaar minstens vijf woningen aan onderwijzers, verplegers en politieagenten. Samen zijn dat vijftien woningen per jaar.',
    lineSlugs: ['wonen-en-leefomgeving', 'onderwijs'],
    goalSlugs: [G_WONINGEN, 'achterstand-inhalen'],
    source: at(
      WONINGEN,
      'We wijzen minimaal vijf woningen per corporatie (totaal vijftien woningen) per jaar toe aan de sleutelberoepen',
    ),
  }),
  m({
    slug: 'tijdelijkheid-zuidwest',
    title: 'Tijdelijkheid Zuidwest',
    summary:
      'Ruimte die tijdelijk vrij is, wordt gebruikt om wijken en buurten op te knappen. Resultaat: drie etalageprojecten en een visie.',
    lineSlugs: ['wonen-en-leefomgeving', 'sociale-samenhang-en-participatie'],
    goalSlugs: [G_LEEFOMGEVING, 'meer-en-beter-contact-tussen-bewoners'],
    source: at(WONINGEN, 'Resultaat: drie etalageprojecten en een visie.'),
  }),
  m({
    slug: 'herhuisvesting-en-terugkeergarantie',
    title: 'Herhuisvesting en samen terugkeren als buren',
    summary:
      'Bewoners van woningen die gesloopt worden, krijgen een nieuwe woning en een terugkeergarantie. Het programma zoekt uit hoe buren samen terug kunnen keren in een nieuw gebouw.',
    goalSlugs: [G_WONINGEN],
    source: at(
      SYSTEEM,
      'Voor bestaande bewoners, waarvan de woningen gesloopt worden, wordt herhuisvesting en terugkeergarantie geregeld.',
    ),
  }),
  m({
    slug: 'pilot-leegstand-en-tijdelijke-verhuur',
    title: 'Pilot leegstandsvergunning en tijdelijke verhuur',
    summary:
      'Staedion en de gemeente kijken in een pilot naar tijdelijke verhuur bij leegstand, in verband met herhuisvesting en placemaking.',
    goalSlugs: [G_WONINGEN],
    partnerSlugs: ['staedion', 'gemeente-den-haag'],
    source: at(
      SYSTEEM,
      'Leegstandsvergunning en tijdelijke verhuur kijken wat de mogelijkheden zijn in een pilot met Staedion',
    ),
  }),
  m({
    slug: 'parkeerplaatsen-sociale-huurders',
    title: 'Parkeerplaatsen voor sociale huurders in parkeergarages',
    summary:
      'Corporaties willen parkeerplaatsen in gezamenlijke parkeergarages afnemen voor sociale huurders. Zo parkeren niet alle sociale huurders op straat. Er wordt uitgezocht wat daarvoor nodig is.',
    goalSlugs: [G_WONINGEN],
    source: at(
      SYSTEEM,
      'Het afnemen van sociale parkeerplaatsen door een corporatie in een collectieve gebouwde parkeervoorziening.',
    ),
  }),
  m({
    slug: 'spreiding-doelgroepen-over-de-stad',
    title: 'Doelgroepen beter over de stad verdelen',
    summary:
      'Afspraken met corporaties over het huisvesten van groepen zoals statushouders, studenten en zorgdoelgroepen richten zich op spreiding over de stad.',
    lineSlugs: ['wonen-en-leefomgeving', 'veiligheid-en-leefbaarheid'],
    goalSlugs: [G_WONINGEN, 'voorzieningen-en-spreiding-kwetsbare-bewoners'],
    source: at(DOELGROEP, 'Het beleid richt zich op spreiding over de stad/stadsdelen.'),
  }),
  m({
    slug: 'woonmilieus-en-leefstijlen',
    title: 'Nieuwe woonmilieus passend bij leefstijlen',
    summary: 'Nieuwe woonmilieus sluiten aan bij verschillende leefstijlen.',
    goalSlugs: [G_WONINGEN],
    source: at(
      DOELGROEP,
      'Voor de nieuwe woonmilieus sluiten we aan bij diverse leefstijlen (Motivaction, Whooz).',
    ),
  }),
  m({
    slug: 'nieuwe-voorzieningen-structuurvisie',
    title: 'Nieuwe voorzieningen tot 2040 (Structuurvisie)',
    summary:
      'Met meer woningen zijn ook meer voorzieningen nodig. Een tabel in het programma noemt onder meer een havo/vwo-school (vanaf 2030), een cultuuranker (satelliet van Dakota), muziekkoepels in elke wijk, een mbo-campus en 40.000 m² bedrijfsruimte.',
    description:
      'De tabel "Voorzieningen" in de Structuurvisie noemt per voorziening de opgave tot 2040 en de vierkante meters (BVO m²), onder meer: 1 havo/vwo-school (vanaf 2030) en 1 VO-school (11.820 m² binnen, 1.000 m² buiten); 1 cultuuranker, satelliet van Dakota (600 m²); muziekkoepels, 1 per wijk (400 m²); revitalisering Escamp 1 en 2 en Zuiderpark, en onderzoek naar het gebied rond de Uithof; (kleinschalige) bedrijvigheid (25.000 m²); een mbo-campus (7.400 m²); kantoren (1.800 m²) en bedrijfsruimte (40.000 m²). Totaal: 117.820 m² binnen en 141.700 m² buiten. Sommige cellen in de tabel zijn onduidelijk of leeg.',
    lineSlugs: ['wonen-en-leefomgeving', 'sociale-samenhang-en-participatie'],
    goalSlugs: [G_OPENBAAR, 'meer-en-betere-ontmoetingsplekken'],
    source: src(
      FILES.concept,
      '5. Fijn wonen in Zuidwest > Maatregelen > Structuurvisie',
      'Niet alleen worden er nieuwe woningen gebouwd, er is ook de behoefte aan nieuwe voorzieningen.',
    ),
  }),
  m({
    slug: 'groen-en-voorzieningen-naar-de-norm',
    title: 'Groen en voorzieningen groeien mee',
    summary:
      'Er komen vierkante meters groen en voorzieningen bij volgens de Haagse normen. De verdichting mag niet ten koste gaan van het groen. Kwaliteit telt net zo goed als hoeveelheid.',
    goalSlugs: [G_OPENBAAR, G_LEEFOMGEVING],
    source: at(OPENBAAR, 'De verdichting in Zuidwest moet niet ten koste gaan van de hoeveelheid groen.'),
  }),
  m({
    slug: 'kwaliteit-binnentuinen',
    title: 'Betere binnentuinen, samen met bewoners',
    summary:
      'Binnentuinen worden beter, samen met corporaties en bewoners. In oktober 2021 is een placemaking-pilot gestart. Er komt een structuur om bewoners betrokken te houden.',
    goalSlugs: [G_OPENBAAR, G_LEEFOMGEVING],
    status: 'started',
    source: at(OPENBAAR, 'Er is samen met de corporaties een place-making - pilot gestart in oktober 2021.'),
  }),
  m({
    slug: 'openbare-ruimte-voor-bewegen-en-ontmoeten',
    title: 'Openbare ruimte die uitnodigt tot bewegen en ontmoeten',
    summary:
      'De openbare ruimte nodigt uit om te bewegen en elkaar te ontmoeten. Er komt een programma dat laat zien wat bewoners nodig hebben, en de effecten worden gevolgd.',
    lineSlugs: ['wonen-en-leefomgeving', 'gezondheid-en-vitaliteit'],
    goalSlugs: [G_OPENBAAR, 'mensen-bewegen-meer', 'gezonde-woningen-en-buitenruimte'],
    source: at(
      OPENBAAR,
      'Invulling geven aan een openbare ruimte die uitnodigt om te bewegen, te ontmoeten en zo ook leidt tot een betere gezondheid.',
    ),
  }),
  m({
    slug: 'fietsenbergingen-bij-woningen',
    title: 'Goede fietsenbergingen bij woningen',
    summary:
      'Bij nieuwe en bestaande woningen komen goed bereikbare fietsenbergingen, zodat mensen meer fietsen.',
    goalSlugs: [G_MOBILITEIT, G_MOBILITEIT_001],
    source: at(
      MOBILITEIT,
      'We zorgen voor goed toegankelijke fietsenbergingen bij de woningen om het fietsgebruik te stimuleren.',
    ),
  }),
  m({
    slug: 'parkeren-op-eigen-terrein',
    title: 'Parkeren bij nieuwbouw op eigen terrein',
    summary:
      'Bij nieuwbouw komen de parkeerplaatsen op eigen terrein. Zo is er op straat meer ruimte voor groen, spelen en ontmoeten. Daarvoor is een parkeerregime nodig.',
    goalSlugs: [G_MOBILITEIT, G_OPENBAAR],
    source: at(
      MOBILITEIT,
      "De benodigde parkeerplaatsen voor auto's worden bij nieuwbouw op eigen terrein opgelost.",
    ),
  }),
  m({
    slug: 'betere-looproutes',
    title: 'Betere looproutes',
    summary:
      'Er komen betere looproutes naar winkels, scholen, sport en haltes. En wandelroutes voor een ‘blokje om’.',
    lineSlugs: ['wonen-en-leefomgeving', 'gezondheid-en-vitaliteit'],
    goalSlugs: [G_MOBILITEIT, G_MOBILITEIT_001, 'mensen-bewegen-meer'],
    source: at(MOBILITEIT, 'In Den Haag Zuidwest wordt al veel gelopen, dit willen we graag zo houden.'),
  }),
  m({
    slug: 'schaalsprong-ov',
    title: 'Schaalsprong openbaar vervoer',
    summary:
      'Het openbaar vervoer in Zuidwest wordt beter. Er wordt gekeken naar het verlengen van lijn 4 en extra buslijnen. Er komen meer tophaltes, zoals halte Leyweg van tram 9 en 16.',
    goalSlugs: [G_MOBILITEIT, G_MOBILITEIT_001],
    source: at(
      MOBILITEIT,
      'We kijken naar het verlengen van lijn 4 (Zuidwestland corridor) en naar het toevoegen van extra buslijnen.',
    ),
  }),

  // --- Continuering lopende (Regiodeal) projecten (Quick wins) --------------------------------
  quickWin({
    slug: 'aanpak-moerwijk-west',
    title: 'Aanpak Moerwijk-West',
    summary:
      'Vestia renoveert 753 woningen in Moerwijk-West. Vooraf zijn er sociale activiteiten om de neerwaartse spiraal in de buurt te doorbreken.',
    goalSlugs: [G_KWALITEIT, 'woningen-gerenoveerd-2040'],
    wijkSlugs: ['moerwijk'],
    partnerSlugs: ['vestia'],
    source: at(LOPEND, 'complex-renovaties (753 woningen) te combineren met sociale interventies vooraf'),
  }),
  quickWin({
    slug: 'pimp-zuidwest',
    title: 'Pimp Zuidwest',
    summary:
      'Vervolg op Pimp-je-Portiek. Met corporaties, scholen en aannemers komen er leerwerktrajecten, het liefst voor mensen uit Zuidwest. Bewoners hebben er zowel fysiek als sociaal baat bij.',
    lineSlugs: ['wonen-en-leefomgeving', 'werk-en-economie'],
    goalSlugs: [G_LEEFOMGEVING, 'meer-mensen-werken-in-eigen-wijk'],
    source: at(LOPEND, 'Dit project is een voortzetting en uitbreiding van het project Pimp-je-Portiek.'),
  }),
  quickWin({
    slug: 'skills-in-de-stad',
    title: 'Skills in de stad',
    summary:
      'Wonen, werken, leren en begeleiding op één plek, voor dak- en thuislozen. Vooral voor kwetsbare jongeren, zoals jongeren die zonder diploma van school gingen.',
    lineSlugs: ['wonen-en-leefomgeving', 'werk-en-economie'],
    goalSlugs: [G_WONINGEN, 'zinvolle-dagbesteding'],
    source: at(
      LOPEND,
      'Skills in de stad is een concept wonen-werken-leren-begeleiden voor (economisch) dak- en thuislozen.',
    ),
  }),
];
