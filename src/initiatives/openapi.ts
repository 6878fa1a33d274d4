// SPDX-License-Identifier: EUPL-1.2
/** The initiatives' part of the OpenAPI document (merged in platform/api/routes.ts). */
import { publishableStatuses } from './rules.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const initiativesOpenApi = {
  paths: {
    '/initiatives': {
      get: {
        summary:
          'Toegekende bewonersinitiatieven waarvan de aanvrager toestemming gaf om ze te publiceren. Zonder persoonsgegevens.',
        parameters: [
          {
            name: 'wijk',
            in: 'query',
            required: false,
            schema: { type: 'string' },
            description: 'slug van de wijk',
          },
        ],
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { type: 'array', items: ref('Initiative') } } },
          },
          '400': { description: 'Ongeldige wijk', content: { 'application/json': { schema: ref('Error') } } },
        },
      },
    },
    '/initiatives/figures': {
      get: {
        summary:
          'Per wijk en jaar: aantal gepubliceerde initiatieven, toegekend bedrag en verwachte deelnemers',
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { type: 'array', items: ref('InitiativeFigures') } } },
          },
        },
      },
    },
  },
  schemas: {
    Initiative: {
      type: 'object',
      required: ['id', 'title', 'description', 'status', 'wijk', 'year', 'demo'],
      properties: {
        id: { type: 'integer' },
        title: { type: 'string' },
        description: { type: 'string' },
        status: { type: 'string', enum: [...publishableStatuses] },
        wijk: { type: 'string' },
        buurt: { type: ['string', 'null'] },
        granted_euros: { type: ['integer', 'null'] },
        participants_expected: { type: ['integer', 'null'] },
        starts_on: { type: ['string', 'null'], format: 'date' },
        year: { type: 'integer' },
        demo: { type: 'boolean', description: 'Een verzonnen voorbeeld (alleen met DEMO=1)' },
      },
    },
    InitiativeFigures: {
      type: 'object',
      required: ['wijk', 'year', 'initiatives', 'granted_euros', 'people_reached'],
      properties: {
        wijk: { type: 'string' },
        year: { type: 'integer' },
        initiatives: { type: 'integer' },
        granted_euros: { type: 'integer' },
        people_reached: { type: 'integer', description: 'Som van de verwachte deelnemers uit de aanvragen' },
      },
    },
  },
};
