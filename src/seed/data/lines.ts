// SPDX-License-Identifier: EUPL-1.2
/** The six lines with their main ambition 2040, and the goals per line (001 and 002). */
import type { SeedGoal, SeedLine } from '../dataset.ts';
import { FILES, src } from './sources.ts';

const AANPAK = 'NPZW Aanpak';

export const lines: SeedLine[] = [
  {
    slug: 'onderwijs',
    name: 'Onderwijs',
    position: 1,
    ambitionTitle: 'Gelijke onderwijskansen',
    ambition: 'Bewoners van Zuidwest hebben dezelfde onderwijskansen als andere inwoners van Den Haag.',
    source: src(
      FILES.meeting,
      AANPAK,
      'Bewoners van Zuidwest hebben dezelfde onderwijskansen als andere inwoners van Den Haag',
    ),
  },
  {
    slug: 'werk-en-economie',
    name: 'Werk en economie',
    position: 2,
    ambitionTitle: 'Perspectief op werk',
    ambition: 'Er is werk of werk van waarde voor iedereen die kan werken.',
    source: src(FILES.meeting, AANPAK, 'Er is werk of werk van waarde voor iedereen die kan werken'),
  },
  {
    slug: 'wonen-en-leefomgeving',
    name: 'Wonen en leefomgeving',
    position: 3,
    ambitionTitle: 'Fijn wonen in Zuidwest',
    ambition: 'Bewoners van Zuidwest wonen in een goede woning en een fijne omgeving.',
    source: src(
      FILES.meeting,
      AANPAK,
      'Bewoners van Zuidwest wonen in een goede woning en een fijne omgeving',
    ),
  },
  {
    slug: 'veiligheid-en-leefbaarheid',
    name: 'Veiligheid en leefbaarheid',
    position: 4,
    // 001 gives this line no separate ambition title; this is the title of the matching chapter in 002.
    ambitionTitle: 'Veilig en schoon!',
    ambition:
      'Bewoners en ondernemers voelen zich in 2040 net zo veilig in Zuidwest als in de rest van Den Haag.',
    source: src(
      FILES.meeting,
      AANPAK,
      'Bewoners en ondernemers voelen zich in 2040 net zo veilig in Zuidwest als in de rest van Den Haag',
    ),
  },
  {
    slug: 'gezondheid-en-vitaliteit',
    name: 'Gezondheid en vitaliteit',
    position: 5,
    // 001 gives this line no separate ambition title; this is the title of the matching chapter in 002.
    ambitionTitle: 'Wel zo gezond',
    ambition: 'Bewoners van Zuidwest voelen zich in 2040 net zo gezond als andere inwoners van Den Haag.',
    source: src(
      FILES.meeting,
      AANPAK,
      'Bewoners van Zuidwest voelen zich in 2040 net zo gezond als andere inwoners van Den Haag',
    ),
  },
  {
    slug: 'sociale-samenhang-en-participatie',
    name: 'Sociale samenhang en participatie',
    position: 6,
    // 001 gives this line no separate ambition title; this is the title of the matching chapter in 002.
    ambitionTitle: 'Thuis en gekend',
    ambition: 'Bewoners van Zuidwest voelen zich in 2040 thuis in hun wijk.',
    source: src(FILES.meeting, AANPAK, 'Bewoners van Zuidwest voelen zich in 2040 thuis in hun wijk'),
  },
];

type GoalInput = Pick<SeedGoal, 'slug' | 'lineSlug' | 'title' | 'source'> & Partial<SeedGoal>;

function goal(input: GoalInput): SeedGoal {
  return { description: null, targetValue: null, targetUnit: null, targetYear: null, ...input };
}

/** Goals 2040 from the residents' meeting (001, slide "NPZW Aanpak", "Doelen 2040"). */
const meetingGoal = (quote: string) => src(FILES.meeting, `${AANPAK} > Doelen 2040`, quote);

const C_ONDERWIJS = '3. Gelijke onderwijskansen > Doelen';
const C_WERK = '4. Perspectief op werk > Doelen';
const C_WONEN = '5. Fijn wonen in Zuidwest > Doelen';
const C_VEILIG = '6. Veilig en schoon! > Doelen';
const C_GEZOND = '7. Wel zo gezond > Doelen';
const C_THUIS = '2. Thuis en gekend > Doelen';

