// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { t } from '../i18n.ts';
import { FilterForm, FilterSearch, FilterSelect } from './filter-form.tsx';

function render(resetHref?: string) {
  return (
    <FilterForm action="/lijst" label="Lijst filteren" resetHref={resetHref}>
      <FilterSelect
        name="wijk"
        label="Wijk"
        value="moerwijk"
        options={[
          { value: 'moerwijk', label: 'Moerwijk' },
          { value: 'morgenstond', label: 'Morgenstond' },
        ]}
      />
      <FilterSearch name="q" label="Zoek" value="speel" />
    </FilterForm>
  ).toString();
}

describe('FilterForm', () => {
  test('is sent with GET to the list, so it works without JavaScript and the address can be shared', async () => {
    const html = await render();
    expect(html).toContain('<form method="get" action="/lijst"');
    expect(html).toContain('<search aria-label="Lijst filteren">');
    expect(html).toContain('type="submit"');
    expect(html).not.toContain('name="pagina"'); // a new filter starts at page 1
  });

  test('keeps the chosen filters, offers "all", and a link to clear them when asked', async () => {
    const html = await render('/lijst');
    expect(html).toContain('<option value="">' + t('kit.filter.all') + '</option>');
    expect(html).toContain('<option value="moerwijk" selected="">Moerwijk</option>');
    expect(html).toContain('<option value="morgenstond">Morgenstond</option>');
    expect(html).toContain('value="speel"');
    expect(html).toMatch(/<label class="utrecht-form-label" for="filter-wijk">Wijk<\/label>/);
    expect(html).toContain(`<a class="utrecht-link" href="/lijst">${t('kit.filter.reset')}</a>`);
    expect(await render()).not.toContain(t('kit.filter.reset'));
  });
});
