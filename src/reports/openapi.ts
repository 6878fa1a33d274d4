// SPDX-License-Identifier: EUPL-1.2
/** Reports' part of the OpenAPI document (merged in platform/api/routes.ts). */
import { categories, reportStatuses, sensitiveCategories } from './rules.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullableString = { type: ['string', 'null'] };
const nullableNumber = { type: ['number', 'null'] };
const date = { type: 'string', format: 'date' };

const figures = {
  type: 'object',
  required: [
    'count',
    'closed',
    'medianHoursToResponse',
    'medianDaysToClose',
    'solvedByReporter',
    'judgedByReporter',
  ],
  properties: {
    count: { type: 'integer', description: 'Meldingen (samengevoegde tellen één keer)' },
    closed: { type: 'integer' },
    medianHoursToResponse: {
      ...nullableNumber,
      description: 'Mediaan uren tot een medewerker de melding oppakt',
    },
    medianDaysToClose: { ...nullableNumber, description: 'Mediaan dagen tot afhandeling' },
    solvedByReporter: { type: 'integer', description: 'Melders die zeiden dat het is opgelost' },
    judgedByReporter: { type: 'integer', description: 'Melders die iets zeiden over de oplossing' },
  },
};

export const reportsOpenApi = {
  paths: {
    '/reports': {
      get: {
        summary:
          'Openbare meldingen, nieuwste eerst: nooit gevoelige meldingen, geen persoonsgegevens, plek alleen als buurt',
        parameters: [
          { name: 'wijk', in: 'query', schema: { type: 'string' }, description: 'slug van de wijk' },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
          { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
        ],
        responses: {
          '200': {
            description: 'OK',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['total', 'reports'],
                  properties: {
                    total: { type: 'integer' },
                    reports: { type: 'array', items: ref('Report') },
                  },
                },
              },
            },
          },
          '404': { description: 'Onbekende wijk', content: { 'application/json': { schema: ref('Error') } } },
        },
      },
    },
    '/reports/figures': {
      get: {
        summary:
          'Cijfers over meldingen: hoeveel, hoe snel, hoeveel opgelost volgens de melder; per onderwerp en wijk',
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: ref('ReportFigures') } },
          },
        },
      },
    },
  },
  schemas: {
    Report: {
      type: 'object',
      required: ['reference', 'category', 'buurt', 'status', 'received_on', 'demo'],
      properties: {
        reference: { type: 'string', example: 'M-00042' },
        category: {
          type: 'string',
          enum: categories.filter((c) => !sensitiveCategories.includes(c)),
        },
        buurt: {
          type: 'object',
          properties: { code: { type: 'string', description: 'CBS-buurtcode' }, name: nullableString },
        },
        status: { type: 'string', enum: reportStatuses.filter((s) => s !== 'merged') },
        forwarded_to: { ...nullableString, description: 'De partner, als de melding is doorgestuurd' },
        answer: { ...nullableString, description: 'Wat er is gedaan, als de melding is afgehandeld' },
        answered_on: { type: ['string', 'null'], format: 'date' },
        received_on: date,
        demo: { type: 'boolean', description: 'Voorbeeldmelding (alleen met DEMO=1)' },
      },
    },
    ReportFigures: {
      type: 'object',
      properties: {
        all: figures,
        by_category: {
          type: 'array',
          items: { ...figures, properties: { category: { type: 'string' }, ...figures.properties } },
        },
        by_wijk: {
          type: 'array',
          items: {
            ...figures,
            properties: { wijk: { type: 'string' }, name: { type: 'string' }, ...figures.properties },
          },
        },
      },
    },
  },
};
