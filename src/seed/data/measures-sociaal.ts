// SPDX-License-Identifier: EUPL-1.2
/** Measures of the concept programme (002), chapter 2 "Thuis en gekend": line Sociale samenhang en participatie. */
import type { SeedMeasure } from '../dataset.ts';
import { chapter, FILES, src } from './sources.ts';

const LINE = 'sociale-samenhang-en-participatie';
const ALLIANCE = 'alliantie-sociale-samenhang-en-participatie';
const at = (section: string, quote: string) =>
  src(FILES.concept, `2. Thuis en gekend > Maatregelen > ${section}`, quote);

const PARTICIPATIE = 'Eenduidige mensgerichte werkwijze bij de Participatie- en communicatieaanpak Zuidwest';
const ONTMOETEN = 'Versterken van de sociale cohesie door meer en betere ontmoetingsplekken in de wijken';
const GESPREK = 'Stevige gesprekspartners in de grootschalige ontwikkelingen in Zuidwest';
const VAARDIG = 'Versterken van de vaardigheden om mee te kunnen doen bij individuele bewoners';
const LOPEND = 'Continuering lopende (Regiodeal) projecten';

const { m, quickWin } = chapter(LINE, ALLIANCE);

export const sociaalMeasures: SeedMeasure[] = [
  m({
    slug: 'participatiewinkel',
    title: 'Participatiewinkel in Zuidwest',
    summary:
      'Een laagdrempelige plek, in de wijk en online, waar bewoners, ondernemers, organisaties en ambtenaren samen werken aan Zuidwest. Je krijgt er advies over participatie. Er is een databank met beproefde manieren om mee te praten.',
    description:
      'De participatiewinkel is een plek voor advies over participatiemethodes en uitwisseling van kennis. Geen nieuw gebouw, maar zichtbare plekken op goedbezochte locaties, samen met inwoners ontwikkeld, met een digitale versie ernaast. De “winkelvoorraad”: een databank met beproefde participatietechnieken met advies op maat; een actieve programmering van activiteiten, advies, inloop en ontwerpsessies; informatie over de ontwikkeling van de wijk (ook een laboratorium voor nieuwe vormen van wijkdemocratie); en een plek waar initiatieven voor wijkdemocratie ontstaan. Ambtenaren die voor Zuidwest werken, vinden er een werkplek.',
    goalSlugs: [
      'eenduidige-participatieaanpak',
      'versterken-wijkdemocratie',
      'meer-vertrouwen-in-de-overheid',
    ],
    source: at(PARTICIPATIE, 'Een databank met beproefde participatietechnieken met advies op maat.'),
  }),
  m({
    slug: 'wijkbudgetten-en-wijkfora',
    title: 'Meer wijkbudgetten, wijkfora en wijkbegrotingen',
    summary:
      'Het programma denkt aan uitbreiding van het experiment met wijkbudgetten, wijkfora en wijkbegrotingen. Bewoners kunnen daarbij zelf stemmen.',
    goalSlugs: ['versterken-wijkdemocratie', 'eenduidige-participatieaanpak'],
    source: at(
      PARTICIPATIE,
      'Gedacht kan worden aan uitbreiding van het experiment met wijkbudgetten en wijkfora en wijkbegrotingen waar bewoners hun stem voor kunnen uitbrengen.',
    ),
  }),
  m({
    slug: 'democratiseringsagenda-zuidwest',
    title: 'Democratiseringsagenda voor Den Haag Zuidwest',
    summary:
      'Samen met de bewonersnetwerken en Haags Samenspel komt er een plan voor meer zeggenschap van bewoners bij belangrijke besluiten.',
    goalSlugs: ['versterken-wijkdemocratie', 'meer-vertrouwen-in-de-overheid'],
    source: at(
      'Verbeteren wijkdemocratie',
      'Samen met de bewonersnetwerken, en Haags samenspel wordt een plan gemaakt voor meer zeggenschap van bewoners bij belangrijke besluiten.',
    ),
  }),
  m({
    slug: 'opgave-gestuurd-werken',
    title: 'Opgave gestuurd werken',
    summary:
      'Bewoners, organisaties en gemeentelijke diensten pakken de opgaven in Zuidwest samen aan. Medewerkers krijgen training. Er komen opgavemanagers die de samenwerking leiden.',
    goalSlugs: ['kennis-in-de-wijken-benutten'],
    source: at(
      'De kennis in de wijken beter benutten',
      'Er worden opgavemanagers opgeleid en aangesteld die als trekker de samenwerking in het opgaveteam kunnen begeleiden.',
    ),
  }),
  m({
    slug: 'ontmoetingsruimten-kinderen-en-jongeren',
    title: 'Meer en veilige ontmoetingsruimten voor kinderen en jongeren',
    summary: 'Er komen meer veilige plekken en activiteiten voor kinderen en jongeren.',
    goalSlugs: ['meer-en-betere-ontmoetingsplekken', 'meer-en-beter-contact-tussen-bewoners'],
    source: at(
      ONTMOETEN,
      'Creëren meer- en veilige ontmoetingsruimten en activiteiten voor kinderen en jongeren.',
    ),
  }),
  m({
    slug: 'langere-openingstijden-buurthuizen',
    title: 'Buurthuizen ook open buiten kantooruren',
    summary: 'Bestaande buurthuizen gaan ook buiten kantooruren open.',
    goalSlugs: ['meer-en-betere-ontmoetingsplekken', 'meer-en-beter-contact-tussen-bewoners'],
    source: at(ONTMOETEN, 'Uitbreiding openingstijden buiten kantooruren van bestaande buurthuizen.'),
  }),
  m({
    slug: 'behoefte-nieuwe-buurtaccommodaties',
    title: 'Onderzoek naar behoefte aan nieuwe buurtaccommodaties',
    summary: 'Er wordt uitgezocht of er nieuwe buurthuizen of andere buurtaccommodaties nodig zijn.',
    goalSlugs: ['meer-en-betere-ontmoetingsplekken'],
    source: at(ONTMOETEN, 'Inventariseren behoefte aan nieuwe buurtaccommodaties'),
  }),
  m({
    slug: 'verbinding-sportcampus-zuidwest',
    title: 'Betere verbinding tussen Sportcampus en bewoners',
    summary: 'De Sportcampus (in het Zuiderpark) wordt beter verbonden met alle bewoners van Zuidwest.',
    goalSlugs: ['meer-en-betere-ontmoetingsplekken'],
    source: at(ONTMOETEN, 'Betere verbinding tussen Sportcampus en alle bewoners van Zuidwest.'),
  }),
  m({
    slug: 'toegankelijke-sportfaciliteiten',
    title: 'Toegankelijke sportfaciliteiten, sportpark Escamp 1 en 2 als hart van Zuidwest',
    summary:
      'Bestaande sportplekken worden toegankelijker en aantrekkelijker, ook met plekken om zonder club te sporten. Sportpark Escamp 1 en 2 wordt het hart van Zuidwest.',
    lineSlugs: [LINE, 'gezondheid-en-vitaliteit'],
    goalSlugs: ['meer-en-betere-ontmoetingsplekken', 'mensen-bewegen-meer'],
    source: at(ONTMOETEN, 'sportpark Escamp 1 en 2 als hart van Zuidwest'),
  }),
  m({
    slug: 'kleinschalige-buurtsportactiviteiten',
    title: 'Kleinschalige buurtsportactiviteiten',
    summary: 'Kleine sportactiviteiten in de buurt krijgen steun.',
    lineSlugs: [LINE, 'gezondheid-en-vitaliteit'],
    goalSlugs: ['meer-en-betere-ontmoetingsplekken', 'mensen-bewegen-meer'],
    source: at(ONTMOETEN, 'Stimuleren van kleinschalige buurtsportactiviteiten'),
  }),
  m({
    slug: 'brugfunctie-buurtinitiatieven',
    title: 'Brugfunctie van buurtinitiatieven erkennen',
    summary:
      'Buurtinitiatieven helpen bewoners op weg naar de juiste hulp. Die rol wordt erkend en versterkt.',
    goalSlugs: ['meer-en-betere-ontmoetingsplekken', 'meer-ruimte-voor-initiatieven-van-bewoners'],
    source: at(
      ONTMOETEN,
      'De brugfunctie van buurtinitiatieven voor bewoners op weg naar de juiste professionele hulp, wordt erkend en versterkt.',
    ),
  }),
  m({
    slug: 'financiele-zekerheid-succesvolle-projecten',
    title: 'Langere financiële zekerheid voor succesvolle projecten',
    summary: 'Projecten die goed werken, krijgen voor langere tijd geld.',
    goalSlugs: ['meer-en-betere-ontmoetingsplekken', 'meer-ruimte-voor-initiatieven-van-bewoners'],
    source: at(ONTMOETEN, 'Succesvolle projecten krijgen voor een langere termijn financiële zekerheid.'),
  }),
  m({
    slug: 'beloning-actieve-bewoners',
    title: 'Beloning voor actieve bewoners',
    summary: 'Er komt ruimte om te proberen hoe actieve bewoners een beloning kunnen krijgen voor hun inzet.',
    goalSlugs: ['meer-en-betere-ontmoetingsplekken', 'meer-ruimte-voor-initiatieven-van-bewoners'],
    source: at(
      ONTMOETEN,
      'We creëren experimenteerruimte om actieve bewoners een beloning te kunnen geven voor hun inzet.',
    ),
  }),
  m({
    slug: 'satellieten-culturele-instellingen',
    title: 'Ruimte voor satellieten van culturele instellingen',
    summary:
      'In de wijken komt ruimte voor een dependance van culturele instellingen, zoals Dakota of het Kunstmuseum. Zij werken samen met culturele initiatieven die er al zijn.',
    goalSlugs: ['meer-en-betere-ontmoetingsplekken'],
    source: at(
      ONTMOETEN,
      'In de wijken wordt er ruimte gecreëerd voor satellieten van culturele instellingen zoals Dakota of het Kunstmuseum',
    ),
  }),
  m({
    slug: 'behoefte-culturele-activiteiten',
    title: 'Samen met bewoners kijken naar culturele activiteiten',
    summary:
      'Samen met bewoners wordt gekeken welke culturele activiteiten en nieuwe initiatieven zij willen.',
    goalSlugs: ['meer-en-betere-ontmoetingsplekken'],
    source: at(
      ONTMOETEN,
      'Samen met de bewoners wordt er gekeken naar de behoefte en wens op het gebied van culturele activiteiten en nieuwe initiatieven',
    ),
  }),
  m({
    slug: 'cultuur-voor-kinderen-en-jongeren',
    title: 'Culturele activiteiten voor kinderen en jongeren',
    summary:
      'Culturele instellingen organiseren activiteiten, vooral voor kinderen en jongeren, zoals cultuureducatie en workshops.',
    goalSlugs: ['meer-en-betere-ontmoetingsplekken'],
    source: at(
      ONTMOETEN,
      'Culturele instellingen organiseren activiteiten, met name gericht op kinderen en jongeren',
    ),
  }),
  m({
    slug: 'zichtbaarheid-cultureel-aanbod',
    title: 'Cultuur in Zuidwest beter zichtbaar',
    summary:
      'Met festivals, campagnes en wandel- en fietsroutes wordt beter zichtbaar wat er aan cultuur en kunst in Zuidwest is.',
    goalSlugs: ['meer-en-betere-ontmoetingsplekken'],
    source: at(
      ONTMOETEN,
      'Via festivals, PR-campagnes en wandel- en fietsroutes worden de zichtbaarheid en vindbaarheid',
    ),
  }),
  m({
    slug: 'programma-ondersteuning-initiatieven',
    title: 'Programma Ondersteuning initiatieven Zuidwest',
    summary:
      'Initiatieven van bewoners krijgen steun: meedenken, een initiatievenbudget en minder drempels. Dit wordt een nieuwe Haagse wijkaanpak.',
    goalSlugs: ['stevige-gesprekspartners', 'meer-ruimte-voor-initiatieven-van-bewoners'],
    source: at(
      GESPREK,
      'Hiervoor zetten we een programma Ondersteuning initiatieven Zuidwest op; een nieuwe Haagse wijkaanpak.',
    ),
  }),
  m({
    slug: 'duurzame-steun-lopende-initiatieven',
    title: 'Langdurige steun voor goedlopende initiatieven',
    summary: 'Initiatieven die goed lopen, zoals Regio Deal-projecten, krijgen langdurig geld.',
    goalSlugs: ['stevige-gesprekspartners', 'meer-ruimte-voor-initiatieven-van-bewoners'],
    source: at(
      GESPREK,
      'Bestaande goedlopende initiatieven (bijvoorbeeld Regiodealprojecten) worden duurzaam, langlopend financieel ondersteund.',
    ),
  }),
  m({
    slug: 'programmabureau-initiatievenmakelaars',
    title: 'Programmabureau met initiatievenmakelaars',
    summary:
      'Initiatievenmakelaars helpen initiatiefnemers: drempels weghalen, meer mensen bereiken en subsidie aanvragen. Er komen spreekuren voor initiatieven in de wijken.',
    goalSlugs: ['stevige-gesprekspartners', 'meer-ruimte-voor-initiatieven-van-bewoners'],
    source: at(GESPREK, "Opzetten programmabureau 'Ondersteuning initiatieven ZW'"),
  }),
  m({
    slug: 'uitbreiden-community-building',
    title: 'Meer opbouwwerk en community building',
    summary:
      'Er komt meer opbouwwerk en community building. Misschien ook door bewoners, sleutelfiguren en ervaringsdeskundigen op te leiden.',
    goalSlugs: ['stevige-gesprekspartners', 'meer-en-beter-contact-tussen-bewoners'],
    source: at(GESPREK, 'Het uitbreiden van opbouwwerk/community building'),
  }),
  m({
    slug: 'rol-partnerraad-en-wijknetwerken',
    title: 'Sterkere rol voor Partnerraad en wijknetwerken',
    summary:
      'De Partnerraad en de wijknetwerken krijgen een sterkere rol als gesprekspartner bij het programma voor Zuidwest.',
    goalSlugs: ['stevige-gesprekspartners', 'meer-vertrouwen-in-de-overheid'],
    partnerSlugs: ['partnerraad-zuidwest'],
    source: at(
      GESPREK,
      'Versterken van de rol van de partnerraad en de wijknetwerken als gesprekspartner bij de ontwikkeling van het programma voor Zuidwest.',
    ),
  }),
  m({
    slug: 'meiden-in-het-jongerenwerk',
    title: 'Meer aandacht voor meiden in het jongerenwerk',
    summary: 'Het jongerenwerk besteedt meer aandacht aan meiden.',
    goalSlugs: ['vaardigheden-om-mee-te-doen'],
    source: at(VAARDIG, 'Meer aandacht voor meiden in het jongerenwerk.'),
  }),
  m({
    slug: 'verborgen-talent-en-rolmodellen',
    title: 'Verborgen talent zichtbaar maken',
    summary: 'Verborgen talent wordt zichtbaar gemaakt en er komen rolmodellen.',
    goalSlugs: ['vaardigheden-om-mee-te-doen'],
    source: at(VAARDIG, 'Verborg talent zichtbaar maken, zorgen voor rolmodellen.'),
  }),
  m({
    slug: 'vrouwelijk-ondernemerschap',
    title: 'Vrouwelijk ondernemerschap bevorderen',
    summary: 'Vrouwen die een eigen bedrijf willen beginnen, krijgen steun.',
    lineSlugs: [LINE, 'werk-en-economie'],
    goalSlugs: ['vaardigheden-om-mee-te-doen', 'versterken-vestigingsklimaat'],
    source: at(VAARDIG, 'Vrouwelijk ondernemerschap bevorderen.'),
  }),
  m({
    slug: 'taalschool-zuidwest',
    title: 'Een taalschool in Zuidwest',
    summary: 'Een taalschool waar jongeren en ouderen Nederlands leren, van niveau A0 tot B2.',
    goalSlugs: ['vaardigheden-om-mee-te-doen'],
    source: at(VAARDIG, 'Een taalschool in Zuidwest, waar men van niveau A0 het niveau B2 kan bereiken'),
  }),
  m({
    slug: 'taallessen-in-buurtcentra',
    title: 'Taallessen in alle buurtcentra',
    summary: 'In alle buurtcentra komen taallessen, dicht bij huis.',
    goalSlugs: ['vaardigheden-om-mee-te-doen'],
    source: at(VAARDIG, 'Taallessen in alle buurtcentra'),
  }),
  m({
    slug: 'cultuur-en-taalontwikkeling-jongeren',
    title: 'Culturele activiteiten voor taalontwikkeling bij jongeren',
    summary:
      'Culturele activiteiten die jongeren helpen met taal gaan door en worden uitgebreid. Bijvoorbeeld de rapclasses van Musicon en de workshops spoken word in bibliotheek Bouwlust.',
    goalSlugs: ['vaardigheden-om-mee-te-doen'],
    partnerSlugs: ['musicon'],
    source: at(VAARDIG, 'de workshops spoken word in bibliotheek Bouwlust'),
  }),
  m({
    slug: 'programma-digitale-vaardigheden',
    title: 'Programma digitale vaardigheden',
    summary:
      'Er komt een laagdrempelig programma waar bewoners digitale vaardigheden leren. Wijkinitiatieven krijgen hulp bij digitale plekken om mensen te informeren.',
    goalSlugs: ['vaardigheden-om-mee-te-doen'],
    source: at(VAARDIG, 'een laagdrempelig programma voor digitale vaardigheden worden opgezet'),
  }),
  m({
    slug: 'skills-labs',
    title: 'Skills labs',
    summary: 'In skills labs leren bewoners omgaan met digitale technieken.',
    goalSlugs: ['vaardigheden-om-mee-te-doen'],
    source: at(VAARDIG, 'Organiseren van Skills labs waar men leert omgaan met digitale technieken'),
  }),

  // --- Continuering lopende (Regiodeal) projecten ----------------------------------------------
  quickWin({
    slug: 'wijkwinkel-bij-betje',
    title: 'Wijkwinkel Bij Betje',
    summary:
      'Wijkwinkel Bij Betje in de Betje Wolffstraat is een plek waar bewoners elkaar ontmoeten. Voor corona was de winkel meer dan zes dagen per week open.',
    goalSlugs: ['meer-en-betere-ontmoetingsplekken', 'meer-en-beter-contact-tussen-bewoners'],
    source: at(
      LOPEND,
      'Wijkwinkel Bij Betje in de Betje Wolffstraat biedt (tot corona) méér dan zes dagen per week ruimte',
    ),
  }),
  quickWin({
    slug: 'lief-en-leedstraatjes',
    title: 'Lief en Leedstraatjes',
    summary: 'Buren kijken naar elkaar om in hun straat. Dat versterkt de netwerken tussen bewoners.',
    goalSlugs: ['meer-en-beter-contact-tussen-bewoners'],
    source: at(LOPEND, "De aanpak Lief en Leed stimuleert het 'naar elkaar omkijken' in de straat"),
  }),
  quickWin({
    slug: 'zuidwest-vertelt-zijn-verhaal',
    title: 'Zuidwest vertelt zijn verhaal',
    summary: 'Bewoners doen mee aan cultuurprojecten in hun wijk. Cultuur verbindt en maakt mensen actief.',
    goalSlugs: ['meer-en-betere-ontmoetingsplekken', 'meer-en-beter-contact-tussen-bewoners'],
    source: at(
      LOPEND,
      'Met dit project worden bewoners betrokken bij cultuurprojecten in de wijken (bottom up).',
    ),
  }),
  quickWin({
    slug: 'stadslandbouw',
    title: 'Stadslandbouw',
    summary: 'Alle moestuinprojecten en de kennis en ervaring daarover worden gebundeld.',
    goalSlugs: ['meer-en-beter-contact-tussen-bewoners'],
    source: at(
      LOPEND,
      'In het project stadslandbouw worden alle bestaande moestuinprojecten en alle beschikbare kennis en ervaring gebundeld.',
    ),
  }),
  quickWin({
    slug: 'de-participatiekeuken',
    title: 'De Participatie Keuken',
    summary: 'De Participatie Keuken bouwt voort op de ervaringen en het succes van Resto van Harte.',
    goalSlugs: ['meer-en-beter-contact-tussen-bewoners'],
    partnerSlugs: ['participatiekeuken'],
    source: at(
      LOPEND,
      'Het project De Participatie Keuken bouwt voort op de ervaringen en het succes met Resto van Harte.',
    ),
  }),
  quickWin({
    slug: 'allekanten',
    title: 'Allekanten',
    summary:
      'Een coöperatief wijkbedrijf. Bewoners worden aangesproken op hun talenten en zetten die in voor de wijk. Ze werken aan taal, geld en gezondheid, en gaan waar het kan naar (vrijwilligers)werk.',
    lineSlugs: [LINE, 'werk-en-economie'],
    goalSlugs: ['meer-ruimte-voor-initiatieven-van-bewoners', 'meer-mensen-werken-in-eigen-wijk'],
    source: at(LOPEND, 'Mensen worden gestimuleerd en geholpen om hun talenten in de wijk in te zetten.'),
  }),
  quickWin({
    slug: 'kies-sociale-supermarkt',
    title: 'KIES! Voor de Sociale Supermarkt',
    summary:
      'Mensen die recht hebben op een voedselpakket, kiezen bij KIES! zelf hun boodschappen. Dat gebeurt in een rijdende winkel op een centrale plek in de wijk. KIES! biedt gezond eten en verzorgingsproducten.',
    lineSlugs: [LINE, 'werk-en-economie'],
    goalSlugs: ['meer-en-beter-contact-tussen-bewoners', 'meer-mensen-hebben-bestaanszekerheid'],
    source: at(LOPEND, 'KIES! biedt gezonde voeding aan en verzorgingsproducten.'),
  }),
];
