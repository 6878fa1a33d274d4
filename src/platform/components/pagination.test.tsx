// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { t } from '../i18n.ts';
import { Pagination, pageHref, pageNumbers } from './pagination.tsx';

describe('pageHref', () => {
  test('keeps every filter and changes only the page number; page 1 has no number', () => {
    expect(pageHref('/lijst', { wijk: 'moerwijk', q: 'speel tuin' }, 3)).toBe(
      '/lijst?wijk=moerwijk&q=speel+tuin&pagina=3',
    );
    expect(pageHref('/lijst', { wijk: 'moerwijk', pagina: '3' }, 1)).toBe('/lijst?wijk=moerwijk');
    expect(pageHref('/lijst', { wijk: undefined, status: '' }, 1)).toBe('/lijst');
    expect(pageHref('/lijst', { wijk: 'x' }, 2, 'p')).toBe('/lijst?wijk=x&p=2');
  });
});

describe('pageNumbers', () => {
  test('the first, the last, and the neighbours of the current page, with gaps', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(6, 12)).toEqual([1, null, 5, 6, 7, null, 12]);
    expect(pageNumbers(12, 12)).toEqual([1, null, 11, 12]);
  });
});

describe('Pagination', () => {
  const links = async (page: number, pageCount: number) =>
    (
      await (
        <Pagination
          path="/beheer/voorbeelden/filter"
          query={{ wijk: 'WK051836', q: 'hof' }}
          page={page}
          pageCount={pageCount}
        />
      ).toString()
    ).toString();

  test('every link keeps the filters; the current page is marked', async () => {
    const html = await links(2, 4);
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/beheer\/voorbeelden\/filter\?wijk=WK051836&q=hof/);
    expect(html).toContain('aria-current="page"');
    expect(html).toMatch(/aria-current="page" aria-label="Pagina 2">2</);
    expect(html).toContain(t('kit.pagination.previous'));
    expect(html).toContain(t('kit.pagination.next'));
    expect(html).toContain(t('kit.pagination.position', { page: 2, pageCount: 4 }));
  });

  test('no "previous" on the first page, no "next" on the last, nothing at all with one page', async () => {
    expect(await links(1, 4)).not.toContain(t('kit.pagination.previous'));
    expect(await links(4, 4)).not.toContain(t('kit.pagination.next'));
    expect(await links(1, 1)).toBe('');
  });
});
