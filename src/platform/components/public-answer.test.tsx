// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { t } from '../i18n.ts';
import { PublicAnswer } from './public-answer.tsx';

describe('PublicAnswer', () => {
  test('a section named by its heading, the answer in paragraphs, who answered and when', async () => {
    const html = await (
      <PublicAnswer
        body={'Het plan past in het budget.\n\nWe beginnen in het voorjaar.'}
        answeredBy="Team Zuidwest"
        answeredOn={new Date('2027-03-01T10:00:00Z')}
        status={{ label: 'Goedgekeurd', tone: 'success' }}
      />
    ).toString();
    const id = /aria-labelledby="([^"]+)"/.exec(html)![1];
    expect(html).toContain(
      `<h2 class="utrecht-heading-2 public-answer__heading" id="${id}">${t('kit.answer.heading')}</h2>`,
    );
    expect(html.match(/<p class="utrecht-paragraph">/g)).toHaveLength(2);
    expect(html).toContain(t('kit.answer.byline', { name: 'Team Zuidwest', date: '1 maart 2027' }));
    expect(html).toContain('status-tag--success">Goedgekeurd');
  });

  test('text is escaped, never read as HTML', async () => {
    const html = await (
      <PublicAnswer body="<script>x</script>" answeredBy="A" answeredOn={new Date('2027-03-01T10:00:00Z')} />
    ).toString();
    expect(html).not.toContain('<script>');
  });
});
