// SPDX-License-Identifier: EUPL-1.2
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { parsePabulib } from './parse.ts';
import { writePabulib } from './write.ts';

const instances = new URL('../../../../shared/data/pabulib/instances/', import.meta.url);

describe('writing a shared instance and parsing it again gives the same instance', () => {
  // The files up to 300 KiB (35 of 56) keep this test fast; the benchmark parses all of them.
  const small = readdirSync(instances).filter(
    (f) => f.endsWith('.pb') && statSync(new URL(f, instances)).size <= 300 * 1024,
  );
  test('the shared folder holds the files this test expects', () => {
    expect(small).toHaveLength(35);
  });
  test.each(small)('%s', (file) => {
    const instance = parsePabulib(readFileSync(new URL(file, instances), 'utf8'));
    // isDeepStrictEqual: toEqual is slow on thousands of ballots.
    expect(isDeepStrictEqual(parsePabulib(writePabulib(instance)), instance)).toBe(true);
  });
});
