// SPDX-License-Identifier: EUPL-1.2
/**
 * Measures of the concept programme (002), chapter 6 "Veilig en schoon!": line Veiligheid en leefbaarheid.
 * Three measures (Vreedzame Wijk, Basis op Orde, Ontmoetingscentrum Jan Luykenlaan) are also listed as running
 * Regio Deal projects; each is one record of kind 'quick-win'. The 24 short items under "Verbeteren van de
 * leefbaarheid" are grouped by theme into eight records; each description lists its items as printed.
 */
import type { SeedMeasure } from '../dataset.ts';
import { chapter, FILES, src } from './sources.ts';

const CH = '6. Veilig en schoon!';
const at = (section: string, quote: string) => src(FILES.concept, `${CH} > Maatregelen > ${section}`, quote);
const { m, quickWin } = chapter('veiligheid-en-leefbaarheid', 'alliantie-veiligheid');

const JEUGD = 'Minder jongeren raken betrokken in jeugdcriminaliteit';
const ONDERMIJNING = 'Minder gelegenheid voor ondermijnende criminaliteit';
const KWETSBAAR =
  'Goede voorzieningen voor kwetsbare bewoners en een gelijkmatigere spreiding van deze doelgroep over de stad';
const LEEFBAAR = 'Verbeteren van de leefbaarheid';
const LOPEND = 'Continuering lopende (regiodeal) projecten (quick wins)';

const G_JEUGD = 'minder-jongeren-in-jeugdcriminaliteit';
const G_JEUGD_001 = 'voorkomen-dat-jongeren-in-criminaliteit-belanden';
const G_UIT = 'meer-jongeren-uit-de-criminaliteit';
const G_ONDERMIJNING = 'minder-gelegenheid-ondermijning';
const G_ONDERMIJNING_001 = 'ondermijnende-criminaliteit-krijgt-minder-kans';
const G_KWETSBAAR = 'voorzieningen-en-spreiding-kwetsbare-bewoners';
const G_LEEFBAAR = 'verbeteren-van-de-leefbaarheid';

