// SPDX-License-Identifier: EUPL-1.2

import { WijkMap } from '../../places/views/wijk-map.tsx';
import { formatDate, t } from '../../platform/i18n.ts';
import type {
  getProgramme,
  listLatestUpdates,
  listLines,
  listWijken,
  MeasureSummary,
} from '../../programme/service.ts';

interface Props {
  programme: NonNullable<Awaited<ReturnType<typeof getProgramme>>>;
  lines: Awaited<ReturnType<typeof listLines>>;
  wijken: Awaited<ReturnType<typeof listWijken>>;
  top10: MeasureSummary[];
  updates: Awaited<ReturnType<typeof listLatestUpdates>>;
}

export function HomePage({ programme, lines, wijken, top10, updates }: Props) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('home.title')}</h1>
      <p class="utrecht-paragraph mission">
        <span class="mission__label">{t('programme.mission')}: </span>
        {programme.mission}
      </p>
      <p class="utrecht-paragraph">{programme.summary}</p>

      <section aria-labelledby="kies-wijk">
        <h2 class="utrecht-heading-2" id="kies-wijk">
          {t('home.pickWijk')}
        </h2>
        <div class="wijk-picker">
          <ul class="wijk-picker__list">
            {wijken.map((w) => (
              <li>
                <a class="utrecht-link wijk-picker__link" href={`/wijken/${w.slug}`}>
                  {w.name}
                </a>
              </li>
            ))}
          </ul>
          <WijkMap wijken={wijken} />
        </div>
      </section>

      <section aria-labelledby="lijnen">
        <h2 class="utrecht-heading-2" id="lijnen">
          {t('programme.lines.title')}
        </h2>
        <ul class="card-grid">
          {lines.map((line) => (
            <li class="card">
              <h3 class="utrecht-heading-3">
                <a class="utrecht-link" href={`/programma/lijnen/${line.slug}`}>
                  {line.name}
                </a>
              </h3>
              <p class="utrecht-paragraph">{line.ambition}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="top10">
        <h2 class="utrecht-heading-2" id="top10">
          {t('programme.top10.title')}
        </h2>
        <ol class="utrecht-ordered-list">
          {top10.map((m) => (
            <li>
              <a class="utrecht-link" href={`/maatregelen/${m.slug}`}>
                {m.title}
              </a>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="nieuws">
        <h2 class="utrecht-heading-2" id="nieuws">
          {t('updates.title')}
        </h2>
        {updates.length === 0 ? (
          <p class="utrecht-paragraph">{t('updates.none')}</p>
        ) : (
          <ul class="update-list">
            {updates.map((u) => (
              <li>
                <a class="utrecht-link" href={`/maatregelen/${u.measure.slug}`}>
                  {u.measure.title}
                </a>{' '}
                <span class="muted">({formatDate(u.publishedOn)})</span>
              </li>
            ))}
          </ul>
        )}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/nieuws">
            {t('updates.all')}
          </a>
        </p>
      </section>
    </>
  );
}
