// SPDX-License-Identifier: EUPL-1.2
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { electionText } from '../test-helpers.ts';
import { parsePabulib } from './parse.ts';
import { writePabulib } from './write.ts';

const instances = new URL('../fixtures/instances/', import.meta.url);

describe('writing a parsed file and parsing it again gives the same instance', () => {
  test('a small election with decimals, quotes and points', () => {
    const text = electionText({
      voteType: 'cumulative',
      budget: '1000.50',
      projects: [
        ['a', '10.25'],
        ['b', 5],
      ],
      votes: [['a'], ['b', 'a']],
      points: [[3], [1, 2]],
    });
    const instance = parsePabulib(text.replace('Plan b', '"Plan; ""b"""'));
    expect(instance.projects[1]?.fields.name).toBe('Plan; "b"');
    expect(parsePabulib(writePabulib(instance))).toEqual(instance);
  });

  test('a budget written as 400000.0 keeps its text and its value', () => {
    const instance = parsePabulib(electionText({ budget: '400000.0', projects: [['a', 5]], votes: [['a']] }));
    const again = parsePabulib(writePabulib(instance));
    expect(again.meta.budget).toBe('400000.0');
    expect(again).toEqual(instance);
  });

  // The shipped fixtures; the shared instances are in roundtrip.shared-test.ts.
  const files = readdirSync(instances).filter((f) => f.endsWith('.pb'));
  test.each(files)('fixture %s', (file) => {
    const instance = parsePabulib(readFileSync(new URL(file, instances), 'utf8'));
    // isDeepStrictEqual: toEqual is slow on thousands of ballots.
    expect(isDeepStrictEqual(parsePabulib(writePabulib(instance)), instance)).toBe(true);
  });
});
