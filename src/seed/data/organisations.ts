// SPDX-License-Identifier: EUPL-1.2
/** Partner organisations and the six alliances (003 "Partners en investering", plus names from 000-002). */
import type { SeedAlliance, SeedPartner } from '../dataset.ts';
import { FILES, src } from './sources.ts';

const PARTNERS = 'Partners en investering';

function partner(
  slug: string,
  name: string,
  quote: string,
  file: string = FILES.regioDeal,
  section = PARTNERS,
) {
  return { slug, name, source: src(file, section, quote) } satisfies SeedPartner;
}

export const partners: SeedPartner[] = [
  // Named in the alliances of the Regio Deal II (003).
  partner('gemeente-den-haag', 'Gemeente Den Haag', 'Gemeente Den Haag'),
  partner('partnerraad-zuidwest', 'Partnerraad Zuidwest', 'de Partnerraad Zuidwest'),
  partner('roc-mondriaan', 'ROC Mondriaan', 'ROC Mondriaan'),
  partner('zuid-west-college', 'Zuid-West College', 'Zuid-West College'),
  partner(
    'stichting-brede-buurtschool-den-haag',
    'Stichting brede buurtschool Den Haag',
    'Stichting brede buurtschool Den Haag',
  ),
  partner('staedion', 'Staedion', 'Staedion'),
  partner('randstad', 'Randstad', 'Randstad'),
  partner('vno-ncw-west', 'VNO/NCW West', 'VNO/NCW West'),
  partner('mkb-den-haag', 'MKB Den Haag', 'MKB Den Haag'),
  partner('zkd', 'ZKD', 'MKB Den Haag, ZKD, Haga Ziekenhuis'),
  partner('haga-ziekenhuis', 'Haga Ziekenhuis', 'Haga Ziekenhuis'),
  partner('zw-connect', 'ZW Connect', 'ZW Connect'),
  partner('shell', 'Shell', 'Shell'),
  partner('museon-omniversum', 'Museon/Omniversum', 'Museon/Omniversum'),
  partner('kunstmuseum', 'Kunstmuseum', 'Kunstmuseum'),
  partner('impact-city', 'Impact City', 'Impact City'),
  partner('buurtmoeders-zuidwest', 'Buurtmoeders Zuidwest', 'buurtmoeders Zuidwest'),
  partner('biz-betje-wolffstraat', 'BIZ Betje Wolffstraat', 'BIZ Betje Wolffstraat'),
  partner('participatiekeuken', 'Participatiekeuken', 'Participatiekeuken'),
  partner('politie', 'Politie', 'gemeente Den Haag, politie, OM en Hof Wonen'),
  partner('openbaar-ministerie', 'OM (Openbaar Ministerie)', 'gemeente Den Haag, politie, OM en Hof Wonen'),
  partner('hof-wonen', 'Hof Wonen', 'Hof Wonen'),
  partner('xtra', 'Xtra', 'Xtra'),
  partner('parnassia', 'Parnassia', 'Parnassia'),
  // The document prints "Vereniging Transmurale, Zorg"; the comma is a typing error in the list.
  partner('vereniging-transmurale-zorg', 'Vereniging Transmurale Zorg', 'Vereniging Transmurale, Zorg'),
  partner('ggd', 'GGD', 'GGD'),
  partner('lumc', 'LUMC', 'LUMC'),
  partner('ministerie-van-bzk', 'Ministerie van BZK', 'het ministerie van BZK, EZK, SZW en JenV'),
  partner('ministerie-van-ezk', 'Ministerie van EZK', 'het ministerie van BZK, EZK, SZW en JenV'),
  partner('ministerie-van-szw', 'Ministerie van SZW', 'het ministerie van BZK, EZK, SZW en JenV'),
  partner('ministerie-van-jenv', 'Ministerie van JenV', 'het ministerie van BZK, EZK, SZW en JenV'),
  // Named as partners of a measure in the concept programme (002), the top 10 (000) or the slides (001).
  partner(
    'jinc',
    'JINC',
    'Samen met Bovo en Jinc',
    FILES.concept,
    '3. Gelijke onderwijskansen > Maatregelen > Achterstand inhalen',
  ),
  partner(
    'bovo',
    'Bovo',
    'Samen met Bovo en Jinc',
    FILES.concept,
    '3. Gelijke onderwijskansen > Maatregelen > Achterstand inhalen',
  ),
  partner(
    'universiteit-leiden',
    'Universiteit Leiden',
    'de Universiteit Leiden',
    FILES.concept,
    '3. Gelijke onderwijskansen > Maatregelen > Achterstand inhalen',
  ),
  partner(
    'haagse-hogeschool',
    'Haagse Hogeschool',
    'onderzoekers en studenten van de Haagse Hogeschool',
    FILES.concept,
    '7. Wel zo gezond > Maatregelen > Met preventie beter aansluiten bij de leefwereld van de inwoners',
  ),
  partner(
    'uwv',
    'UWV',
    'het UWV en het beroepsonderwijs nauw samen',
    FILES.concept,
    '3. Gelijke onderwijskansen > Maatregelen > Ouders aan zet',
  ),
  partner(
    'vestia',
    'Vestia',
    'Vestia heeft het initiatief genomen',
    FILES.concept,
    '5. Fijn wonen in Zuidwest > Maatregelen > Continuering lopende (Regiodeal) projecten (Quick wins)',
  ),
  partner(
    'musicon',
    'Musicon',
    'de rapclasses van Musicon',
    FILES.concept,
    '2. Thuis en gekend > Maatregelen > Versterken van de vaardigheden om mee te kunnen doen bij individuele bewoners',
  ),
  partner(
    'ivn',
    'IVN',
    'Tiny Forest in samenwerking met de IVN',
    FILES.concept,
    '6. Veilig en schoon! > Maatregelen > Verbeteren van de leefbaarheid',
  ),
  partner(
    'rechtbank',
    'Rechtbank',
    'Gemeente Den Haag, de Rechtbank, advocatuur, politie en OM',
    FILES.top10,
    '7. Wijkrechtspraak',
  ),
  partner('krajicek-foundation', 'Krajicek Foundation', 'Krajicek foundation', FILES.meeting, 'Moerwijk'),
];

