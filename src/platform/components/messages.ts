// SPDX-License-Identifier: EUPL-1.2
/**
 * The component kit's own texts (src/platform/components), spread into the catalogue in src/i18n/nl.ts.
 * `kit.*` is what the components themselves say; `kit.examples.*` is the staff-only example pages.
 */
export const kitMessages = {
  // --- what the components say -------------------------------------------------------------------
  'kit.pagination.label': 'Andere pagina’s',
  'kit.pagination.position': 'Pagina {page} van {pageCount}',
  'kit.pagination.previous': 'Vorige pagina',
  'kit.pagination.next': 'Volgende pagina',
  'kit.pagination.page': 'Pagina {page}',
  'kit.filter.all': 'Alles',
  'kit.filter.submit': 'Filter toepassen',
  'kit.filter.reset': 'Filters wissen',
  'kit.table.empty': 'Er is niets om te laten zien.',
  'kit.date.hint': 'Bijvoorbeeld 27-3-2027.',
  'kit.dateTime.hint': 'Bijvoorbeeld 27-3-2027 om 14:30.',
  'kit.upload.hint': 'Toegestaan: {types}. Hoogstens {size} per bestand.',
  'kit.upload.hintMultiple':
    'U kunt meer bestanden tegelijk kiezen. Toegestaan: {types}. Hoogstens {size} per bestand.',
  'kit.answer.heading': 'Antwoord van de gemeente',
  'kit.answer.byline': '{name}, {date}',
  'kit.timeline.by': 'Door {name}',
  'kit.map.listTitle': 'De buurten op de kaart',
  'kit.chart.tableCaption': 'De getallen van de grafiek: {caption}',

  // --- the staff-only example pages (/beheer/voorbeelden) -----------------------------------------
  'kit.examples.title': 'Voorbeelden van onderdelen',
  'kit.examples.intro':
    'Elk onderdeel dat de delen van de site delen, met een voorbeeld. Alle getallen en teksten hier zijn verzonnen, behalve de namen en grenzen van de buurten.',
  'kit.examples.back': 'Terug naar alle voorbeelden',
  'kit.examples.madeUp': 'De getallen in dit voorbeeld zijn verzonnen.',
  'kit.examples.try': 'Probeer het: verstuur het formulier. Wat u kiest, staat daarna weer ingevuld.',
  'kit.examples.send': 'Versturen',
  'kit.examples.withError': 'Met een foutmelding',
  'kit.examples.radios.title': 'Keuzerondjes',
  'kit.examples.radios.about': 'Eén keuze uit een paar. Werkt met de pijltjestoetsen.',
  'kit.examples.radios.legend': 'Hoe wilt u bericht krijgen?',
  'kit.examples.radios.hint': 'Kies één manier.',
  'kit.examples.radios.error': 'Kies hoe u bericht wilt krijgen',
  'kit.examples.checkboxes.title': 'Vinkjes',
  'kit.examples.checkboxes.about': 'Nul, één of meer keuzes uit een lijst.',
  'kit.examples.checkboxes.legend': 'Over welke buurten wilt u nieuws?',
  'kit.examples.checkboxes.hint': 'Kies er zoveel als u wilt.',
  'kit.examples.checkboxes.error': 'Kies ten minste één buurt',
  'kit.examples.choice.mail': 'Per e-mail',
  'kit.examples.choice.letter': 'Per brief',
  'kit.examples.choice.none': 'Ik wil geen bericht',
  'kit.examples.dates.title': 'Datum en tijd',
  'kit.examples.dates.about':
    'Een datum, of een datum met een tijd. De browser toont een kalender; zonder kalender kan de datum ook getypt worden. De tijd is altijd Nederlandse tijd.',
  'kit.examples.dates.date': 'Datum van de bijeenkomst',
  'kit.examples.dates.dateTime': 'Sluiting van de inschrijving',
  'kit.examples.dates.error': 'Vul een datum in die bestaat, bijvoorbeeld 27-3-2027',
  'kit.examples.dates.read': 'Gelezen als: {value}',
  'kit.examples.table.title': 'Tabel',
  'kit.examples.table.about':
    'Op een telefoon staat elke rij als een blokje onder elkaar, met de kop voor elke waarde. Getallen breken nooit in tweeën.',
  'kit.examples.table.caption': 'Buurten met verzonnen getallen',
  'kit.examples.table.buurt': 'Buurt',
  'kit.examples.table.code': 'CBS-code',
  'kit.examples.table.residents': 'Inwoners',
  'kit.examples.table.budget': 'Budget',
  'kit.examples.pagination.title': 'Pagina’s',
  'kit.examples.pagination.about':
    'Een lange lijst in stukken. De links houden de filters vast die u gekozen hebt.',
  'kit.examples.filter.title': 'Filter',
  'kit.examples.filter.about':
    'Een formulier dat de lijst eronder kleiner maakt. Het werkt met een gewone link (GET), dus ook zonder JavaScript, en het adres kunt u delen.',
  'kit.examples.filter.label': 'Buurten filteren',
  'kit.examples.filter.wijk': 'Wijk',
  'kit.examples.filter.search': 'Zoek op naam',
  'kit.examples.filter.count': '{count} buurten gevonden',
  'kit.examples.status.title': 'Statuslabel',
  'kit.examples.status.about':
    'Een status in woorden, met een kleur die hetzelfde zegt. Elk deel kiest zelf het woord en de toon.',
  'kit.examples.status.neutral': 'Ingediend',
  'kit.examples.status.info': 'In behandeling',
  'kit.examples.status.success': 'Goedgekeurd',
  'kit.examples.status.warning': 'Wacht op informatie',
  'kit.examples.status.danger': 'Afgewezen',
  'kit.examples.timeline.title': 'Tijdlijn',
  'kit.examples.timeline.about':
    'Wat er gebeurde, met de datum en wie het deed. Het nieuwste staat bovenaan.',
  'kit.examples.timeline.submitted': 'Plan ingediend',
  'kit.examples.timeline.review': 'De gemeente bekijkt het plan',
  'kit.examples.timeline.reviewBody': 'We vragen de buurt wat zij ervan vindt.',
  'kit.examples.timeline.approved': 'Plan goedgekeurd',
  'kit.examples.timeline.staff': 'Team Zuidwest',
  'kit.examples.timeline.resident': 'Een bewoner',
  'kit.examples.answer.title': 'Antwoord van de gemeente',
  'kit.examples.answer.about':
    'Het openbare antwoord op een plan, vraag of melding: wat er besloten is, en waarom.',
  'kit.examples.answer.body':
    'Het plan past in het budget en de buurt is er blij mee. We beginnen in het voorjaar met de uitvoering.',
  'kit.examples.answer.name': 'Team Zuidwest',
  'kit.examples.upload.title': 'Bestand uploaden',
  'kit.examples.upload.about':
    'Een bestand kiezen, met welke soorten en hoe groot. Het formulier moet als multipart/form-data versturen.',
  'kit.examples.upload.label': 'Foto van de plek',
  'kit.examples.upload.multiLabel': 'Bijlagen',
  'kit.examples.upload.error': 'Deze foto is te groot. Kies een foto van hoogstens 5 MB',
  'kit.examples.map.title': 'Kaart met buurten',
  'kit.examples.map.about':
    'De buurten op een kaart die de server tekent. Elke buurt heeft een nummer; de lijst naast de kaart geeft de namen en de links.',
  'kit.examples.map.caption': 'De buurten van Den Haag Zuidwest',
  'kit.examples.chart.title': 'Grafiek met tabel',
  'kit.examples.chart.about':
    'Een lijngrafiek die de server tekent (SVG), met dezelfde getallen in een tabel ernaast. Geen script nodig.',
  'kit.examples.chart.caption': 'Deelnemers aan bijeenkomsten per jaar',
  'kit.examples.chart.summary':
    'Lijngrafiek van het aantal deelnemers per jaar in twee wijken. De getallen staan in de tabel.',
  'kit.examples.chart.year': 'Jaar',
  'kit.examples.chart.seriesA': 'Moerwijk',
  'kit.examples.chart.seriesB': 'Morgenstond',
} as const;
