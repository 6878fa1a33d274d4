// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { t } from '../i18n.ts';
import { Timeline } from './timeline.tsx';

describe('Timeline', () => {
  test('lists what happened newest first, with a machine-readable date, who did it and the status', async () => {
    const html = await (
      <Timeline
        entries={[
          { at: new Date('2027-02-01T10:00:00Z'), title: 'Ingediend', actor: 'Een bewoner' },
          {
            at: new Date('2027-03-01T10:00:00Z'),
            title: 'Goedgekeurd',
            actor: 'Team Zuidwest',
            status: { label: 'Goedgekeurd', tone: 'success' },
          },
        ]}
      />
    ).toString();
    expect(html.startsWith('<ol class="timeline">')).toBe(true);
    expect(html.indexOf('Goedgekeurd')).toBeLessThan(html.indexOf('Ingediend'));
    expect(html).toContain('<time datetime="2027-03-01T10:00:00.000Z">1 maart 2027</time>');
    expect(html).toContain(t('kit.timeline.by', { name: 'Een bewoner' }));
    expect(html).toContain('status-tag--success');
    expect(html.match(/<h3 /g)).toHaveLength(2);
  });
});
