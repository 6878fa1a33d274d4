// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { loadConfig } from './config.ts';

describe('configuration from the environment', () => {
  test('with nothing set, the platform runs on PGlite in ./data on port 3000 with the NPZW dataset', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: './data', SEED: '1' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.secureCookies).toBe(false);
  });

  test('without PUBLIC_URL, links in mails point at the port the site listens on', () => {
    expect(loadConfig({}).PUBLIC_URL).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).PUBLIC_URL).toBe('http://localhost:8080');
    expect(loadConfig({ PORT: '8080', PUBLIC_URL: 'https://openzuidwest.nl' }).PUBLIC_URL).toBe(
      'https://openzuidwest.nl',
    );
  });

  test('an empty variable counts as not set', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).DATABASE_URL).toBeUndefined();
  });

  test('secure cookies are on in production unless switched off', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).secureCookies).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', SECURE_COOKIES: '0' }).secureCookies).toBe(false);
  });

  test('bad values stop the start with a list of every bad variable', () => {
    expect(() => loadConfig({ PORT: 'http', DATABASE_URL: 'not a url' })).toThrow(
      /PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/,
    );
  });
});
