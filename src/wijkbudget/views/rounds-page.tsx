// SPDX-License-Identifier: EUPL-1.2
import { t } from '../../platform/i18n.ts';
import { wijkbudgetPaths } from '../paths.ts';
import { phaseMessages } from '../rules.ts';
import type { Round } from '../service.ts';
import { DemoTag, euros } from './parts.tsx';

function RoundList({ rounds }: { rounds: Round[] }) {
  return (
    <ul class="card-grid">
      {rounds.map((round) => (
        <li class="card">
          <h3 class="utrecht-heading-3">
            <a class="utrecht-link" href={wijkbudgetPaths.round(round.slug)}>
              {round.title}
            </a>{' '}
            <DemoTag demo={round.demo} />
          </h3>
          <p class="utrecht-paragraph">
            {round.wijkName ?? t('wijkbudget.area.all')} · {euros(round.budgetCents)}
          </p>
          <p class="utrecht-paragraph">
            {t('wijkbudget.phase.now', { phase: t(phaseMessages[round.phase]) })}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function RoundsPage({ rounds, examples }: { rounds: Round[]; examples: Round[] }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('wijkbudget.title')}</h1>
      <p class="utrecht-paragraph lead">{t('wijkbudget.intro')}</p>
      <h2 class="utrecht-heading-2">{t('wijkbudget.rounds.title')}</h2>
      {rounds.length > 0 ? (
        <RoundList rounds={rounds} />
      ) : (
        <p class="utrecht-paragraph">{t('wijkbudget.rounds.none')}</p>
      )}
      {examples.length > 0 ? (
        <section aria-labelledby="examples">
          <h2 class="utrecht-heading-2" id="examples">
            {t('wijkbudget.demo.title')}
          </h2>
          <p class="utrecht-paragraph">{t('wijkbudget.demo.intro')}</p>
          <RoundList rounds={examples} />
        </section>
      ) : null}
    </>
  );
}
