// SPDX-License-Identifier: EUPL-1.2
/** Consultations' paths and schemas for the OpenAPI 3.1 document at /api/v1/openapi.json. */
import { consultationLevels, contributionChannels, contributionStatuses } from './types.ts';

const nullableString = { type: ['string', 'null'] };
const wijkParameter = {
  name: 'wijk',
  in: 'query',
  schema: { type: 'string' },
  description: 'slug van een wijk',
};
const badRequest = { description: 'Onbekende of ongeldige waarde in de vraag' };

export const consultationsOpenApi = {
  paths: {
    '/consultations': {
      get: {
        summary: 'Inspraakmomenten, met invloed, data, stand en cijfers over antwoorden',
        parameters: [wijkParameter],
        responses: {
          '200': {
            description: 'OK',
            content: {
              'application/json': {
                schema: { type: 'array', items: { $ref: '#/components/schemas/Consultation' } },
              },
            },
          },
          '400': badRequest,
        },
      },
    },
    '/consultations.ics': {
      get: {
        summary: 'Inspraakmomenten als agenda (iCalendar), voor heel Zuidwest of één wijk',
        parameters: [wijkParameter],
        responses: {
          '200': { description: 'OK', content: { 'text/calendar': { schema: { type: 'string' } } } },
          '400': badRequest,
        },
      },
    },
    '/contributions': {
      get: {
        summary: 'De reacties op een inspraakmoment met hun openbare antwoord (zonder persoonsgegevens)',
        parameters: [
          {
            name: 'consultation',
            in: 'query',
            required: true,
            schema: { type: 'string' },
            description: 'slug van het inspraakmoment',
          },
          {
            name: 'page',
            in: 'query',
            schema: { type: 'integer', minimum: 1 },
            description: '100 per pagina',
          },
        ],
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ContributionPage' } } },
          },
          '400': badRequest,
          '404': { description: 'Dit inspraakmoment bestaat niet' },
        },
      },
    },
  },
  schemas: {
    Consultation: {
      type: 'object',
      properties: {
        slug: { type: 'string' },
        title: { type: 'string' },
        organiser: { type: 'string' },
        summary: { type: 'string' },
        wijk: { type: 'string' },
        buurten: {
          type: 'array',
          items: { type: 'string' },
          description: 'CBS-buurtcodes; leeg: de hele wijk',
        },
        starts_on: { type: 'string', format: 'date' },
        ends_on: { type: 'string', format: 'date' },
        status: { type: 'string', enum: ['planned', 'open', 'closed'] },
        level: { type: 'string', enum: consultationLevels },
        open_for_discussion: { type: 'string' },
        not_open_for_discussion: { type: 'string' },
        answer_promised_on: { type: 'string', format: 'date' },
        method: { type: 'string' },
        summary_after_closing: {
          type: ['object', 'null'],
          properties: {
            heard: { type: 'string' },
            will_do: { type: 'string' },
            wont_do: { type: 'string' },
            published_at: { type: 'string', format: 'date-time' },
          },
        },
        answers: {
          type: 'object',
          description: 'Verborgen en samengevoegde reacties tellen niet mee',
          properties: {
            contributions: { type: 'integer' },
            answered: { type: 'integer' },
            share_answered: { type: ['number', 'null'] },
            median_days_to_answer: { type: ['number', 'null'] },
            overdue: { type: 'integer' },
          },
        },
        example: { type: 'boolean', description: 'true: een verzonnen voorbeeld (DEMO=1)' },
        url: { type: 'string', format: 'uri' },
      },
    },
    ContributionPage: {
      type: 'object',
      properties: {
        consultation: { type: 'string' },
        page: { type: 'integer' },
        pages: { type: 'integer' },
        total: { type: 'integer' },
        contributions: { type: 'array', items: { $ref: '#/components/schemas/Contribution' } },
      },
    },
    Contribution: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        received_at: { type: 'string', format: 'date-time' },
        channel: { type: 'string', enum: contributionChannels },
        people: { type: 'integer' },
        status: { type: 'string', enum: contributionStatuses },
        text: { ...nullableString, description: 'null als de reactie verborgen is' },
        moderation_reason: nullableString,
        merged_into: { type: ['integer', 'null'] },
        answer: {
          type: ['object', 'null'],
          properties: {
            text: { type: 'string' },
            answered_at: { type: 'string', format: 'date-time' },
            by: { type: 'string' },
          },
        },
        example: { type: 'boolean' },
      },
    },
  },
};
