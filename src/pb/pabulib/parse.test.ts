// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { PabulibParseError, PbError } from '../errors.ts';
import { electionText } from '../test-helpers.ts';
import { parsePabulib } from './parse.ts';

const base = electionText({
  budget: 100,
  projects: [
    ['1', 60],
    ['2', 40],
  ],
  votes: [['1'], ['1', '2']],
});

/** The parse error of a text, or a failure when it parses. */
function errorOf(text: string): PabulibParseError {
  try {
    parsePabulib(text);
  } catch (error) {
    if (error instanceof PabulibParseError) return error;
    throw error;
  }
  throw new Error('expected a PabulibParseError');
}

function lineOf(text: string, start: string): number {
  return text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
}

describe('reading a Pabulib file', () => {
  test('a correct file gives the budget, the projects and the ballots', () => {
    const instance = parsePabulib(base);
    expect(instance.budget).toBe(100n);
    expect(instance.voteType).toBe('approval');
    expect(instance.projects.map((p) => [p.id, p.cost])).toEqual([
      ['1', 60n],
      ['2', 40n],
    ]);
    expect(instance.ballots.map((b) => b.projects)).toEqual([['1'], ['1', '2']]);
    expect(instance.projects[0]?.fields.name).toBe('Plan 1');
  });

  test('a byte-order mark and CRLF line endings are accepted', () => {
    const instance = parsePabulib(`\uFEFF${base.replaceAll('\n', '\r\n')}`);
    expect(instance.budget).toBe(100n);
    expect(instance.ballots).toHaveLength(2);
    expect(instance.meta.description).toBe('test');
  });

  test('a comma as decimal separator is accepted and amounts are scaled to the smallest unit', () => {
    const instance = parsePabulib(base.replace('budget;100', 'budget;100,5').replace('2;40;', '2;40.25;'));
    expect(instance.decimals).toBe(2);
    expect(instance.budget).toBe(10050n);
    expect(instance.projects.map((p) => p.cost)).toEqual([6000n, 4025n]);
  });

  test('quoted fields may contain ; and "', () => {
    const instance = parsePabulib(base.replace('1;60;Plan 1', '1;60;"Bankjes; en ""groen"""'));
    expect(instance.projects[0]?.fields.name).toBe('Bankjes; en "groen"');
  });

  test('cumulative ballots keep their points; ordinal ballots keep their order', () => {
    const cumulative = parsePabulib(
      electionText({
        voteType: 'cumulative',
        budget: 10,
        projects: [
          ['a', 5],
          ['b', 5],
        ],
        votes: [['b', 'a']],
        points: [[3, 2]],
      }),
    );
    expect(cumulative.ballots[0]?.points).toEqual([3n, 2n]);
    const ordinal = parsePabulib(
      electionText({
        voteType: 'ordinal',
        budget: 10,
        projects: [
          ['a', 5],
          ['b', 5],
        ],
        votes: [['b', 'a']],
      }),
    );
    expect(ordinal.ballots[0]?.projects).toEqual(['b', 'a']);
  });

  test('choose-1 ballots are approval ballots with one project', () => {
    const text = electionText({
      voteType: 'choose-1',
      budget: 10,
      projects: [
        ['a', 5],
        ['b', 5],
      ],
      votes: [['a'], ['b']],
    });
    expect(parsePabulib(text).ballots.map((b) => b.projects)).toEqual([['a'], ['b']]);
  });
});

