// SPDX-License-Identifier: EUPL-1.2
/** The monitor. Plain Dutch (B1), "u" form; placeholders are {name}. */
export const monitorMessages = {
  'site.nav.monitor': 'Monitor',

  'monitor.import.quote': 'Het bestand heeft een aanhalingsteken (") dat niet wordt gesloten.',
  'monitor.import.header': 'De eerste regel moet precies deze kolommen hebben: {columns}.',
  'monitor.import.empty': 'Het bestand heeft geen cijfers, alleen de kopregel.',
  'monitor.import.columns': 'Deze regel heeft {found} kolommen. Dat moeten er {expected} zijn.',
  'monitor.import.year': 'Het jaar "{value}" is geen jaar van 4 cijfers tussen 1990 en 2100.',
  'monitor.import.area':
    'De gebiedscode "{value}" kennen wij niet. Gebruik GM0518 (Den Haag), een CBS-wijkcode (WK...) of een buurtcode (BU...) van Zuidwest.',
  'monitor.import.key': 'De CBS-sleutel "{value}" is leeg of heeft tekens die niet mogen.',
  'monitor.import.value':
    'De waarde "{value}" is geen getal. Schrijf een getal met een punt (12.5), of laat het vak leeg als het cijfer onbekend is.',
  'monitor.import.unit': 'De eenheid "{value}" kennen wij niet.',
  'monitor.import.source': 'De bron ontbreekt. Schrijf op waar het cijfer vandaan komt.',
  'monitor.import.duplicate':
    'Dit cijfer staat er twee keer in: {area}, {year}, {key} staat ook op regel {first}.',
  'monitor.import.line': 'Regel {line}: {message}',
  'monitor.import.failed.one': 'Er is niets ingelezen: het bestand heeft 1 fout.',
  'monitor.import.failed.other': 'Er is niets ingelezen: het bestand heeft {count} fouten.',
  'monitor.import.done': '{count} cijfers ingelezen uit {file}.',
  'monitor.import.usage': 'Gebruik: npm run import:indicators -- BESTAND.csv',
  'monitor.import.unreadable': 'Het bestand {file} kan niet worden gelezen.',

  'monitor.title': 'Monitor: haalt Zuidwest de rest van Den Haag in?',
  'monitor.description':
    'Cijfers over Zuidwest en de rest van Den Haag, per programmalijn: het verschil, de trend en of het verschil in 2040 weg is.',
  'monitor.mission.title': 'De missie',
  'monitor.mission.text':
    'Bewoners van Zuidwest hebben in 2040 dezelfde kansen als andere inwoners van Den Haag. Deze monitor laat zien hoe ver Zuidwest daar nu van af is.',
  'monitor.method':
    'Zo rekenen wij: wij trekken een rechte lijn door het verschil met Den Haag in alle jaren met cijfers en kijken waar die lijn in 2040 uitkomt. Daarvoor zijn minstens 3 jaren nodig.',
  'monitor.zuidwest.note':
    'Zuidwest is hier de drie CBS-wijken samen. Het CBS telt Bouwlust en Vrederust als één wijk. Daarom staan hun cijfers samen onder "Bouwlust en Vrederust". Wij splitsen die cijfers niet.',
  'monitor.yearsNote':
    'Het jaar is de editie van de CBS-cijfers. Cijfers over inkomen gaan meestal over ongeveer 2 jaar eerder.',
  'monitor.line.empty': 'Voor deze lijn zijn nog geen cijfers in de monitor.',
  'monitor.table.indicator': 'Indicator',
  'monitor.table.zuidwest': 'Zuidwest',
  'monitor.table.city': 'Den Haag',
  'monitor.table.gap': 'Verschil',
  'monitor.table.status': 'Op weg naar 2040',
  'monitor.table.years': 'Jaren met cijfers',
  'monitor.table.year': 'Jaar',
  'monitor.table.caption': 'Indicatoren van de lijn {line}',
  'monitor.notComparable': 'niet te vergelijken',
  'monitor.inYear': '{value} ({year})',
  'monitor.status.met': 'Doel gehaald',
  'monitor.status.on-track': 'Op koers',
  'monitor.status.off-track': 'Niet op koers',
  'monitor.status.unknown': 'Onbekend',
  'monitor.reason.too-few-years': 'te weinig jaren om te zeggen',
  'monitor.reason.no-data': 'geen cijfers',
  'monitor.reason.no-target': 'er is nog geen doel voor dit getal',
  'monitor.years.one': '1 jaar',
  'monitor.years.other': '{count} jaren',
  'monitor.trend': 'Trend: het verschil wordt elk jaar {change} kleiner.',
  'monitor.trend.wider': 'Trend: het verschil wordt elk jaar {change} groter.',

  'monitor.indicator.definition': 'Wat wij meten',
  'monitor.indicator.formula': 'Zo rekenen wij',
  'monitor.indicator.source': 'Bron',
  'monitor.indicator.licence': 'Licentie: {licence}',
  'monitor.indicator.chart': '{title}: Zuidwest, de wijken en Den Haag per jaar',
  'monitor.indicator.chartSummary':
    'Lijngrafiek van {title} per jaar. Jaren zonder cijfers zijn open gelaten. De tabel hieronder heeft dezelfde cijfers.',
  'monitor.indicator.map': 'Kaart: {title} per buurt in {year}',
  'monitor.indicator.mapTable': '{title} per buurt in {year}',
  'monitor.indicator.mapNone': 'Er zijn geen cijfers per buurt voor deze indicator.',
  'monitor.indicator.legend': 'Legenda',
  'monitor.indicator.legend.low': 'laag ({value})',
  'monitor.indicator.legend.high': 'hoog ({value})',
  'monitor.indicator.legend.unknown': 'onbekend',
  'monitor.indicator.buurt': 'Buurt',
  'monitor.indicator.value': 'Waarde',
  'monitor.indicator.download': 'Download de cijfers (CSV)',
  'monitor.indicator.summary.worse':
    'In Zuidwest is {title} {comparison} dan in heel Den Haag: {zuidwest} tegen {city} in {year}.',
  'monitor.indicator.summary.same':
    'In Zuidwest is {title} even hoog als in heel Den Haag: {zuidwest} in {year}.',
  'monitor.indicator.summary.count': 'In Zuidwest is {title} {zuidwest} in {year}.',
  'monitor.indicator.summary.none': 'Er zijn nog geen cijfers voor Zuidwest.',
  'monitor.comparison.higher': 'hoger',
  'monitor.comparison.lower': 'lager',
  'monitor.back': 'Terug naar de monitor',
  'monitor.wijk.title': 'Cijfers over deze wijk',
  'monitor.wijk.shared':
    'Het CBS telt Bouwlust en Vrederust als één wijk. De cijfers hieronder gaan over beide wijken samen.',
  'monitor.wijk.value': 'Deze wijk',
  'monitor.wijk.more': 'Alle cijfers in de monitor',

  'monitor.unit.per-1000': 'per 1.000 inwoners',
  'monitor.unit.percent': 'procent',
  'monitor.unit.count': 'aantal',

  'monitor.indicator.bijstand.title': 'het aantal mensen in de bijstand (per 1.000 inwoners)',
  'monitor.indicator.bijstand.name': 'Mensen in de bijstand',
  'monitor.indicator.bijstand.definition':
    'Het aantal mensen met een bijstandsuitkering, per 1.000 inwoners. Minder is beter.',
  'monitor.indicator.bijstand.formula':
    'Mensen met bijstand (PersonenPerSoortUitkeringBijstand) gedeeld door het aantal inwoners (AantalInwoners), keer 1.000. Voor Zuidwest tellen wij eerst de aantallen van de drie wijken op.',
  'monitor.indicator.ww-uitkering.title': 'het aantal mensen met WW (per 1.000 inwoners)',
  'monitor.indicator.ww-uitkering.name': 'Mensen met een WW-uitkering',
  'monitor.indicator.ww-uitkering.definition':
    'Het aantal mensen met een werkloosheidsuitkering (WW), per 1.000 inwoners. Minder is beter.',
  'monitor.indicator.ww-uitkering.formula':
    'Mensen met WW (PersonenPerSoortUitkeringWW) gedeeld door het aantal inwoners (AantalInwoners), keer 1.000. Voor Zuidwest tellen wij eerst de aantallen van de drie wijken op.',
  'monitor.indicator.laag-inkomen.title': 'het deel van de huishoudens met een laag inkomen (procent)',
  'monitor.indicator.laag-inkomen.name': 'Huishoudens met een laag inkomen',
  'monitor.indicator.laag-inkomen.definition':
    'Van elke 100 huishoudens: hoeveel hebben een inkomen onder de lage-inkomensgrens van het CBS. Minder is beter.',
  'monitor.indicator.laag-inkomen.formula':
    'Het CBS geeft een percentage (HuishoudensMetEenLaagInkomen). Wij maken daar weer een aantal van met het aantal huishoudens (HuishoudensTotaal). Voor Zuidwest tellen wij die aantallen op en delen door alle huishoudens. Het CBS rekent het percentage over huishoudens met een bekend inkomen; daarom is de uitkomst voor Zuidwest een benadering.',
  'monitor.indicator.laag-opleidingsniveau.title':
    'het deel van de mensen met een laag opleidingsniveau (procent)',
  'monitor.indicator.laag-opleidingsniveau.name': 'Laag opleidingsniveau',
  'monitor.indicator.laag-opleidingsniveau.definition':
    'Van elke 100 mensen van 15 tot 75 jaar: hoeveel hebben als hoogste opleiding basisschool, vmbo, of de eerste jaren van havo of vwo. Minder is beter.',
  'monitor.indicator.laag-opleidingsniveau.formula':
    'Mensen met een laag opleidingsniveau (OpleidingsniveauLaag) gedeeld door laag, middelbaar en hoog samen, keer 100. In 2019 was dit bij het CBS een proefstatistiek.',
  'monitor.indicator.woningvoorraad.title': 'het aantal woningen',
  'monitor.indicator.woningvoorraad.name': 'Woningen',
  'monitor.indicator.woningvoorraad.definition':
    'Het aantal woningen op 1 januari. Het programma wil er tot 2040 woningen bij bouwen.',
  'monitor.indicator.woningvoorraad.formula':
    'Het aantal woningen (Woningvoorraad) van het CBS. Voor Zuidwest tellen wij de drie wijken op. Een totaal is niet te vergelijken met heel Den Haag.',
  'monitor.indicator.arbeidsongeschiktheid.title':
    'het aantal mensen met een arbeidsongeschiktheidsuitkering (per 1.000 inwoners)',
  'monitor.indicator.arbeidsongeschiktheid.name': 'Mensen met een arbeidsongeschiktheidsuitkering',
  'monitor.indicator.arbeidsongeschiktheid.definition':
    'Het aantal mensen met een uitkering omdat zij (deels) niet kunnen werken door ziekte of een handicap, per 1.000 inwoners. Minder is beter.',
  'monitor.indicator.arbeidsongeschiktheid.formula':
    'Mensen met een AO-uitkering (PersonenPerSoortUitkeringAO) gedeeld door het aantal inwoners (AantalInwoners), keer 1.000. Voor Zuidwest tellen wij eerst de aantallen van de drie wijken op.',
  'monitor.indicator.wmo.title': 'het aantal mensen met Wmo-hulp (per 1.000 inwoners)',
  'monitor.indicator.wmo.name': 'Mensen met Wmo-hulp',
  'monitor.indicator.wmo.definition':
    'Het aantal mensen met hulp uit de Wet maatschappelijke ondersteuning (Wmo), per 1.000 inwoners. Minder is beter.',
  'monitor.indicator.wmo.formula':
    'Wmo-cliënten (WmoClienten) gedeeld door het aantal inwoners (AantalInwoners), keer 1.000. Voor Zuidwest tellen wij eerst de aantallen van de drie wijken op.',

  'monitor.line.onderwijs': 'Onderwijs',
  'monitor.line.werk-en-economie': 'Werk en economie',
  'monitor.line.wonen-en-leefomgeving': 'Wonen en leefomgeving',
  'monitor.line.veiligheid-en-leefbaarheid': 'Veiligheid en leefbaarheid',
  'monitor.line.gezondheid-en-vitaliteit': 'Gezondheid en vitaliteit',
  'monitor.line.sociale-samenhang-en-participatie': 'Sociale samenhang en participatie',
} as const;
