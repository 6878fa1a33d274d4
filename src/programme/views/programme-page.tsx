// SPDX-License-Identifier: EUPL-1.2

import { SourceNote } from '../../platform/components/source-note.tsx';
import { formatNumber, t } from '../../platform/i18n.ts';
import { programmePaths } from '../paths.ts';
import type { getProgramme, listLines, MeasureSummary } from '../service.ts';
import { LinesSection, Top10Section } from './programme-sections.tsx';

type Line = Awaited<ReturnType<typeof listLines>>[number];

export function GoalList({ goals }: { goals: Line['goals'] }) {
  if (goals.length === 0) return <p class="utrecht-paragraph">{t('programme.goals.none')}</p>;
  return (
    <ul class="goal-list">
      {goals.map((goal) => (
        <li id={goal.slug}>
          <strong>{goal.title}</strong>
          {goal.description ? <> {goal.description}</> : null}
          {goal.targetValue !== null ? (
            <span class="goal-list__target">
              {' '}
              {t('programme.goal.target', {
                value: formatNumber(goal.targetValue),
                unit: goal.targetUnit ?? '',
                year: goal.targetYear ?? '2040',
              })}
            </span>
          ) : null}
          <SourceNote source={goal.source} />
        </li>
      ))}
    </ul>
  );
}

interface Props {
  programme: NonNullable<Awaited<ReturnType<typeof getProgramme>>>;
  lines: Line[];
  top10: MeasureSummary[];
}

export function ProgrammePage({ programme, lines, top10 }: Props) {
  return (
    <>
      <h1 class="utrecht-heading-1">{programme.name}</h1>
      <p class="utrecht-paragraph mission">
        <span class="mission__label">{t('programme.mission')}: </span>
        {programme.mission}
      </p>
      <p class="utrecht-paragraph">{programme.summary}</p>
      <SourceNote source={programme.source} />

      <nav aria-labelledby="op-deze-pagina" class="toc">
        <h2 class="utrecht-heading-2" id="op-deze-pagina">
          {t('programme.onThisPage')}
        </h2>
        <ul>
          <li>
            <a class="utrecht-link" href="#lijnen">
              {t('programme.lines.title')}
            </a>
          </li>
          <li>
            <a class="utrecht-link" href="#top10">
              {t('programme.top10.title')}
            </a>
          </li>
          <li>
            <a class="utrecht-link" href="#partnerraad">
              {t('programme.partnerraad.title')}
            </a>
          </li>
          <li>
            <a class="utrecht-link" href={programmePaths.alliances}>
              {t('programme.alliances.title')}
            </a>
          </li>
          <li>
            <a class="utrecht-link" href={programmePaths.finance}>
              {t('finance.title')}
            </a>
          </li>
        </ul>
      </nav>

      <LinesSection>
        {lines.map((line) => (
          <section aria-labelledby={`lijn-${line.slug}`} class="line-section">
            <h3 class="utrecht-heading-3" id={`lijn-${line.slug}`}>
              <a class="utrecht-link" href={programmePaths.line(line.slug)}>
                {line.name}
              </a>
            </h3>
            <p class="utrecht-paragraph">
              <strong>{line.ambitionTitle}.</strong> {line.ambition}
            </p>
            <h4 class="utrecht-heading-4">{t('programme.goals.title')}</h4>
            <GoalList goals={line.goals} />
          </section>
        ))}
      </LinesSection>

      <Top10Section measures={top10} detailed />

      <section aria-labelledby="partnerraad">
        <h2 class="utrecht-heading-2" id="partnerraad">
          {t('programme.partnerraad.title')}
        </h2>
        <p class="utrecht-paragraph">{programme.partnerraad}</p>
        <SourceNote source={programme.partnerraadSource} />
      </section>
    </>
  );
}

export function GoalsPage({ lines }: { lines: Line[] }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('programme.goals.pageTitle')}</h1>
      <p class="utrecht-paragraph">{t('programme.goals.intro')}</p>
      {lines.map((line) => (
        <section aria-labelledby={`doelen-${line.slug}`}>
          <h2 class="utrecht-heading-2" id={`doelen-${line.slug}`}>
            {line.name}
          </h2>
          <GoalList goals={line.goals} />
        </section>
      ))}
    </>
  );
}