describe('a malformed file gives an error with the line and the problem', () => {
  test('the error is a PabulibParseError, a PbError, with its own name', () => {
    const error = errorOf('');
    expect(error).toBeInstanceOf(PbError);
    expect(error.name).toBe('PabulibParseError');
  });

  test('missing section', () => {
    const text = base.slice(0, base.indexOf('VOTES'));
    const error = errorOf(text);
    expect(error.problem).toBe('de sectie VOTES ontbreekt');
    expect(error.message).toMatch(/^regel \d+: de sectie VOTES ontbreekt$/);
  });

  test('wrong column count', () => {
    const text = base.replace('2;40;Plan 2', '2;40;Plan 2;extra');
    const error = errorOf(text);
    expect(error.problem).toBe('deze regel heeft 4 velden, maar de kopregel heeft er 3');
    expect(error.line).toBe(lineOf(text, '2;40;'));
  });

  test('unknown project in a vote', () => {
    const text = base.replace('v2;1,2', 'v2;1,17');
    const error = errorOf(text);
    expect(error.problem).toBe('stem verwijst naar onbekend project 17');
    expect(error.line).toBe(lineOf(text, 'v2;'));
  });

  test('non-numeric cost', () => {
    const text = base.replace('2;40;', '2;veertig;');
    const error = errorOf(text);
    expect(error.problem).toBe('de kosten van project 2 ("veertig") zijn geen bedrag');
    expect(error.line).toBe(lineOf(text, '2;veertig'));
  });

  test('budget missing', () => {
    const text = base.replace('budget;100\n', '');
    const error = errorOf(text);
    expect(error.problem).toBe('het budget ontbreekt in META');
    expect(error.line).toBe(1);
  });

  test('budget that is not an amount', () => {
    const error = errorOf(base.replace('budget;100', 'budget;honderd'));
    expect(error.problem).toBe('het budget "honderd" is geen bedrag');
  });

  test('duplicate project id', () => {
    const text = base.replace('2;40;Plan 2', '1;40;Plan 2');
    const error = errorOf(text);
    expect(error.problem).toBe('project 1 komt twee keer voor');
    expect(error.line).toBe(lineOf(text, '1;40;'));
  });

  test('duplicate voter', () => {
    expect(errorOf(base.replace('v2;1,2', 'v1;1,2')).problem).toBe('kiezer v1 komt twee keer voor');
  });

  test('a project twice on one ballot', () => {
    expect(errorOf(base.replace('v2;1,2', 'v2;1,1')).problem).toBe('stem noemt project 1 twee keer');
  });

  test('a count in META that does not match the file (for example a cut-off file)', () => {
    expect(errorOf(base.replace('num_votes;2', 'num_votes;3')).problem).toBe(
      'META noemt num_votes 3, maar het bestand heeft 2 stemmen',
    );
  });

  test('sections in the wrong order', () => {
    const text = 'PROJECTS\nproject_id;cost\n1;5\n';
    expect(errorOf(text).problem).toBe('sectie PROJECTS staat op de verkeerde plek: eerst komt META');
  });

  test('text before the first section', () => {
    expect(errorOf('hallo\nMETA\n').problem).toBe('het bestand moet beginnen met de sectie META');
  });

  test('a vote type the counter does not know', () => {
    expect(errorOf(base.replace('vote_type;approval', 'vote_type;scoring')).problem).toBe(
      'stemtype "scoring" wordt niet ondersteund (wel: approval, choose-1, cumulative, ordinal)',
    );
  });

  test('a choose-1 ballot with two projects', () => {
    expect(errorOf(base.replace('vote_type;approval', 'vote_type;choose-1')).problem).toBe(
      'bij choose-1 kiest een stem één project, deze stem noemt er 2',
    );
  });

  test('points that do not match the projects on a cumulative ballot', () => {
    const text = electionText({
      voteType: 'cumulative',
      budget: 10,
      projects: [['a', 5]],
      votes: [['a']],
      points: [[1, 2]],
    });
    expect(errorOf(text).problem).toBe('stem noemt 1 projecten maar geeft 2 keer punten');
  });

  test('points that are not whole numbers', () => {
    const text = electionText({
      voteType: 'cumulative',
      budget: 10,
      projects: [['a', 5]],
      votes: [['a']],
      points: [[1.5]],
    });
    expect(errorOf(text).problem).toBe('punten "1.5" zijn geen heel getal');
  });

  test('a quoted field that is not closed', () => {
    expect(errorOf(base.replace('Plan 1', '"Plan 1')).problem).toBe(
      'een veld tussen aanhalingstekens wordt niet afgesloten',
    );
  });

  test('a section that appears twice', () => {
    expect(errorOf(`${base}META\n`).problem).toBe('de sectie META komt twee keer voor');
  });

  test('a PROJECTS section without a cost column', () => {
    expect(errorOf(base.replace('project_id;cost;name', 'project_id;prijs;name')).problem).toBe(
      'PROJECTS heeft geen kolom cost',
    );
  });
});
