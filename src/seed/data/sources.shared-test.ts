// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { SEED_FILES, SOURCES_DIR } from './sources.ts';

const sharedSeeds = new URL('../../../../shared/seeds/', import.meta.url);

test.each(SEED_FILES)('the shipped document %s is identical to the one in ../shared/seeds', (file) => {
  expect(readFileSync(new URL(file, SOURCES_DIR), 'utf8')).toBe(
    readFileSync(new URL(file, sharedSeeds), 'utf8'),
  );
});
