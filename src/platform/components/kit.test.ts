// SPDX-License-Identifier: EUPL-1.2
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { kitMessages } from './messages.ts';

const folder = new URL('./', import.meta.url);
const components = readdirSync(folder).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));

describe('the component kit', () => {
  test.each(components)('%s imports only from the platform and libraries, never from a part', (file) => {
    const source = readFileSync(new URL(file, folder), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    for (const path of imports) {
      // Inside src/platform (./ or ../) is fine; ../../ would leave the platform for a part.
      expect(path, `${file} imports ${path}`).not.toMatch(/^\.\.\/\.\.\//);
    }
  });

  test('its texts are all in the Dutch catalogue', async () => {
    const { nl } = await import('../../i18n/nl.ts');
    for (const [key, text] of Object.entries(kitMessages)) expect(nl[key as keyof typeof nl]).toBe(text);
  });
});