export const veiligheidMeasures: SeedMeasure[] = [
  quickWin({
    slug: 'vreedzame-wijk',
    title: 'Vreedzame Wijk',
    summary:
      'Scholen, wijkagent, ouders, buurt en religieuze instellingen werken samen aan een veilig opvoedklimaat, met respect en het vreedzaam oplossen van conflicten. In Vrederust zijn er goede ervaringen mee. Het project wordt geëvalueerd, behouden en waar nodig uitgebreid.',
    description:
      'In Vrederust zijn positieve ervaringen opgedaan met het concept Vreedzame Wijk. Dit project willen we evalueren, behouden en waar nodig uitbreiden of aanpassen. De basis van een Vreedzame Wijk wordt gevormd door de scholen. De principes van De Vreedzame School worden verbreed naar andere plekken via wijkprofessionals en -organisaties; van de leerkracht en de wijkagent via de leerlingen naar de ouders, de buurt en de religieuze instellingen.',
    goalSlugs: [G_JEUGD, G_JEUGD_001],
    wijkSlugs: ['vrederust'],
    source: at(
      LOPEND,
      'Vreedzame Wijk: De principes van De Vreedzame School worden verbreed naar andere plekken',
    ),
  }),
  m({
    slug: 'school-des-levens',
    title: 'School des levens',
    summary:
      'Jongeren vullen hun maatschappelijke stage in met projecten in hun eigen wijk. Zo worden ze een rolmodel voor kinderen en doen ze een positieve ervaring op.',
    goalSlugs: [G_JEUGD, G_JEUGD_001],
    source: at(
      JEUGD,
      'De School des levens implementeren in Zuidwest, waarbij jongeren hun maatschappelijke stage zelf kunnen invullen met projecten in de eigen wijk.',
    ),
  }),
  m({
    slug: 'weerbaarheidstrainingen-basisscholen',
    title: 'Weerbaarheidstrainingen op basisscholen',
    summary:
      'Kinderen op de basisschool leren voor zichzelf op te komen zonder anderen pijn te doen, bijvoorbeeld met Rots en Water of ‘Bikkels in de Dop’.',
    goalSlugs: [G_JEUGD, G_JEUGD_001],
    source: at(JEUGD, 'Weerbaarheidstrainingen op basisscholen'),
  }),
  m({
    slug: 'jeugdboa',
    title: 'Jeugdboa in Zuidwest',
    summary:
      'Een boa die zich richt op jongeren. Hij of zij zoekt contact met jongeren en legt de verbinding met de wijkagent en met hulpverlening.',
    goalSlugs: [G_JEUGD, G_JEUGD_001],
    source: at(
      JEUGD,
      'Implementeren en behouden van de zogenaamde jeugdboa (BOA met taakaccent jeugd) in Zuidwest.',
    ),
  }),
  m({
    slug: 'aanpak-messenproblematiek',
    title: 'Aanpak messenproblematiek',
    summary: 'Gerichte aanpak van jongeren met messen, volgens het Actieplan wapens en jongeren.',
    goalSlugs: [G_JEUGD, G_UIT],
    source: at(
      JEUGD,
      'Gerichte inzet op messenproblematiek in Zuidwest conform het Actieplan wapens en jongeren.',
    ),
  }),
  m({
    slug: 'persoonsgerichte-aanpak-jeugdgroepen',
    title: 'Persoonsgerichte aanpak van criminele jeugdgroepen',
    summary:
      'De bestaande persoonsgerichte aanpak wordt gerichter en sterker ingezet, vooral op criminele jeugdgroepen.',
    goalSlugs: [G_JEUGD, G_UIT],
    source: at(
      JEUGD,
      'Gerichte inzet (en intensivering) van de bestaande persoonsgerichte aanpak in Zuidwest, in het bijzonder op criminele jeugdgroepen.',
    ),
  }),
  quickWin({
    slug: 'basis-op-orde',
    title: 'Basis op Orde',
    summary:
      'Woonoverlast, misstanden en ondermijning opsporen en aanpakken. Bijvoorbeeld controles op verkeerde inschrijvingen, onderverhuur, leegstaande panden, drugs en uitbuiting.',
    description:
      'Continuering project Basis op Orde om woonoverlast, misstanden en gevallen van ondermijning bloot te leggen en aan te pakken. Denk aan een controle op onjuiste inschrijvingen of het ontbreken van inschrijvingen in de Basisregistratie Personen, schijnverlating, onderverhuur, leegstaande panden, drugsproblematiek en (arbeids)uitbuiting.',
    goalSlugs: [G_ONDERMIJNING, G_ONDERMIJNING_001],
    source: at(
      LOPEND,
      'Basis op Orde: woonoverlast, misstanden en gevallen van ondermijning blootleggen en aanpakken.',
    ),
  }),
  m({
    slug: 'top-x-team-jonge-aanwas',
    title: 'TOP-X team voor jonge aanwas',
    summary: 'Een TOP-X team in Zuidwest richt zich op jongeren die de criminaliteit in dreigen te gaan.',
    goalSlugs: [G_ONDERMIJNING, G_UIT],
    source: at(ONDERMIJNING, 'Inzet op jonge aanwas via een TOP-X team in Zuidwest.'),
  }),
  m({
    slug: 'aanpak-criminele-families',
    title: 'Aanpak criminele families',
    summary: 'Criminele families in Zuidwest worden aangepakt.',
    goalSlugs: [G_ONDERMIJNING, G_ONDERMIJNING_001],
    source: at(ONDERMIJNING, 'Aanpak van criminele families in Zuidwest.'),
  }),
  m({
    slug: 'vergunningplicht-bibob',
    title: 'Vergunningplicht voor branches of gebieden',
    summary:
      'Voor bepaalde branches of gebieden komt een vergunningplicht. Dan kan de gemeente ondernemers toetsen met de Wet Bibob en malafide ondernemers weren.',
    goalSlugs: [G_ONDERMIJNING, G_ONDERMIJNING_001],
    source: at(ONDERMIJNING, 'Implementeren van een vergunningplicht voor branches of gebieden in Zuidwest.'),
  }),
  m({
    slug: 'heit-controles',
    title: 'HEIT-controles tegen malafide bedrijven',
    summary:
      'Het Haags Economisch Interventie Team controleert bedrijven in Zuidwest. Zo krijgen jongeren minder kans om betrokken te raken bij ondermijning.',
    goalSlugs: [G_ONDERMIJNING, G_ONDERMIJNING_001],
    source: at(
      ONDERMIJNING,
      'Benutten van HEIT-controles in Zuidwest om malafide bedrijvigheid aan te pakken',
    ),
  }),
  m({
    slug: 'melden-met-opvolging',
    title: 'Makkelijk melden, met opvolging',
    summary:
      'Bewoners kunnen signalen van ondermijning makkelijk en veilig melden. De gemeente pakt meldingen snel op. Bewoners horen wat er met hun melding is gedaan en zien het effect.',
    description:
      'Vergroten meldings- en aangiftebereidheid van signalen van ondermijning (en een betere opvolging hiervan). Eenvoudig melden mogelijk maken, die aansluit bij de leefwereld van bewoners. Die verwachten als ze melden actieve wederkerigheid. De backoffice moet daarom zo ingericht zijn dat meldingen voortvarend in behandeling worden genomen en dat bewoners horen wat er met hun melding is gedaan en het effect van hun melding terugzien.',
    lineSlugs: ['veiligheid-en-leefbaarheid', 'sociale-samenhang-en-participatie'],
    goalSlugs: [G_ONDERMIJNING, 'meer-vertrouwen-in-de-overheid'],
    source: src(
      FILES.concept,
      `${CH} > Doelen > ${ONDERMIJNING}`,
      'dat bewoners horen wat er met hun melding is gedaan en het effect van hun melding terugzien',
    ),
  }),
  quickWin({
    slug: 'ontmoetingscentrum-jan-luykenlaan',
    title: 'Ontmoetingscentrum Jan Luykenlaan',
    summary:
      'Een veilige plek waar bewoners, jong en oud, samen de wijk weer opbouwen. Ondermijning en criminaliteit houden de Jan Luykenlaan en de Van Baerlestraat al twintig jaar in hun greep.',
    lineSlugs: ['veiligheid-en-leefbaarheid', 'sociale-samenhang-en-participatie'],
    goalSlugs: [G_KWETSBAAR, 'meer-en-betere-ontmoetingsplekken'],
    // The residents' meeting (001) lists the Jan Luykenlaan under Moerwijk.
    wijkSlugs: ['moerwijk'],
    source: at(
      LOPEND,
      'Ontmoetingscentrum Jan Luykenlaan: Activiteitscentrum als noodzakelijke veilige plek waar de samenwerking in de wijk met bewoners (jong en oud) op een positieve manier wordt heropgebouwd.',
    ),
  }),
  m({
    slug: 'veilige-buurthuizen-en-ontmoetingsplekken',
    title: 'Veilig gebruik van buurthuizen en ontmoetingsplekken',
    summary:
      'Buurthuizen en ontmoetingsplekken worden veilig gebruikt. Ze geven positieve rolmodellen een plek en helpen problemen op tijd te zien.',
    lineSlugs: ['veiligheid-en-leefbaarheid', 'sociale-samenhang-en-participatie'],
    goalSlugs: [G_KWETSBAAR, 'meer-en-betere-ontmoetingsplekken'],
    source: at(
      KWETSBAAR,
      'Investeren en stimuleren van veilig gebruik van buurthuizen en ontmoetingsplekken.',
    ),
  }),
  m({
    slug: 'voorzieningen-voor-kwetsbare-bewoners',
    title: 'Goede voorzieningen voor kwetsbare bewoners',
    summary:
      'Er komen goede voorzieningen voor kwetsbare bewoners, zoals sterker welzijnswerk, plekken voor dagbesteding en misschien nieuwe oplossingen voor wonen.',
    goalSlugs: [G_KWETSBAAR],
    source: at(KWETSBAAR, 'Goede voorzieningen ontwikkelen voor kwetsbare bewoner'),
  }),
  m({
    slug: 'laagdrempelige-ambulante-zorg',
    title: 'Snelle zorg bij overlast, ook op verzoek van buren',
    summary:
      'Ambulante zorg die buren snel kunnen inschakelen bij overlast. Er komt duidelijke informatie over waar je terecht kunt, en een snelle follow-up.',
    lineSlugs: ['veiligheid-en-leefbaarheid', 'gezondheid-en-vitaliteit'],
    goalSlugs: [G_KWETSBAAR, 'mentaal-gezonde-wijken'],
    source: at(
      KWETSBAAR,
      'Laagdrempelige ambulante zorg die ook snel kan worden aangeroepen door “de burens” die de overlast ervaren.',
    ),
  }),
  m({
    slug: 'versterken-bewonersnetwerken',
    title: 'Sterkere bewonersnetwerken bij overlast',
    summary: 'Bewonersnetwerken worden sterker, zodat bewoners er bij overlast niet alleen voor staan.',
    lineSlugs: ['veiligheid-en-leefbaarheid', 'sociale-samenhang-en-participatie'],
    goalSlugs: [G_KWETSBAAR, 'meer-en-beter-contact-tussen-bewoners'],
    source: at(
      KWETSBAAR,
      'Als er sprake is overlastsituaties is het prettig als bewoners het gevoel hebben er niet alleen voor te staan.',
    ),
  }),
  m({
    slug: 'spreiding-kwetsbare-groepen',
    title: 'Kwetsbare groepen spreiden over de stad',
    summary:
      'Kwetsbare groepen wonen straks meer verspreid over de stad, in kleine woonplekken gemengd met andere bewoners en met begeleiding.',
    lineSlugs: ['veiligheid-en-leefbaarheid', 'wonen-en-leefomgeving'],
    goalSlugs: [G_KWETSBAAR, 'meer-woningen-gevarieerd-duurzaam'],
    source: at(KWETSBAAR, 'Spreiding van kwetsbare groepen over de stad'),
  }),

  // --- Verbeteren van de leefbaarheid (24 items, grouped by theme) -----------------------------
  m({
    slug: 'schone-straten-en-afval',
    title: 'Schone straten en minder afval op straat',
    summary:
      'Straten worden schoner: onkruid weg, sterke afvalbakken, geen vlekken, en minder afval naast de containers (ORAC’s).',
    description:
      'Aanpakken onkruid bij verhardingen. Innovatieve, vandaalbestendige afvalbakken. ORAC locaties voorzien van ‘Hagenaartjes’ wegens parkeerdruk in de wijk. Meer vergroening (tuintje) + kunst rondom een ORAC locatie om bijplaatsingen te voorkomen. Schoonmaken mosvlekken en kauwgomvlekken. Opruimen uitwerpselen ganzenpopulatie.',
    lineSlugs: ['veiligheid-en-leefbaarheid', 'wonen-en-leefomgeving'],
    goalSlugs: [G_LEEFBAAR, 'fijnere-leefomgeving'],
    source: at(LEEFBAAR, 'Innovatieve, vandaalbestendige afvalbakken.'),
  }),
  m({
    slug: 'participatieprojecten-milieu-en-ratten',
    title: 'Bewoners doen mee: milieu en rattenoverlast',
    summary: 'Projecten waarin bewoners meedoen aan een beter milieu en aan het tegengaan van ratten.',
    description:
      'Participatie projecten op het gebied van milieu zodat eigenaarschap ontstaat bij onze bewoners. Participatie projecten op het gebied van overlast door ratten.',
    lineSlugs: ['veiligheid-en-leefbaarheid', 'sociale-samenhang-en-participatie'],
    goalSlugs: [G_LEEFBAAR, 'meer-ruimte-voor-initiatieven-van-bewoners'],
    source: at(LEEFBAAR, 'Participatie projecten op het gebied van overlast door ratten.'),
  }),
  m({
    slug: 'corporaties-helpen-bij-verhuizingen',
    title: 'Hulp bij verhuizen uit sloopwoningen en naar nieuwbouw',
    summary:
      'Woningcorporaties krijgen hulp als bewoners uit sloopwoningen vertrekken en als bewoners in nieuwbouw komen wonen.',
    lineSlugs: ['veiligheid-en-leefbaarheid', 'wonen-en-leefomgeving'],
    goalSlugs: [G_LEEFBAAR, 'meer-woningen-gevarieerd-duurzaam'],
    source: at(
      LEEFBAAR,
      'Woningbouwcorporaties faciliteren bij uithuizingen van slooppanden en inhuizingen bij nieuwbouw.',
    ),
  }),
  m({
    slug: 'buitenspelen-en-straatsport',
    title: 'Buitenspelen en straatsport',
    summary:
      'Speelplekken voor alle leeftijden, straatsportcoaches, speeltoestellen die bewoners zelf willen en een vernieuwde skatebaan in het Zuiderpark.',
    description:
      'Buitenspeelplekken maken voor alle leeftijden. Straatsportcoaches. Vanuit wensen van bewoners voorzien in veranderende wensen met betrekking tot speeltoestellen. Het vernieuwen van de skateplaats in het Zuiderpark.',
    lineSlugs: ['veiligheid-en-leefbaarheid', 'gezondheid-en-vitaliteit'],
    goalSlugs: [G_LEEFBAAR, 'mensen-bewegen-meer', 'kinderen-groeien-gezond-op'],
    source: at(LEEFBAAR, 'Buitenspeelplekken maken voor alle leeftijden'),
  }),
  m({
    slug: 'onderhoud-op-residentiekwaliteit',
    title: 'Beter onderhoud van de openbare ruimte',
    summary:
      'Het onderhoud in Zuidwest gaat terug naar ‘residentiekwaliteit’. Bij winkelcentrum Leyweg wordt gewerkt naar ‘Hofstadkwaliteit’.',
    description:
      'Onderhoud Zuidwest terug naar residentiekwaliteit. Op weg naar Hofstadkwaliteit bij Winkelcentrum Leyweg.',
    lineSlugs: ['veiligheid-en-leefbaarheid', 'wonen-en-leefomgeving'],
    goalSlugs: [G_LEEFBAAR, 'fijnere-leefomgeving'],
    source: at(LEEFBAAR, 'Onderhoud Zuidwest terug naar residentiekwaliteit'),
  }),
  m({
    slug: 'fietsroutes-door-het-stadsdeel',
    title: 'Belangrijke fietsroutes door het stadsdeel',
    summary: 'Er komen belangrijke fietsroutes door het stadsdeel.',
    lineSlugs: ['veiligheid-en-leefbaarheid', 'wonen-en-leefomgeving'],
    goalSlugs: [G_LEEFBAAR, 'duurzamere-mobiliteit'],
    source: at(LEEFBAAR, 'Belangrijke fietsroutes creëren door het stadsdeel.'),
  }),
  m({
    slug: 'meer-en-ander-groen',
    title: 'Meer groen: bermen, daken, gevels en speelbos',
    summary:
      'Meer en ander groen: bloemrijke bermen, groene daken en gevels, een speelbos, een Tiny Forest met IVN, tijdelijk groen op lege terreinen en kleine filters die regenwater zuiveren.',
    description:
      'Het aanleggen van bloemrijke middenbermen. Het aanleggen en onderhouden van dak begroeiing. Het aanleggen en onderhouden van verticaal groen. Van kijkgroen naar doe groen of te wel van bos naar Speelbos. Het aanleggen van Tiny Forest in samenwerking met de IVN. Braakliggende terreinen opvullen met “tijdelijk” groen. Het aanleggen van kleinschalige helofytenfilters waar het regenwater door heen stroomt en gezuiverd wordt, om vervolgens opgevangen wordt voor hergebruik, doorspoelen van toiletten of het watergeven van de omliggende plantvakken.',
    lineSlugs: ['veiligheid-en-leefbaarheid', 'wonen-en-leefomgeving'],
    goalSlugs: [G_LEEFBAAR, 'fijnere-leefomgeving', 'openbare-ruimte-waar-mensen-zich-thuis-voelen'],
    partnerSlugs: ['ivn'],
    source: at(LEEFBAAR, 'Van kijkgroen naar doe groen of te wel van bos naar Speelbos'),
  }),
  m({
    slug: 'digitale-wandelroutes-zuiderpark-wateringseveld',
    title: 'Digitale wandelroutes in het Zuiderpark en Wateringseveld',
    summary:
      'Het Landengebied in het Zuiderpark en het bomenmuseum in Wateringseveld krijgen digitale wandelroutes.',
    lineSlugs: ['veiligheid-en-leefbaarheid', 'gezondheid-en-vitaliteit'],
    goalSlugs: [G_LEEFBAAR, 'mensen-bewegen-meer'],
    source: at(LEEFBAAR, 'Landengebied Zuiderpark en het bomenmuseum Wateringseveld digitaliseren'),
  }),
];
