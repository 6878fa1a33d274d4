// SPDX-License-Identifier: EUPL-1.2
/** The site's own pages: home, wijken, news, search and about. Plain Dutch (B1); placeholders are {name}. */
export const siteMessages = {
  'site.nav.home': 'Home',
  'site.nav.wijken': 'Wijken',
  'site.nav.updates': 'Nieuws',
  'site.nav.search': 'Zoeken',

  // --- home and programme ------------------------------------------------------------------------
  'home.title': 'Wat gebeurt er in mijn wijk?',
  'home.pickWijk': 'Kies uw wijk',

  // --- wijken ------------------------------------------------------------------------------------
  'wijk.list.title': 'De wijken van Zuidwest',
  'wijk.list.intro': 'Kies een wijk. U ziet dan wat het programma daar doet.',
  'wijk.preHeading': 'Wijk',
  'wijk.title': 'Wat gebeurt er in {name}?',
  'wijk.buurten.title': 'Buurten',
  'wijk.cbsNote':
    'Het CBS telt Bouwlust en Vrederust samen als één wijk (wijk 33). Daarom staan de buurten van Bouwlust en Vrederust samen, en hebben ze op de kaart één vlak.',

  // --- news --------------------------------------------------------------------------------------
  'updates.title': 'Laatste nieuws',
  'updates.intro': 'Hier ziet u wat er kort geleden is gebeurd bij de maatregelen.',
  'updates.none': 'Er is nog geen nieuws.',
  'updates.all': 'Al het nieuws',
  'updates.feedLink': 'Volg het nieuws met een feedlezer (Atom).',
  'updates.feedTitle': 'Nieuws van het Nationaal Programma Zuidwest',

  // --- search ------------------------------------------------------------------------------------
  'search.title': 'Zoeken',
  'search.resultsTitle': 'Zoeken naar “{query}”',
  'search.label': 'Waar zoekt u naar?',
  'search.submit': 'Zoeken',
  'search.count.one': '1 resultaat voor “{query}”',
  'search.count.other': '{count} resultaten voor “{query}”',
  'search.tooLong': 'Uw zoekvraag is te lang. Gebruik minder dan 200 tekens.',

  // --- about -------------------------------------------------------------------------------------
  'about.title': 'Over deze site',
  'about.intro':
    'Op deze site ziet u wat het Nationaal Programma Zuidwest doet in Bouwlust, Vrederust, Morgenstond en Moerwijk.',
  'about.a11y.title': 'Toegankelijkheid',
  'about.a11y.goal':
    'Iedereen moet deze site kunnen gebruiken. Ook met een oude telefoon, een schermlezer of alleen een toetsenbord.',
  'about.a11y.how':
    'Wij houden ons aan de regels voor toegankelijkheid (WCAG 2.1, niveau AA). Zo doen we dat:',
  'about.a11y.point.noJs': 'Alle pagina’s werken zonder JavaScript.',
  'about.a11y.point.keyboard': 'U kunt alles doen met alleen een toetsenbord.',
  'about.a11y.point.small': 'De site werkt op kleine schermen, vanaf 360 pixels breed.',
  'about.a11y.point.language': 'Wij schrijven in eenvoudige taal (taalniveau B1).',
  'about.a11y.point.tested':
    'Bij elke verandering testen wij de pagina’s automatisch in een echte browser met axe-core.',
  'about.a11y.status':
    'Status: wij hebben de site zelf getest. Een onafhankelijk onderzoek moet nog gebeuren. Daarna publiceren wij hier de volledige verklaring.',
  'about.a11y.problem':
    'Werkt iets niet voor u? Laat het ons weten via het programmabureau van het Nationaal Programma Zuidwest. Wij antwoorden binnen 5 werkdagen.',
  'about.privacy.title': 'Privacy',
  'about.privacy.residents':
    'U kunt alles op deze site lezen zonder account. Wij vragen dan geen gegevens van u.',
  'about.privacy.cookies':
    'Wij gebruiken geen cookies om u te volgen. Er is alleen een cookie als u een formulier gebruikt (tegen misbruik), of als u als medewerker inlogt.',
  'about.privacy.staff':
    'Van medewerkers bewaren wij naam, e-mailadres en wat zij veranderen. Dat is nodig om te laten zien wie wat heeft aangepast.',
  'about.privacy.rights':
    'U mag vragen welke gegevens wij van u hebben, en vragen die te verbeteren of te verwijderen. Neem daarvoor contact op met de gemeente Den Haag.',
  'about.sources.title': 'Bronnen',
  'about.sources.documents':
    'De gegevens over het programma komen uit de openbare stukken van het programma. Bij elk gegeven staat uit welk stuk het komt. Staat iets niet in de stukken, dan staat er “Onbekend”.',
  'about.sources.map':
    'De kaart komt van het CBS en het Kadaster (Wijk- en Buurtkaart 2025, via PDOK, CC BY 4.0).',
  'about.sources.code': 'De broncode van deze site is open (licentie EUPL-1.2).',
} as const;
