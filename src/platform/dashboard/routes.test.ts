// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../../../tests/support/app.ts';
import { TestClient } from '../../../tests/support/client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

async function dashboardOf(email: string): Promise<string> {
  const client = new TestClient(t.app);
  await client.signIn(email);
  const response = await client.get('/beheer');
  expect(response.status).toBe(200);
  return response.text();
}

/** The links at the top of the page: the list between the heading and the parts' blocks. */
function links(html: string): string[] {
  const list = html.slice(html.indexOf('</h1>'), html.indexOf('</ul>', html.indexOf('</h1>')));
  return [...list.matchAll(/<a class="utrecht-link" href="([^"]+)">/g)].map((m) => m[1]!);
}

describe('the staff dashboard (/beheer) is built from the parts', () => {
  test('an administrator gets every part’s and the platform’s links, the component examples, and the measures', async () => {
    const html = await dashboardOf(t.staff.admin);
    expect(html).toContain('<h1 class="utrecht-heading-1">Beheer</h1>');
    expect(links(html)).toEqual([
      '/beheer/maatregelen',
      '/beheer/wijkbudget',
      '/beheer/inspraak',
      '/beheer/initiatieven',
      '/beheer/meldingen',
      '/beheer/gebruikers',
      '/beheer/logboek',
      '/beheer/mail',
      '/beheer/voorbeelden',
    ]);
    expect(html).toContain('Voorbeelden van onderdelen');
    expect(html).toMatch(/Maatregelen die u mag aanpassen \(\d+\)/);
  });

  test('an editor gets the links of the parts they may work in, not the administrator’s pages or the initiatives', async () => {
    const html = await dashboardOf(t.staff.editor);
    expect(links(html)).toEqual([
      '/beheer/maatregelen',
      '/beheer/wijkbudget',
      '/beheer/inspraak',
      '/beheer/meldingen',
      '/beheer/voorbeelden',
    ]);
  });

  test('an alliance editor sees only the measure list, the examples and the programme block with their own measures', async () => {
    const html = await dashboardOf(t.staff.allianceEditor);
    expect(links(html)).toEqual(['/beheer/maatregelen', '/beheer/voorbeelden']);
    expect(html).toContain('Uw rol: Redacteur van een alliantie.');
    expect(html).toMatch(/Maatregelen die u mag aanpassen \(\d+\)/);
    expect(html).not.toContain('/beheer/maatregelen/nieuw');
  });

  test('without signing in, /beheer sends you to the sign-in page', async () => {
    const response = await t.app.request('/beheer');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/beheer/inloggen?terug=%2Fbeheer');
  });
});
