// SPDX-License-Identifier: EUPL-1.2
/** The monitor's paths and schemas for the OpenAPI 3.1 document at /api/v1/openapi.json. */
import { indicatorKeys } from './indicators.ts';

const nullableNumber = { type: ['number', 'null'] };
const key = { name: 'key', in: 'path', required: true, schema: { type: 'string', enum: [...indicatorKeys] } };
const notFound = {
  description: 'Onbekende indicator',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

const summaryProperties = {
  key: { type: 'string', enum: [...indicatorKeys] },
  name: { type: 'string' },
  line: { type: 'string', description: 'De programmalijn (slug)' },
  definition: { type: 'string' },
  formula: { type: 'string', description: 'Hoe de waarde uit de CBS-cijfers wordt berekend' },
  unit: { type: 'string', enum: ['per-1000', 'percent', 'count'] },
  direction: { type: 'string', enum: ['higher', 'lower'], description: 'Welke kant beter is' },
  comparable: { type: 'boolean', description: 'Of Zuidwest met heel Den Haag te vergelijken is' },
  cbs_keys: { type: 'array', items: { type: 'string' } },
  source: { type: 'string' },
  licence: { type: 'string' },
  latest: {
    type: ['object', 'null'],
    properties: {
      year: { type: 'integer' },
      zuidwest: { type: 'number' },
      city: nullableNumber,
      gap: nullableNumber,
    },
  },
  status: { type: 'string', enum: ['met', 'on-track', 'off-track', 'unknown'] },
  status_reason: { type: ['string', 'null'], enum: ['no-data', 'too-few-years', null] },
  years_with_data: { type: 'integer' },
};

export const monitorOpenApi = {
  paths: {
    '/indicators': {
      get: {
        summary: 'De indicatoren van de monitor: Zuidwest tegen Den Haag, het verschil en de koers naar 2040',
        responses: {
          '200': {
            description: 'OK',
            content: {
              'application/json': {
                schema: { type: 'array', items: { $ref: '#/components/schemas/IndicatorSummary' } },
              },
            },
          },
        },
      },
    },
    '/indicators/{key}': {
      get: {
        summary: 'Eén indicator met de waarden per gebied en jaar, het verschil en de trend',
        parameters: [key],
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Indicator' } } },
          },
          '404': notFound,
        },
      },
    },
    '/indicators.csv': {
      get: {
        summary: 'Alle waarden van de monitor als CSV (één regel per indicator, gebied en jaar)',
        parameters: [{ ...key, in: 'query', name: 'indicator', required: false }],
        responses: {
          '200': { description: 'OK', content: { 'text/csv': { schema: { type: 'string' } } } },
          '400': notFound,
        },
      },
    },
  },
  schemas: {
    IndicatorSummary: { type: 'object', properties: summaryProperties },
    Indicator: {
      type: 'object',
      properties: {
        ...summaryProperties,
        years: { type: 'array', items: { type: 'integer' } },
        values: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              area_code: { type: 'string' },
              area_name: { type: 'string' },
              level: { type: 'string', enum: ['gemeente', 'zuidwest', 'wijk', 'buurt'] },
              values: { type: 'array', items: nullableNumber, description: 'Eén per jaar; null is onbekend' },
            },
          },
        },
        gap: { type: 'array', items: nullableNumber },
        trend: {
          type: 'object',
          properties: {
            method: { type: 'string' },
            target_year: { type: 'integer' },
            slope_per_year: nullableNumber,
            projected_gap: nullableNumber,
          },
        },
        targets: { type: 'array', items: { type: 'object' } },
      },
    },
  },
};