export const alliances: SeedAlliance[] = [
  {
    slug: 'alliantie-onderwijs',
    name: 'Alliantie Onderwijs',
    description:
      'Vertegenwoordigers van onderwijsinstellingen (ROC Mondriaan, Zuid-West College, 4 basisscholen, Stichting brede buurtschool Den Haag), kinderopvang, jeugdhulp en gemeente Den Haag. De alliantie is onderdeel van de Alliantieraad Den Haag Zuidwest.',
    lineSlugs: ['onderwijs'],
    partnerSlugs: [
      'roc-mondriaan',
      'zuid-west-college',
      'stichting-brede-buurtschool-den-haag',
      'gemeente-den-haag',
    ],
    source: src(
      FILES.regioDeal,
      PARTNERS,
      'Alliantie Onderwijs; vertegenwoordigers van onderwijsinstellingen',
    ),
  },
  {
    slug: 'alliantie-werk-en-economie',
    name: 'Alliantie Werk & Economie',
    description:
      'Vertegenwoordigers van onderwijs, bedrijven, woningcorporaties, zorg, cultuur en bewoners: ROC Mondriaan, Staedion, Randstad, VNO/NCW West, MKB Den Haag, ZKD, Haga Ziekenhuis, ZW Connect, Shell, Museon/Omniversum, Kunstmuseum, Impact City, buurtmoeders Zuidwest, BIZ Betje Wolffstraat en Participatiekeuken. De alliantie is onderdeel van de Alliantieraad Den Haag Zuidwest.',
    lineSlugs: ['werk-en-economie'],
    partnerSlugs: [
      'roc-mondriaan',
      'staedion',
      'randstad',
      'vno-ncw-west',
      'mkb-den-haag',
      'zkd',
      'haga-ziekenhuis',
      'zw-connect',
      'shell',
      'museon-omniversum',
      'kunstmuseum',
      'impact-city',
      'buurtmoeders-zuidwest',
      'biz-betje-wolffstraat',
      'participatiekeuken',
    ],
    source: src(FILES.regioDeal, PARTNERS, 'Alliantie Werk & Economie; vertegenwoordigers van ROC Mondriaan'),
  },
  {
    slug: 'alliantie-wonen-en-leefomgeving',
    name: 'Alliantie Wonen & Leefomgeving',
    description:
      'Vertegenwoordigers van woningcorporaties en gemeente Den Haag. De alliantie is onderdeel van de Alliantieraad Den Haag Zuidwest.',
    lineSlugs: ['wonen-en-leefomgeving'],
    partnerSlugs: ['gemeente-den-haag'],
    source: src(
      FILES.regioDeal,
      PARTNERS,
      'Alliantie Wonen & Leefomgeving; vertegenwoordigers van woningcorporaties en gemeente Den Haag',
    ),
  },
  {
    slug: 'alliantie-veiligheid',
    name: 'Alliantie Veiligheid',
    description:
      'Vertegenwoordigers van gemeente Den Haag, politie, OM en Hof Wonen. De alliantie is onderdeel van de Alliantieraad Den Haag Zuidwest.',
    lineSlugs: ['veiligheid-en-leefbaarheid'],
    partnerSlugs: ['gemeente-den-haag', 'politie', 'openbaar-ministerie', 'hof-wonen'],
    source: src(
      FILES.regioDeal,
      PARTNERS,
      'Alliantie Veiligheid; vertegenwoordigers van gemeente Den Haag, politie, OM en Hof Wonen',
    ),
  },
  {
    slug: 'alliantie-gezondheid-en-vitaliteit',
    name: 'Alliantie Gezondheid & Vitaliteit',
    description:
      'Vertegenwoordigers van zorg en welzijn, huisartsen, Xtra, Parnassia, Vereniging Transmurale Zorg, GGD, zorgverzekeraars, LUMC en gemeente Den Haag. De alliantie is onderdeel van de Alliantieraad Den Haag Zuidwest.',
    lineSlugs: ['gezondheid-en-vitaliteit'],
    partnerSlugs: ['xtra', 'parnassia', 'vereniging-transmurale-zorg', 'ggd', 'lumc', 'gemeente-den-haag'],
    source: src(
      FILES.regioDeal,
      PARTNERS,
      'Alliantie Gezondheid & Vitaliteit; vertegenwoordigers van zorg en welzijn, huisartsen',
    ),
  },
  {
    slug: 'alliantie-sociale-samenhang-en-participatie',
    name: 'Alliantie Sociale Samenhang & Participatie',
    description:
      '35 organisaties: vertegenwoordigers van bewonersorganisaties, ontmoetingscentra, maatschappelijke organisaties, de Partnerraad Zuidwest en sleutelfiguren in de wijken. De alliantie is onderdeel van de Alliantieraad Den Haag Zuidwest.',
    lineSlugs: ['sociale-samenhang-en-participatie'],
    partnerSlugs: ['partnerraad-zuidwest'],
    source: src(
      FILES.regioDeal,
      PARTNERS,
      'Alliantie Sociale Samenhang & Participatie; 35 organisaties bestaande uit vertegenwoordigers van bewonersorganisaties',
    ),
  },
];
