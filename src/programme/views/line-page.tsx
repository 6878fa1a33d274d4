// SPDX-License-Identifier: EUPL-1.2
import { SourceNote } from '../../platform/components/source-note.tsx';
import { t } from '../../platform/i18n.ts';
import type { getLine } from '../service.ts';
import { MeasureList } from './measure-list.tsx';
import { GoalList } from './programme-page.tsx';

export function LinePage({ line }: { line: NonNullable<Awaited<ReturnType<typeof getLine>>> }) {
  return (
    <>
      <p class="pre-heading">{t('programme.line.preHeading')}</p>
      <h1 class="utrecht-heading-1">{line.name}</h1>
      <p class="utrecht-paragraph">
        <strong>{line.ambitionTitle}.</strong> {line.ambition}
      </p>
      <SourceNote source={line.source} />
      <h2 class="utrecht-heading-2">{t('programme.goals.title')}</h2>
      <GoalList goals={line.goals} />
      <h2 class="utrecht-heading-2">{t('programme.measures.title')}</h2>
      <MeasureList measures={line.measures} />
    </>
  );
}
