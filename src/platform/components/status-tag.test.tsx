// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { StatusTag, statusTones } from './status-tag.tsx';

describe('StatusTag', () => {
  test('shows the words it is given, with a class for its tone', async () => {
    const html = await (<StatusTag label="Goedgekeurd" tone="success" />).toString();
    expect(html).toBe('<span class="utrecht-status-badge status-tag status-tag--success">Goedgekeurd</span>');
  });

  test('every tone has a colour in the kit stylesheet', () => {
    const css = readFileSync(new URL('./kit.css', import.meta.url), 'utf8');
    for (const tone of statusTones) expect(css).toContain(`.status-tag--${tone} {`);
  });

  test('is generic: it imports nothing from a part', () => {
    const source = readFileSync(new URL('./status-tag.tsx', import.meta.url), 'utf8');
    expect(source).not.toMatch(/from '\.\.\/\.\.\//);
  });
});