export const goals: SeedGoal[] = [
  // --- Onderwijs -------------------------------------------------------------------------------
  goal({
    slug: 'voorkomen-dat-kinderen-achterstanden-oplopen',
    lineSlug: 'onderwijs',
    title: 'Voorkomen dat kinderen achterstanden oplopen',
    description:
      'Kinderen gaan goed voorbereid naar de basisschool, door gratis voorschoolse educatie. Kinderen van 5 tot 18 jaar hebben een langere schooltijd.',
    source: meetingGoal('Kinderen van 5 tot 18 jaar hebben een verlengde schooltijd.'),
  }),
  goal({
    slug: 'betere-schoolresultaten-en-vaardigheden',
    lineSlug: 'onderwijs',
    title: 'Kinderen halen betere schoolresultaten en leren de juiste vaardigheden',
    description:
      'Betere verbanden tussen school, ouders en voorzieningen in de wijk, zoals sport en jeugdhulp. Meer professionals werken vanuit het schoolgebouw.',
    source: meetingGoal(
      'Betere verbanden tussen school, ouders en voorzieningen in de wijk, zoals sport en jeugdhulp.',
    ),
  }),
  goal({
    slug: 'onderwijs-sluit-aan-op-werk',
    lineSlug: 'onderwijs',
    title: 'Onderwijs sluit aan op werk in kansrijke sectoren (zorg, bouw, energietransitie)',
    description: 'Betere match tussen bewoners, opleidingen en werk in de wijk.',
    source: meetingGoal('Betere match tussen bewoners, opleidingen en werk in de wijk.'),
  }),
  goal({
    slug: 'achterstand-voorkomen',
    lineSlug: 'onderwijs',
    title: 'Achterstand voorkomen',
    description:
      'Kinderen gaan naar de voorschool en starten goed voorbereid op de basisschool. Meer peuters doen mee aan voorschoolse educatie. Van de kinderen met een VVE-indicatie deed in Den Haag in 2020 60% mee; in Zuidwest was dat 66%.',
    source: src(
      FILES.concept,
      `${C_ONDERWIJS} > Achterstand voorkomen`,
      'Kinderen starten op de voorschool en gaan goed voorbereid naar de basisschool.',
    ),
  }),
  goal({
    slug: 'achterstand-inhalen',
    lineSlug: 'onderwijs',
    title: 'Achterstand inhalen',
    description:
      'Door corona zijn achterstanden in Zuidwest groter geworden. Goede aanpakken uit het Nationaal Programma Onderwijs (NPO) gaan door, ook als het NPO stopt.',
    source: src(
      FILES.concept,
      `${C_ONDERWIJS} > Achterstand inhalen`,
      'zetten we in op voortzetting van de succesvolle interventies uit het NPO voor de langere termijn',
    ),
  }),
  goal({
    slug: 'goede-start-minder-schooluitval',
    lineSlug: 'onderwijs',
    title: 'Goede start en terugdringen voortijdige schooluitval',
    description:
      'Jongeren krijgen een goede start op de middelbare school. Minder jongeren stoppen zonder diploma. Nu gaat maar 17% van de jongeren uit de wijk naar een middelbare school in de wijk.',
    source: src(
      FILES.concept,
      `${C_ONDERWIJS} > Goede start en terugdringen voertijdige schooluitval`,
      'Slechts 17% van de jongeren uit de wijk gaat naar het voortgezet onderwijs in de wijk.',
    ),
  }),
  goal({
    slug: 'ouders-aan-zet',
    lineSlug: 'onderwijs',
    title: 'Ouders aan zet',
    description:
      'Ouders zijn de belangrijkste partner in de ontwikkeling van hun kind. Scholen bereiken ouders beter. Iedere basisschool krijgt een ouderfunctionaris.',
    source: src(
      FILES.concept,
      `${C_ONDERWIJS} > Ouders aan zet`,
      'Iedere basisschool krijgt een ouderfunctionaris.',
    ),
  }),

  // --- Werk en economie ------------------------------------------------------------------------
  goal({
    slug: 'meer-mensen-hebben-bestaanszekerheid',
    lineSlug: 'werk-en-economie',
    title: 'Meer mensen hebben bestaanszekerheid',
    description: 'Bewoners zijn financieel stabiel. Schulden worden voorkomen en opgelost.',
    source: meetingGoal('Bewoners zijn financieel stabiel. Voorkomen en oplossen van schulden'),
  }),
  goal({
    slug: 'meer-mensen-werken-in-eigen-wijk',
    lineSlug: 'werk-en-economie',
    title: 'Meer mensen werken of doen werk van waarde in de eigen wijk',
    description:
      'Meer en sterke verbanden tussen (werk)plek, stapschakels en banen in kansrijke sectoren (zorg, bouw, energietransitie).',
    source: meetingGoal('Meer mensen werken of doen werk van waarde in de eigen wijk'),
  }),
  goal({
    slug: 'er-is-meer-werk',
    lineSlug: 'werk-en-economie',
    title: 'Er is meer werk',
    description:
      'Ondernemerschap en het ondernemersklimaat bevorderen en verbeteren. Er zijn meer bedrijven.',
    source: meetingGoal('Ondernemerschap en ondernemersklimaat bevorderen en verbeteren'),
  }),
  goal({
    slug: 'zinvolle-dagbesteding',
    lineSlug: 'werk-en-economie',
    title: 'Zinvolle dagbesteding',
    description:
      'Wie (nog) niet kan werken, krijgt een zinvolle dagbesteding. Concreet: meer inwoners doen mee in de wijk en spreken Nederlands. Mensen met veel problemen tegelijk worden in één keer goed geholpen. Meer jongeren gaan door naar een goede opleiding of baan. Minder mensen hebben problematische schulden. Meer mensen stromen door van werk naar werk.',
    source: src(
      FILES.concept,
      `${C_WERK} > Zinvolle dagbesteding`,
      'Meer inwoners met multiproblematiek worden in één keer goed geholpen.',
    ),
  }),
  goal({
    slug: 'versterken-vestigingsklimaat',
    lineSlug: 'werk-en-economie',
    title: 'Versterken vestigingsklimaat / ondernemerschap',
    description:
      'Een beter vestigingsklimaat trekt ondernemers aan. Zo ontstaat werk. Concreet: meer werk in de groeisectoren, nieuwe ondernemers naar Zuidwest halen, en werken via sectordeals.',
    source: src(
      FILES.concept,
      `${C_WERK} > Versterken vestigingsklimaat / ondernemerschap`,
      'Nieuwe ondernemers naar Zuidwest halen.',
    ),
  }),
  goal({
    slug: 'extra-werkgelegenheid',
    lineSlug: 'werk-en-economie',
    title: 'Extra werkgelegenheid creëren',
    description:
      'Meer mensen aan het werk via opleidingen, sectordeals en werkgelegenheidstrajecten. De kansrijke sectoren voor Zuidwest zijn zorg, maakindustrie, bouw en logistiek.',
    source: src(
      FILES.concept,
      `${C_WERK} > Extra werkgelegenheid creëren`,
      'Meer mensen aan het werk via opleidingen, sectordeals en via werkgelegenheidstrajecten.',
    ),
  }),

  // --- Wonen en leefomgeving -------------------------------------------------------------------
  goal({
    slug: 'meer-en-kwalitatief-goede-woningen',
    lineSlug: 'wonen-en-leefomgeving',
    title: 'Meer en kwalitatief goede woningen',
    description:
      'Betaalbare, energiedoelmatige, schone en vochtvrije woningen. Meer huur- en koopwoningen in verschillende prijsklassen.',
    source: meetingGoal('Meer huur- en koopwoningen in verschillende prijsklassen'),
  }),
  goal({
    slug: 'fijnere-leefomgeving',
    lineSlug: 'wonen-en-leefomgeving',
    title: 'Fijnere leefomgeving',
    description:
      'De openbare ruimte is schoon, heel, veilig en toegankelijk. De omgeving is groen, gezond en duurzaam.',
    source: meetingGoal('De openbare ruimte is schoon, heel, veilig en toegankelijk.'),
  }),
  goal({
    slug: 'duurzamere-mobiliteit',
    lineSlug: 'wonen-en-leefomgeving',
    title: 'Duurzamere mobiliteit',
    description: 'Openbaar vervoer versterken, meer deelmobiliteit, meer mensen wandelen en fietsen.',
    source: meetingGoal('Openbaar vervoer versterken'),
  }),
  goal({
    slug: 'meer-woningen-gevarieerd-duurzaam',
    lineSlug: 'wonen-en-leefomgeving',
    title:
      'Meer woningen, gevarieerd, duurzaam, aantrekkelijk, levensloopbestendig en voor een gevarieerde bevolking',
    description:
      'Er komen meer en betere woningen, voor blijvers, stijgers en nieuwkomers. Woningen zijn gezond en veilig van binnen en goed onderhouden van buiten. Ze worden klaargemaakt voor duurzame warmte. Er komt meer ruimte voor bijzondere woonvormen en voor woningen voor groepen zoals onderwijzers en studenten.',
    source: src(
      FILES.concept,
      `${C_WONEN} > Meer woningen, gevarieerd, duurzaam, aantrekkelijk, levensloopbestendig en voor een gevarieerde bevolking`,
      'voor blijvers, stijgers en nieuwkomers',
    ),
  }),
  goal({
    slug: 'openbare-ruimte-waar-mensen-zich-thuis-voelen',
    lineSlug: 'wonen-en-leefomgeving',
    title: 'Openbare ruimte waar mensen zich thuis voelen',
    description:
      'De buurten houden hun groene karakter en het groen wordt beter te gebruiken. De openbare ruimte wordt duurzaam, gezond, veilig en klimaatbestendig. Lopen en fietsen wordt aantrekkelijker. Binnentuinen worden weer aantrekkelijk en toegankelijk voor de bewoners eromheen.',
    source: src(
      FILES.concept,
      `${C_WONEN} > Openbare ruimte waar mensen zich thuis voelen`,
      'Ons doel is dat de buurten van Zuidwest hun groene karakter behouden',
    ),
  }),
  goal({
    slug: 'duurzame-mobiliteit',
    lineSlug: 'wonen-en-leefomgeving',
    title: 'Duurzame mobiliteit',
    description:
      'In 2040 heeft Zuidwest betere verbindingen met openbaar vervoer, te voet en met de fiets. Eerst lopen, dan fietsen, dan openbaar vervoer, dan deelvervoer en pas dan de eigen auto.',
    source: src(
      FILES.concept,
      `${C_WONEN} > Duurzame mobiliteit`,
      'In 2040 heeft Zuidwest betere OV-, loop- en fietsverbindingen.',
    ),
  }),
  goal({
    slug: 'woningen-verbeterd-2040',
    lineSlug: 'wonen-en-leefomgeving',
    title: '25.000 woningen verbeterd in 2040',
    description:
      'In 2040 zijn 25.000 woningen in Zuidwest verbeterd of nieuw. Dat zijn 10.000 woningen die erbij komen, 8.500 woningen die gerenoveerd worden en 6.500 woningen die gesloopt en opnieuw gebouwd worden.',
    targetValue: 25000,
    targetUnit: 'woningen',
    targetYear: 2040,
    source: src(
      FILES.concept,
      '5. Fijn wonen in Zuidwest > Maatregelen > Meer woningen, gevarieerd, duurzaam, aantrekkelijk, levensloopbestendig en voor een gevarieerde bevolking',
      'een kwalitatieve verbetering van 25.000 (inclusief de netto toevoeging van 10.000) woningen in Zuidwest',
    ),
  }),
  goal({
    slug: 'woningen-toegevoegd-2040',
    lineSlug: 'wonen-en-leefomgeving',
    title: '10.000 woningen erbij in 2040',
    description:
      'In 2040 zijn er netto 10.000 woningen bijgekomen. Dat kan ook door gebouwen om te bouwen tot woningen.',
    targetValue: 10000,
    targetUnit: 'woningen',
    targetYear: 2040,
    source: src(
      FILES.concept,
      '5. Fijn wonen in Zuidwest > Maatregelen > Meer woningen, gevarieerd, duurzaam, aantrekkelijk, levensloopbestendig en voor een gevarieerde bevolking',
      'er zijn netto 10.000 woningen toegevoegd (kan ook door transformatie)',
    ),
  }),
  goal({
    slug: 'woningen-gerenoveerd-2040',
    lineSlug: 'wonen-en-leefomgeving',
    title: '8.500 woningen gerenoveerd in 2040',
    description: 'In 2040 zijn 8.500 woningen gerenoveerd.',
    targetValue: 8500,
    targetUnit: 'woningen',
    targetYear: 2040,
    source: src(
      FILES.concept,
      '5. Fijn wonen in Zuidwest > Maatregelen > Meer woningen, gevarieerd, duurzaam, aantrekkelijk, levensloopbestendig en voor een gevarieerde bevolking',
      '8.500 woningen gerenoveerd',
    ),
  }),
  goal({
    slug: 'woningen-sloop-nieuwbouw-2040',
    lineSlug: 'wonen-en-leefomgeving',
    title: '6.500 woningen gesloopt en nieuw gebouwd in 2040',
    description:
      'In 2040 zijn 6.500 woningen gesloopt en nieuw gebouwd. Volgens de top 10 gaat het om sociale woningen.',
    targetValue: 6500,
    targetUnit: 'woningen',
    targetYear: 2040,
    source: src(
      FILES.concept,
      '5. Fijn wonen in Zuidwest > Maatregelen > Meer woningen, gevarieerd, duurzaam, aantrekkelijk, levensloopbestendig en voor een gevarieerde bevolking',
      'In 2040 zijn er 6.500 woningen gesloopt en nieuw gebouwd',
    ),
  }),

  // --- Veiligheid en leefbaarheid --------------------------------------------------------------
  goal({
    slug: 'voorkomen-dat-jongeren-in-criminaliteit-belanden',
    lineSlug: 'veiligheid-en-leefbaarheid',
    title: 'Voorkomen dat jongeren in criminaliteit belanden',
    source: meetingGoal('VOORKOMEN DAT JONGEREN IN CRIMINALITEIT BELANDEN'),
  }),
  goal({
    slug: 'meer-jongeren-uit-de-criminaliteit',
    lineSlug: 'veiligheid-en-leefbaarheid',
    title: 'Meer jongeren uit de criminaliteit halen en de invloed van negatieve rolmodellen verkleinen',
    source: meetingGoal('DE CRIMINALITEIT HALEN EN DE INVLOED VAN NEGatieve ROLMODELLEN VERKLEINEN'),
  }),
  goal({
    slug: 'ondermijnende-criminaliteit-krijgt-minder-kans',
    lineSlug: 'veiligheid-en-leefbaarheid',
    title: 'Ondermijnende criminaliteit krijgt minder kans',
    source: meetingGoal('ONDERMIJNENDE CRIMINALITEIT KRIJGT MINDER KANS'),
  }),
  goal({
    slug: 'toegankelijke-wijkrechtspraak',
    lineSlug: 'veiligheid-en-leefbaarheid',
    title: 'Toegankelijke wijkrechtspraak met oplossingen voor multiproblematiek',
    source: meetingGoal('OPLOSSINGEN VOOR MULTIPROBLEMATIEK'),
  }),
  goal({
    slug: 'minder-jongeren-in-jeugdcriminaliteit',
    lineSlug: 'veiligheid-en-leefbaarheid',
    title: 'Minder jongeren raken betrokken in jeugdcriminaliteit',
    description:
      'Jongeren krijgen andere kansen dan de criminaliteit: school, werk en een goede woning. Hardnekkige groepen jongeren die overlast geven of criminaliteit plegen, worden gerichter aangepakt.',
    source: src(
      FILES.concept,
      `${C_VEILIG} > Minder jongeren raken betrokken in jeugdcriminaliteit`,
      'Gerichter aanpakken van hardnekkige overlast gevende en/of criminele jeugdgroepen.',
    ),
  }),
  goal({
    slug: 'minder-gelegenheid-ondermijning',
    lineSlug: 'veiligheid-en-leefbaarheid',
    title: 'Minder gelegenheid voor ondermijnende criminaliteit',
    description:
      'Het wordt moeilijker voor malafide ondernemers. Bewoners en jongeren worden minder kwetsbaar. Signalen van ondermijning worden aangepakt. Bewoners kunnen makkelijk en veilig melden, en horen wat er met hun melding gebeurt.',
    source: src(
      FILES.concept,
      `${C_VEILIG} > Minder gelegenheid voor ondermijnende criminaliteit`,
      'Branche en locatie-gerichte aanpak van malafide bedrijvigheid.',
    ),
  }),
  goal({
    slug: 'voorzieningen-en-spreiding-kwetsbare-bewoners',
    lineSlug: 'veiligheid-en-leefbaarheid',
    title:
      'Goede voorzieningen voor kwetsbare bewoners en een gelijkmatigere spreiding van deze doelgroep over de stad',
    description:
      'Kwetsbare bewoners krijgen hulp op de plek waar ze zijn, zodat problemen niet uit de hand lopen. Kwetsbare bewoners worden beter over de hele stad verdeeld.',
    source: src(
      FILES.concept,
      `${C_VEILIG} > Goede voorzieningen voor kwetsbare bewoners en een gelijkmatigere spreiding van deze doelgroep over de stad`,
      'Goede voorzieningen voor kwetsbare bewoners en een gelijkmatigere spreiding van deze doelgroep over de stad.',
    ),
  }),
  goal({
    slug: 'verbeteren-van-de-leefbaarheid',
    lineSlug: 'veiligheid-en-leefbaarheid',
    title: 'Verbeteren van de leefbaarheid',
    description:
      'De openbare ruimte wordt schoon, heel en veilig. Daarvoor is meer geld nodig voor beheer en afval. En inzet van frontlijnwerkers, wijkambassadeurs en community builders in de straat.',
    source: src(
      FILES.concept,
      `${C_VEILIG} > Verbeteren van de leefbaarheid`,
      'Om te komen tot een schone, hele en veilige openbare ruimte is op hoofdlijnen een hoger beheer- en afvalbudget nodig',
    ),
  }),

  // --- Gezondheid en vitaliteit ----------------------------------------------------------------
  goal({
    slug: 'mensen-bewegen-meer',
    lineSlug: 'gezondheid-en-vitaliteit',
    title: 'Mensen bewegen meer',
    description: 'Bewoners bewegen, sporten en spelen meer in de openbare ruimte.',
    source: meetingGoal('MENSEN BEWEGEN MEER'),
  }),
  goal({
    slug: 'gezonde-woningen-en-buitenruimte',
    lineSlug: 'gezondheid-en-vitaliteit',
    title: 'Gezonde woningen en buitenruimte',
    source: meetingGoal('GEZONDE WONINGEN EN BUITENRUIMTE'),
  }),
  goal({
    slug: 'mentaal-gezonde-wijken',
    lineSlug: 'gezondheid-en-vitaliteit',
    title: 'Mentaal gezonde wijken',
    source: meetingGoal('MENTAAL GEZONDE WIKKEN'),
  }),
  goal({
    slug: 'meer-mensen-schuldenzorgvrij',
    lineSlug: 'gezondheid-en-vitaliteit',
    // The slide is garbled here ("ZUN G.SCHULDENZORGVERU"); this is the most likely reading.
    title: 'Meer mensen zijn schuldenzorgvrij',
    source: meetingGoal('MEER MENSEN ZUN G.SCHULDENZORGVERU'),
  }),
  goal({
    slug: 'kinderen-groeien-gezond-op',
    lineSlug: 'gezondheid-en-vitaliteit',
    title: 'Kinderen groeien gezond op',
    source: meetingGoal('KINDEREN GROEIEN GEZOND OP'),
  }),
  goal({
    slug: 'verbinding-medisch-en-sociaal-domein',
    lineSlug: 'gezondheid-en-vitaliteit',
    title: 'Sterkere verbinding tussen medisch en sociaal domein',
    description:
      'Zorg en welzijn werken samen in wijknetwerken. Dat is voor bewoners met grote gezondheidsrisico’s en veel problemen tegelijk.',
    source: src(
      FILES.concept,
      `${C_GEZOND} > Sterkere verbinding tussen medisch en sociaal domein`,
      'wordt in wijknetwerken van sociaal en medisch domein samengewerkt',
    ),
  }),
  goal({
    slug: 'preventie-vanuit-de-sociale-basis',
    lineSlug: 'gezondheid-en-vitaliteit',
    title:
      'Met preventie beter aansluiten bij de leefwereld van de inwoners door vanuit de sociale basis bottom up te werken',
    description:
      'Preventie begint in de wijk, bij wat bewoners zelf belangrijk vinden. Bijvoorbeeld met laagdrempelig ontmoeten, sporten en bewegen. En met hulp bij stress door problemen met werk, inkomen of schulden.',
    source: src(
      FILES.concept,
      `${C_GEZOND} > Met preventie beter aansluiten bij de leefwereld van de inwoners door vanuit de sociale basis bottom up te werken`,
      'De sociale basis vormt het fundament voor de inzet van interventies die bijdragen aan het verbeteren van de gezondheid.',
    ),
  }),
  goal({
    slug: 'perspectief-voor-de-jeugd-gezondheid',
    lineSlug: 'gezondheid-en-vitaliteit',
    title: 'Perspectief bieden voor de jeugd',
    description:
      'Gezondheidsproblemen vroeg aanpakken, zodat ze niet worden doorgegeven aan de volgende generatie. Samen met onderwijs, sport en welzijn.',
    source: src(
      FILES.concept,
      `${C_GEZOND} > Perspectief bieden voor de jeugd`,
      'Starten op jonge leeftijd met de aanpak van gezondheidsproblemen werkt generatie doorbrekend.',
    ),
  }),
  goal({
    slug: 'verbinding-strategie-beleid-praktijk',
    lineSlug: 'gezondheid-en-vitaliteit',
    title: 'Sterkere verbinding strategie, beleid en praktijk',
    description:
      'Gezondheid vraagt een aanpak van tientallen jaren, met een duidelijke visie. Beleid en wat bewoners in de wijk merken, moeten goed op elkaar aansluiten.',
    source: src(
      FILES.concept,
      `${C_GEZOND} > Sterkere verbinding strategie, beleid en praktijk`,
      'Om duurzaam aan gezondheid te werken is een decennialange, preventieaanpak nodig',
    ),
  }),

  // --- Sociale samenhang en participatie -------------------------------------------------------
  goal({
    slug: 'meer-vertrouwen-in-de-overheid',
    lineSlug: 'sociale-samenhang-en-participatie',
    title: 'Bewoners hebben meer vertrouwen in de overheid en maatschappelijke instanties',
    description: 'Meer contact en aansluiting bij bestuursvorming.',
    source: meetingGoal('BEWONERS HEBBEN MEER VERTROUWEN IN DE OVERHEID EN MAATSCHAPPELIJKE INSTANTIES'),
  }),
  goal({
    slug: 'meer-en-beter-contact-tussen-bewoners',
    lineSlug: 'sociale-samenhang-en-participatie',
    title: 'Meer en beter contact tussen bewoners',
    description: 'Meer ontmoetingsruimte.',
    source: meetingGoal('MEER EN BETER CONTACT TUSSEN BEWONERS'),
  }),
  goal({
    slug: 'meer-ruimte-voor-initiatieven-van-bewoners',
    lineSlug: 'sociale-samenhang-en-participatie',
    title: 'Meer ruimte voor initiatieven van bewoners',
    description: 'Versterking van bewonersinitiatieven.',
    source: meetingGoal('MEER RUIMTE VOOR INITIATIEVEN VAN BEWONERS'),
  }),
  goal({
    slug: 'eenduidige-participatieaanpak',
    lineSlug: 'sociale-samenhang-en-participatie',
    title: 'Eenduidige mensgerichte werkwijze bij de Participatie- en communicatieaanpak Zuidwest',
    description:
      'Verantwoordelijkheden delen: zonder inbreng en zeggenschap van bewoners komen er geen goede maatregelen. De gemeente houdt zich aan basisregels: duidelijke kaders, open processen, heldere communicatie, duidelijkheid over hoeveel invloed bewoners hebben en op tijd terugkoppelen. Er komt per wijk een vaste participatie-infrastructuur.',
    source: src(
      FILES.concept,
      `${C_THUIS} > 1. Verantwoordelijkheden delen > Eenduidige mensgerichte werkwijze bij de Participatie- en communicatieaanpak Zuidwest`,
      'duidelijkheid over invloedniveau en tijdige terugkoppeling',
    ),
  }),
  goal({
    slug: 'versterken-wijkdemocratie',
    lineSlug: 'sociale-samenhang-en-participatie',
    title: 'Versterken wijkdemocratie',
    description:
      'Bewoners krijgen meer invloed op wat er in hun wijk gebeurt en waar het geld naartoe gaat. Bijvoorbeeld met wijkagenda’s en wijkbudgetten.',
    source: src(
      FILES.concept,
      `${C_THUIS} > 1. Verantwoordelijkheden delen > Versterken wijkdemocratie`,
      'Wijkdemocratie betekent dat gezocht wordt naar vormen om de wijkbewoners invloed te geven op de bestedingen en activiteiten in hun wijk',
    ),
  }),
  goal({
    slug: 'kennis-in-de-wijken-benutten',
    lineSlug: 'sociale-samenhang-en-participatie',
    title:
      'De kennis in de wijken beter benutten om te komen tot sterkere oplossingen, meer draagvlak en een betere aansluiting van het beleid op de praktijk in de wijken',
    description:
      'Gemeente, organisaties en bewoners pakken grote vragen samen aan, in gemengde opgaveteams. De gemeente is duidelijk aanwezig en aanspreekbaar in de wijken.',
    source: src(
      FILES.concept,
      `${C_THUIS} > 1. Verantwoordelijkheden delen > De kennis in de wijken beter benutten`,
      'wordt samengewerkt in opgaveteams met een gemengde samenstelling',
    ),
  }),
  goal({
    slug: 'meer-en-betere-ontmoetingsplekken',
    lineSlug: 'sociale-samenhang-en-participatie',
    title: 'Versterken van de sociale cohesie door meer en betere ontmoetingsplekken in de wijken',
    description:
      'Er komen meer plekken waar bewoners elkaar makkelijk en goedkoop ontmoeten, ook na 5 uur. En meer sport en cultuur in de wijk.',
    source: src(
      FILES.concept,
      `${C_THUIS} > 2. Stimuleren van vertrouwen in eigen kracht en zelfredzaamheid van bewoners en ondernemers > Versterken van de sociale cohesie door meer en betere ontmoetingsplekken in de wijken`,
      'Het kopje koffie moet daar betaalbaar zijn.',
    ),
  }),
  goal({
    slug: 'stevige-gesprekspartners',
    lineSlug: 'sociale-samenhang-en-participatie',
    title: 'Stevige gesprekspartners in de grootschalige ontwikkelingen in Zuidwest',
    description:
      'Bewonersorganisaties, buurtplatforms en wijknetwerken zijn belangrijke gesprekspartners bij de vernieuwing van Zuidwest. Er komt een vaste dialoog in plaats van losse inspraak. Kinderen en jongeren krijgen ook een stem.',
    source: src(
      FILES.concept,
      `${C_THUIS} > 2. Stimuleren van vertrouwen in eigen kracht en zelfredzaamheid van bewoners en ondernemers > Stevige gesprekspartners in de grootschalige ontwikkelingen in Zuidwest`,
      'We willen daarbij af van incidentele participatie en naar een constante dialoog toe werken.',
    ),
  }),
  goal({
    slug: 'vaardigheden-om-mee-te-doen',
    lineSlug: 'sociale-samenhang-en-participatie',
    title: 'Versterken van de vaardigheden om mee te kunnen doen bij individuele bewoners',
    description:
      'Bewoners leren de taal en digitale vaardigheden, zodat ze mee kunnen doen. Er is extra aandacht voor de positie van vrouwen.',
    source: src(
      FILES.concept,
      `${C_THUIS} > 2. Stimuleren van vertrouwen in eigen kracht en zelfredzaamheid van bewoners en ondernemers > Versterken van de vaardigheden om mee te kunnen doen bij individuele bewoners`,
      'Voor een goede verbinding tussen bewoners, is taal heel belangrijk.',
    ),
  }),
];
