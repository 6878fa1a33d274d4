// SPDX-License-Identifier: EUPL-1.2
/** The wijkbudget's part of the OpenAPI document (merged in platform/api/routes.ts). */
import { ballotKinds, phases, planStatuses, wijkbudgetRules } from './rules.ts';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullableString = { type: ['string', 'null'] };
const nullableInteger = { type: ['integer', 'null'] };
const instant = { type: 'string', format: 'date-time' };
const phase = { type: 'string', enum: [...phases] };
const planStatus = {
  type: 'string',
  enum: planStatuses.filter((s) => s !== 'hidden' && s !== 'withdrawn'),
  description: 'Verborgen en ingetrokken plannen staan niet in de API.',
};
const rule = {
  type: 'string',
  enum: [...wijkbudgetRules],
  description: 'De telregel, als regelnaam van `npx pb-count --rule`.',
};
const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' };

const roundParameter = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: 'id of slug van de ronde',
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
});

const notPublished = errorResponse('Ronde bestaat niet, of de uitslag is nog niet gepubliceerd');

export const wijkbudgetOpenApi = {
  paths: {
    '/wijkbudget/rounds': {
      get: {
        summary: 'Wijkbudgetrondes, nieuwste eerst (voorbeeldrondes alleen in de demo, met demo: true)',
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { type: 'array', items: ref('WijkbudgetRound') } } },
          },
        },
      },
    },
    '/wijkbudget/rounds/{id}': {
      get: {
        summary: 'Eén ronde: fase, data, budget, stembiljet, telregel en de plannen (zonder tellingen)',
        parameters: [roundParameter],
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: ref('WijkbudgetRoundDetail') } },
          },
          '404': errorResponse('Ronde bestaat niet'),
        },
      },
    },
    '/wijkbudget/rounds/{id}/result': {
      get: {
        summary:
          'De gepubliceerde uitslag: gekozen plannen in volgorde, stemmen per plan, SHA-256 van uitslag en stembestand',
        parameters: [roundParameter],
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: ref('WijkbudgetResult') } },
          },
          '404': notPublished,
        },
      },
    },
    '/wijkbudget/rounds/{id}/result.json': {
      get: {
        summary: 'Het uitslagdocument precies zoals gepubliceerd (de SHA-256 hiervan is result_sha256)',
        parameters: [roundParameter],
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: ref('WijkbudgetResultDocument') } },
          },
          '404': notPublished,
        },
      },
    },
    '/wijkbudget/rounds/{id}/ballots.pb': {
      get: {
        summary:
          'Alle anonieme stembiljetten als Pabulib-bestand (project-id = plan-id); natellen met `npx pb-count --rule <rule> bestand.pb`',
        parameters: [roundParameter],
        responses: {
          '200': {
            description: 'OK; de SHA-256 van dit bestand is ballots_sha256',
            content: { 'text/plain': { schema: { type: 'string' } } },
          },
          '404': notPublished,
        },
      },
    },
    '/wijkbudget/rounds/{id}/ballots.csv': {
      get: {
        summary: 'Dezelfde stembiljetten als CSV: één rij per stembiljet, één kolom per plan',
        parameters: [roundParameter],
        responses: {
          '200': { description: 'OK', content: { 'text/csv': { schema: { type: 'string' } } } },
          '404': notPublished,
        },
      },
    },
  },
  schemas: {
    WijkbudgetRound: {
      type: 'object',
      required: ['id', 'slug', 'title', 'demo', 'phase', 'budget_euros', 'ballot', 'rule', 'dates'],
      properties: {
        id: { type: 'integer' },
        slug: { type: 'string' },
        title: { type: 'string' },
        demo: { type: 'boolean', description: 'Voorbeeldronde (alleen met DEMO=1), nooit echte gegevens' },
        phase,
        next: {
          type: ['object', 'null'],
          description: 'Wat hierna komt en wanneer; null in de laatste fase',
          properties: {
            phase,
            at: instant,
            automatic: { type: 'boolean', description: 'false: de uitslag komt pas bij publicatie' },
          },
        },
        area: {
          type: 'object',
          properties: {
            wijk: { ...nullableString, description: 'slug van de wijk; null = heel Zuidwest' },
            name: { type: 'string' },
          },
        },
        budget_euros: { type: 'number' },
        ballot: {
          type: 'object',
          properties: {
            kind: { type: 'string', enum: [...ballotKinds] },
            limit: {
              ...nullableInteger,
              description: 'max-plans: hoogstens zoveel plannen; points: zoveel punten; budget: null',
            },
          },
        },
        rule,
        dates: {
          type: 'object',
          properties: {
            submit_from: instant,
            submit_until: instant,
            review_until: instant,
            vote_from: instant,
            vote_until: instant,
            result_by: { ...instant, description: 'verwachte publicatie van de uitslag' },
            execution_from: instant,
            result_published_at: { type: ['string', 'null'], format: 'date-time' },
          },
        },
        links: {
          type: 'object',
          properties: {
            self: { type: 'string' },
            page: { type: 'string' },
            result: nullableString,
            ballots_pb: nullableString,
            ballots_csv: nullableString,
          },
        },
      },
    },
    WijkbudgetRoundDetail: {
      allOf: [
        ref('WijkbudgetRound'),
        {
          type: 'object',
          properties: {
            intro: { type: 'string' },
            minimum_age: { type: 'integer' },
            eligibility: { type: 'string', enum: ['codes', 'paper', 'codes-and-paper'] },
            plans: { type: 'array', items: ref('WijkbudgetPlan') },
          },
        },
      ],
    },
    WijkbudgetPlan: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        title: { type: 'string' },
        description: { type: 'string' },
        buurt: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } },
        location: nullableString,
        status: planStatus,
        status_reason: { ...nullableString, description: 'openbare reden van het laatste besluit' },
        cost_euros: {
          type: ['number', 'null'],
          description: 'de kostenraming van de gemeente (telt op het stembiljet); null tot de beoordeling',
        },
        merged_into: { ...nullableInteger, description: 'samengevoegd met dit plan' },
        measure: {
          ...nullableString,
          description: 'slug van de maatregel in het register (gefinancierd plan)',
        },
        has_photo: { type: 'boolean' },
      },
    },
    WijkbudgetResult: {
      type: 'object',
      required: ['rule', 'selected', 'votes', 'result_sha256', 'ballots_sha256', 'document'],
      properties: {
        round: {
          type: 'object',
          properties: { id: { type: 'integer' }, slug: { type: 'string' }, title: { type: 'string' } },
        },
        rule,
        selected: {
          type: 'array',
          items: { type: 'string' },
          description: "plan-id's (als tekst) in de volgorde waarin de telregel ze koos",
        },
        ballots: { type: 'integer', description: 'aantal stembiljetten' },
        votes: {
          type: 'object',
          additionalProperties: { type: 'integer' },
          description: 'plan-id -> aantal kiezers dat het plan koos',
        },
        points: {
          type: 'object',
          additionalProperties: { type: 'integer' },
          description: 'alleen bij een puntenbiljet: plan-id -> alle punten',
        },
        result_sha256: { ...sha256, description: 'SHA-256 van result.json (het uitslagdocument)' },
        ballots_sha256: { ...sha256, description: 'SHA-256 van ballots.pb' },
        counted_at: instant,
        published_at: instant,
        links: {
          type: 'object',
          properties: {
            document: { type: 'string' },
            ballots_pb: { type: 'string' },
            ballots_csv: { type: 'string' },
          },
        },
        document: ref('WijkbudgetResultDocument'),
      },
    },
    WijkbudgetResultDocument: {
      type: 'object',
      description: 'Het gepubliceerde uitslagdocument, zoals in result.json',
      properties: {
        round: {
          type: 'object',
          properties: { id: { type: 'integer' }, slug: { type: 'string' }, title: { type: 'string' } },
        },
        rule,
        budget: { type: 'number' },
        ballots: { type: 'integer' },
        selected: { type: 'array', items: { type: 'string' } },
        cost: { type: 'number' },
        plans: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              title: { type: 'string' },
              cost: { type: 'number' },
              votes: { type: 'integer' },
              points: { type: 'integer' },
              selected: { type: 'boolean' },
              explanation: { type: 'string' },
            },
          },
        },
        turnout: {
          type: 'object',
          description: 'Stemmen die meetellen: online en per stembureau',
          properties: {
            online: { type: 'integer' },
            places: {
              type: 'array',
              items: {
                type: 'object',
                properties: { name: { type: 'string' }, ballots: { type: 'integer' } },
              },
            },
          },
        },
        code_batches: {
          type: 'array',
          description:
            'Uitgegeven stemcodes per soort reeks (letters, help-desk, ...): codes (gemaakt), waarvan gemaakt tijdens het stemmen, gebruikt, vervangen aan de balie (replaced: werkt niet meer; de nieuwe code telt bij help-desk) en bruikbaar (usable = codes - replaced). Niet in uitslagen van voor issue 9; replaced en usable niet in uitslagen van daarvoor.',
          items: {
            type: 'object',
            properties: {
              kind: { type: 'string' },
              batches: { type: 'integer' },
              codes: { type: 'integer' },
              codes_during_voting: { type: 'integer' },
              used: { type: 'integer' },
              replaced: { type: 'integer' },
              usable: { type: 'integer' },
            },
          },
        },
        turnout_per_buurt: {
          type: 'array',
          description:
            'Stemcodes van brieven per buurt (CBS-buurtcode), gemaakt en gebruikt; buurt_code null: brieven zonder buurt en buurten met minder dan 10 codes. Geteld uit codes, nooit uit stemmen.',
          items: {
            type: 'object',
            properties: {
              buurt_code: nullableString,
              buurt: nullableString,
              codes: { type: 'integer' },
              used: { type: 'integer' },
            },
          },
        },
        ballots_sha256: sha256,
        counted_at: instant,
      },
    },
  },
};
