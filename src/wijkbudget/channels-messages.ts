// SPDX-License-Identifier: EUPL-1.2
/**
 * Texts for one vote per resident across channels that came with the four-eyes code batches and the
 * letters per buurt (issue 9). Spread into the catalogue in src/i18n/nl.ts.
 */
export const channelsMessages = {
  'wijkbudget.letter.buurt': 'Voor de buurt {buurt}',
  'wijkbudget.admin.requests.refused.letterRejected':
    'Daarom is de aanvraag afgewezen. Er is geen nieuwe code gemaakt.',
} as const;
