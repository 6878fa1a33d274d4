// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { Checkboxes, Radios } from './field.tsx';

const options = [
  { value: 'mail', label: 'Per e-mail' },
  { value: 'brief', label: 'Per brief' },
];

describe('Radios and Checkboxes', () => {
  test('radios: a fieldset whose legend is the question, one labelled input per option, the choice kept', async () => {
    const html = await (
      <Radios name="bericht" legend="Hoe?" hint="Kies één" options={options} checked="brief" />
    ).toString();
    expect(html).toMatch(/^<fieldset [^>]*aria-describedby="field-bericht-hint"/);
    expect(html).toContain('<legend class="utrecht-form-label">Hoe?</legend>');
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).toContain(
      '<label class="utrecht-form-label utrecht-form-label--checkbox" for="field-bericht-1">Per brief</label>',
    );
    expect(html).toMatch(/value="brief" checked=""/);
    expect(html).not.toMatch(/value="mail" checked/);
  });

  test('checkboxes: several kept, and the error sits under the legend', async () => {
    const html = await (
      <Checkboxes
        name="b"
        legend="Welke?"
        error="Kies er een"
        options={options}
        checked={['mail', 'brief']}
      />
    ).toString();
    expect(html.match(/type="checkbox"/g)).toHaveLength(2);
    expect(html.match(/checked=""/g)).toHaveLength(2);
    expect(html).toContain('aria-describedby="field-b-error"');
    expect(html.indexOf('</legend>')).toBeLessThan(html.indexOf('Kies er een'));
  });
});
