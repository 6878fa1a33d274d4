// SPDX-License-Identifier: EUPL-1.2

import { WijkMap } from '../../places/views/wijk-map.tsx';
import { SourceNote } from '../../platform/components/source-note.tsx';
import { t } from '../../platform/i18n.ts';
import type { getWijk, listWijken } from '../../programme/service.ts';
import { MeasureList } from '../../programme/views/measure-list.tsx';

interface Props {
  wijk: NonNullable<Awaited<ReturnType<typeof getWijk>>>;
  wijken: Awaited<ReturnType<typeof listWijken>>;
}

export function WijkPage({ wijk, wijken }: Props) {
  const activities = wijk.measures.filter((m) => m.kind === 'activity');
  const others = wijk.measures.filter((m) => m.kind !== 'activity');
  return (
    <>
      <p class="pre-heading">{t('wijk.preHeading')}</p>
      <h1 class="utrecht-heading-1">{t('wijk.title', { name: wijk.name })}</h1>
      <p class="utrecht-paragraph">{wijk.description}</p>
      <SourceNote source={wijk.source} />

      <h2 class="utrecht-heading-2">{t('wijk.activities.title')}</h2>
      <MeasureList measures={activities} />

      <h2 class="utrecht-heading-2">{t('wijk.measures.title')}</h2>
      <MeasureList measures={others} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/maatregelen">
          {t('wijk.allZuidwest')}
        </a>
      </p>

      <h2 class="utrecht-heading-2">{t('wijk.buurten.title')}</h2>
      <ul class="utrecht-unordered-list">
        {wijk.buurten.map((b) => (
          <li>
            {b.name} <span class="muted">({b.code})</span>
          </li>
        ))}
      </ul>
      <p class="utrecht-paragraph muted">{t('wijk.cbsNote')}</p>
      <WijkMap wijken={wijken} current={wijk.slug} />
    </>
  );
}
