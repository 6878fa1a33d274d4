// SPDX-License-Identifier: EUPL-1.2

import { t } from '../../platform/i18n.ts';
import { programmePaths } from '../paths.ts';
import type { getProgramme, listLines, MeasureSummary } from '../service.ts';
import { LinesSection, Top10Section } from './programme-sections.tsx';

type Programme = NonNullable<Awaited<ReturnType<typeof getProgramme>>>;

/** The programme's mission and summary at the top of the home page. */
export function HomeIntro({ programme }: { programme: Programme }) {
  return (
    <>
      <p class="utrecht-paragraph mission">
        <span class="mission__label">{t('programme.mission')}: </span>
        {programme.mission}
      </p>
      <p class="utrecht-paragraph">{programme.summary}</p>
    </>
  );
}

/** The programme's sections on the home page: its lines and its top 10. */
export function HomeSections({
  lines,
  top10,
}: {
  lines: Awaited<ReturnType<typeof listLines>>;
  top10: MeasureSummary[];
}) {
  return (
    <>
      <LinesSection>
        <ul class="card-grid">
          {lines.map((line) => (
            <li class="card">
              <h3 class="utrecht-heading-3">
                <a class="utrecht-link" href={programmePaths.line(line.slug)}>
                  {line.name}
                </a>
              </h3>
              <p class="utrecht-paragraph">{line.ambition}</p>
            </li>
          ))}
        </ul>
      </LinesSection>

      <Top10Section measures={top10} />
    </>
  );
}
