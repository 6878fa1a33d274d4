// SPDX-License-Identifier: EUPL-1.2
/** The shared status workflow's texts (spread into the catalogue in src/i18n/nl.ts). */
export const workflowMessages = {
  'workflow.conflict':
    'De status is intussen veranderd door iemand anders. Uw keuze is niet opgeslagen. Bekijk de status hieronder en kies opnieuw.',
  'workflow.history.title': 'Geschiedenis van de status',
  'workflow.history.dateUnknown': 'Datum onbekend',
  'workflow.history.change': '{from} → {to}',
  'workflow.history.by': 'door {name}',
  'workflow.history.reason': 'Reden: {reason}',
  'workflow.reason.required': 'Schrijf waarom de status verandert. Bewoners lezen deze reden.',
} as const;
