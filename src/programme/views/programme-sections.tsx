// SPDX-License-Identifier: EUPL-1.2
// The programme's sections that both the home page and the programme page show, each in its own way.

import type { Child } from 'hono/jsx';
import { t } from '../../platform/i18n.ts';
import { programmePaths } from '../paths.ts';
import type { MeasureSummary } from '../service.ts';

/** The six lines, under one heading; the page decides how each line is shown. */
export function LinesSection({ children }: { children: Child }) {
  return (
    <section aria-labelledby="lijnen">
      <h2 class="utrecht-heading-2" id="lijnen">
        {t('programme.lines.title')}
      </h2>
      {children}
    </section>
  );
}

/** The top 10 measures; `detailed` adds the introduction and each measure's summary (the programme page). */
export function Top10Section({
  measures,
  detailed = false,
}: {
  measures: MeasureSummary[];
  detailed?: boolean;
}) {
  return (
    <section aria-labelledby="top10">
      <h2 class="utrecht-heading-2" id="top10">
        {t('programme.top10.title')}
      </h2>
      {detailed ? <p class="utrecht-paragraph">{t('programme.top10.intro')}</p> : null}
      <ol class="utrecht-ordered-list">
        {measures.map((m) => (
          <li>
            <a class="utrecht-link" href={programmePaths.measure(m.slug)}>
              {m.title}
            </a>
            {detailed ? `: ${m.summary}` : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
