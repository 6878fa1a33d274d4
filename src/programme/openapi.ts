// SPDX-License-Identifier: EUPL-1.2
/** This part's paths and schemas for the OpenAPI 3.1 document at /api/v1/openapi.json. */

const source = { $ref: '#/components/schemas/Source' };
const slugList = { type: 'array', items: { type: 'string' } };
const nullableString = { type: ['string', 'null'] };
const nullableInteger = { type: ['integer', 'null'] };
const status = { type: 'string', enum: ['unknown', 'planned', 'started', 'paused', 'completed', 'stopped'] };

const list = (summary: string, schema: string) => ({
  get: {
    summary,
    responses: {
      '200': {
        description: 'OK',
        content: {
          'application/json': {
            schema: { type: 'array', items: { $ref: `#/components/schemas/${schema}` } },
          },
        },
      },
    },
  },
});

export const programmeOpenApi = {
  paths: {
    '/programme': {
      get: {
        summary: 'Het programma: naam, missie, Partnerraad',
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Programme' } } },
          },
        },
      },
    },
    '/lines': list('De zes programmalijnen met hun ambitie voor 2040', 'Line'),
    '/goals': list('De doelen voor 2040, per lijn', 'Goal'),
    '/measures': {
      get: {
        summary: 'Maatregelen, projecten en activiteiten',
        parameters: [
          {
            name: 'line',
            in: 'query',
            schema: { type: 'string' },
            description: 'slug van een programmalijn',
          },
          { name: 'wijk', in: 'query', schema: { type: 'string' }, description: 'slug van een wijk' },
          { name: 'status', in: 'query', schema: status },
          {
            name: 'alliance',
            in: 'query',
            schema: { type: 'string' },
            description: 'slug van een alliantie',
          },
          {
            name: 'page',
            in: 'query',
            schema: { type: 'integer', minimum: 1, default: 1 },
            description: 'paginanummer; de Link-header noemt de eerste, vorige, volgende en laatste pagina',
          },
          {
            name: 'per_page',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
            description: 'aantal maatregelen per pagina',
          },
          {
            name: 'If-None-Match',
            in: 'header',
            schema: { type: 'string' },
            description: 'de ETag van een eerder antwoord: 304 zolang er niets veranderde',
          },
        ],
        responses: {
          '200': {
            description: 'OK: één pagina maatregelen',
            headers: {
              Link: {
                description: 'RFC 8288: rel="first", "prev", "next" en "last"',
                schema: { type: 'string' },
              },
              'X-Total-Count': {
                description: 'aantal maatregelen met dit filter',
                schema: { type: 'integer' },
              },
              'X-Total-Pages': { description: 'aantal pagina’s', schema: { type: 'integer' } },
              ETag: { description: 'versie van dit antwoord', schema: { type: 'string' } },
            },
            content: {
              'application/json': {
                schema: { type: 'array', items: { $ref: '#/components/schemas/Measure' } },
              },
            },
          },
          '304': { description: 'Niet veranderd sinds de ETag in If-None-Match' },
          '400': {
            description: 'Onbekende filterwaarde, of een paginanummer of paginagrootte die niet kan',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        },
      },
    },
    '/measures.csv': {
      get: {
        summary: 'Alle maatregelen als CSV',
        responses: { '200': { description: 'OK', content: { 'text/csv': { schema: { type: 'string' } } } } },
      },
    },
    '/measures/{id}': {
      get: {
        summary: 'Eén maatregel, met voortgang en statusgeschiedenis',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'id of slug' },
        ],
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/MeasureDetail' } } },
          },
          '404': {
            description: 'Niet gevonden',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        },
      },
    },
    '/wijken': list('De vier wijken met hun CBS-code en buurten', 'Wijk'),
    '/alliances': list('De allianties met hun partners', 'Alliance'),
    '/partners': list('Partnerorganisaties', 'Partner'),
    '/budget': {
      get: {
        summary: 'Fondsen (Regio Deal) en begrotingstabellen (x EUR 1.000)',
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Budget' } } },
          },
        },
      },
    },
  },
  schemas: {
    Source: {
      type: 'object',
      required: ['file', 'section'],
      properties: { file: { type: 'string' }, section: { type: 'string' }, quote: { type: 'string' } },
    },
    Programme: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        mission: { type: 'string' },
        summary: { type: 'string' },
        partnerraad: { type: 'string' },
        source,
      },
    },
    Line: {
      type: 'object',
      properties: {
        slug: { type: 'string' },
        name: { type: 'string' },
        position: { type: 'integer' },
        ambition_title: { type: 'string' },
        ambition: { type: 'string' },
        goals: slugList,
        source,
      },
    },
    Goal: {
      type: 'object',
      properties: {
        slug: { type: 'string' },
        line: { type: 'string' },
        title: { type: 'string' },
        description: nullableString,
        target_value: { type: ['number', 'null'] },
        target_unit: nullableString,
        target_year: nullableInteger,
        source,
      },
    },
    Measure: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        slug: { type: 'string' },
        title: { type: 'string' },
        summary: { type: 'string' },
        kind: { type: 'string', enum: ['priority', 'measure', 'quick-win', 'activity'] },
        top10_rank: nullableInteger,
        status,
        lines: slugList,
        wijken: slugList,
        alliance: nullableString,
        budget_euros: { ...nullableInteger, description: 'null = onbekend' },
        funding_source: nullableString,
        latest_update: {
          type: ['object', 'null'],
          properties: { published_on: { type: 'string', format: 'date' }, body: { type: 'string' } },
        },
        source: { oneOf: [source, { type: 'null' }] },
        updated_at: { type: 'string', format: 'date-time' },
      },
    },
    MeasureDetail: {
      allOf: [
        { $ref: '#/components/schemas/Measure' },
        {
          type: 'object',
          properties: {
            description: nullableString,
            goals: slugList,
            partners: slugList,
            updates: {
              type: 'array',
              items: {
                type: 'object',
                properties: { published_on: { type: 'string', format: 'date' }, body: { type: 'string' } },
              },
            },
            status_history: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  from: status,
                  to: status,
                  note: nullableString,
                  changed_at: { type: ['string', 'null'], format: 'date-time' },
                },
              },
            },
          },
        },
      ],
    },
    Wijk: {
      type: 'object',
      properties: {
        slug: { type: 'string' },
        name: { type: 'string' },
        cbs_code: { type: 'string' },
        description: { type: 'string' },
        buurten: {
          type: 'array',
          items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } },
        },
        source,
      },
    },
    Alliance: {
      type: 'object',
      properties: {
        slug: { type: 'string' },
        name: { type: 'string' },
        description: { type: 'string' },
        lines: slugList,
        partners: slugList,
        source,
      },
    },
    Partner: {
      type: 'object',
      properties: { slug: { type: 'string' }, name: { type: 'string' }, alliances: slugList, source },
    },
    Budget: {
      type: 'object',
      properties: {
        funds: { type: 'array', items: { type: 'object' } },
        tables: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              slug: { type: 'string' },
              title: { type: 'string' },
              period: { type: 'string' },
              unit: { type: 'string' },
              rows: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    label: { type: 'string' },
                    lasten: nullableInteger,
                    baten: nullableInteger,
                    saldo: nullableInteger,
                  },
                },
              },
              source,
            },
          },
        },
      },
    },
  },
};
