// SPDX-License-Identifier: EUPL-1.2
/** The programme itself, the four wijken and the Regio Deal II fund. */
import type { SeedFund, SeedProgramme, SeedWijk } from '../dataset.ts';
import { FILES, src } from './sources.ts';

export const programme: SeedProgramme = {
  name: 'Nationaal Programma Zuidwest',
  mission: 'Bewoners van Zuidwest hebben in 2040 dezelfde kansen als andere inwoners van Den Haag',
  summary:
    'Het Nationaal Programma Zuidwest (NPZW) is er voor de wijken Bouwlust, Vrederust, Morgenstond en Moerwijk in Den Haag. Het programma werkt aan zes lijnen: onderwijs, werk en economie, wonen en leefomgeving, veiligheid, gezondheid, en sociale samenhang en participatie. Voor elke lijn is er een ambitie voor 2040. Gemeente, Rijk, bewoners en organisaties werken samen. Organisaties werken per thema samen in allianties. De top 10 laat zien wat van 2023 tot 2026 voorrang krijgt.',
  partnerraad:
    'De Partnerraad Zuidwest bestaat uit betrokken mensen die wonen en/of werken in Zuidwest. De Partnerraad doet mee in de Alliantieraad Den Haag Zuidwest en in de Alliantie Sociale Samenhang & Participatie. Het programma wil de rol van de Partnerraad en de wijknetwerken als gesprekspartner versterken.',
  source: src(
    FILES.meeting,
    'NPZW Aanpak',
    'BEWONERS VAN ZUIDWEST HEBBEN IN 2040 DEZELFDE KANSEN ALS ANDERE INWONERS VAN DEN HAAG',
  ),
  partnerraadSource: src(
    FILES.regioDeal,
    'Partners en investering',
    'Partnerraad; betrokken mensen die wonen en/of werken in Zuidwest',
  ),
};

const AREA = 'Den Haag Zuid-West ll';

export const wijken: SeedWijk[] = [
  {
    slug: 'bouwlust',
    name: 'Bouwlust',
    cbsCode: 'WK051833',
    description:
      'Bouwlust is een van de vier wederopbouwwijken van Zuidwest, in stadsdeel Escamp. De wijk is gebouwd in de jaren ’50 en ’60 voor de middenklasse. Veel woningen zijn nu verouderd en van slechte kwaliteit.',
    source: src(
      FILES.regioDeal,
      AREA,
      'de naoorlogse wederopbouwwijken Bouwlust, Vrederust, Morgenstond en Moerwijk',
    ),
  },
  {
    slug: 'vrederust',
    name: 'Vrederust',
    cbsCode: 'WK051833',
    description:
      'Vrederust is een van de vier wederopbouwwijken van Zuidwest, in stadsdeel Escamp. De wijk is gebouwd in de jaren ’50 en ’60 voor de middenklasse. Veel woningen zijn nu verouderd en van slechte kwaliteit.',
    source: src(
      FILES.regioDeal,
      AREA,
      'de naoorlogse wederopbouwwijken Bouwlust, Vrederust, Morgenstond en Moerwijk',
    ),
  },
  {
    slug: 'morgenstond',
    name: 'Morgenstond',
    cbsCode: 'WK051834',
    description:
      'Morgenstond is een van de vier wederopbouwwijken van Zuidwest, in stadsdeel Escamp. De wijk is gebouwd in de jaren ’50 en ’60 voor de middenklasse. Veel woningen zijn nu verouderd en van slechte kwaliteit.',
    source: src(
      FILES.regioDeal,
      AREA,
      'Deze vier wijken zijn in jaren ‘50 en ‘60 gebouwd voor de middenklasse.',
    ),
  },
  {
    slug: 'moerwijk',
    name: 'Moerwijk',
    cbsCode: 'WK051836',
    description:
      'Moerwijk is een van de vier wederopbouwwijken van Zuidwest, in stadsdeel Escamp. De wijk is gebouwd in de jaren ’50 en ’60 voor de middenklasse. Veel woningen zijn nu verouderd en van slechte kwaliteit.',
    source: src(
      FILES.regioDeal,
      AREA,
      'de naoorlogse wederopbouwwijken Bouwlust, Vrederust, Morgenstond en Moerwijk',
    ),
  },
];

export const funds: SeedFund[] = [
  {
    slug: 'regio-deal-ii',
    name: 'Regio Deal Den Haag Zuid-West II',
    description:
      'Een Regio Deal uit de 4e tranche tussen Rijk en regio. Het doel: bewoners van Zuidwest dezelfde kansen geven als de gemiddelde Hagenaar op het gebied van onderwijs, wonen, zorg en bestaanszekerheid. De twee speerpunten zijn: het sociaal weefsel versterken rond ontmoetingsplekken, plinten en wijkbedrijven, en perspectief op werk. Namens het Rijk doen de ministeries van BZK, EZK, SZW en JenV mee.',
    contributions: [
      {
        contributor: 'Regio',
        amountEuros: 31_000_000,
        source: src(FILES.regioDeal, 'Partners en investering', 'De regio investeert 31 miljoen euro'),
      },
      {
        contributor: 'Rijk',
        amountEuros: 18_000_000,
        source: src(FILES.regioDeal, 'Partners en investering', 'het Rijk 18 miljoen euro'),
      },
    ],
    source: src(
      FILES.regioDeal,
      'Ambitie en aanpak',
      'Het versterken van het sociaal weefsel rondom ontmoetingsplekken, plinten en wijkbedrijven.',
    ),
  },
];
