// SPDX-License-Identifier: EUPL-1.2
/** Small pieces shared by the wijkbudget's staff pages. */
import type { Child } from 'hono/jsx';
import { t } from '../../platform/i18n.ts';
import { wijkbudgetPaths } from '../paths.ts';
import { type Phase, phaseMessages } from '../rules.ts';

/** A message after an action: 'ok' for what worked, 'warning' for what was refused or needs a look. */
export function Notice({ kind, children }: { kind: 'ok' | 'warning'; children: Child }) {
  return (
    <div class={`utrecht-alert utrecht-alert--${kind}`} role={kind === 'ok' ? 'status' : 'alert'}>
      <p class="utrecht-paragraph">{children}</p>
    </div>
  );
}

export function PhaseLine({ phase }: { phase: Phase }) {
  return (
    <p class="utrecht-paragraph">
      {t('wijkbudget.admin.round.phase')} <strong>{t(phaseMessages[phase])}</strong>
    </p>
  );
}

/** The links between the pages of one round, with the current page marked for screen readers. */
export function RoundNav({
  roundId,
  current,
  canManage,
  canEnterPaper,
}: {
  roundId: number;
  current: 'round' | 'codes' | 'paper' | 'result';
  canManage: boolean;
  canEnterPaper: boolean;
}) {
  const base = wijkbudgetPaths.admin.round(roundId);
  const items = [
    { key: 'round', href: base, label: t('wijkbudget.admin.nav.round'), show: true },
    { key: 'codes', href: `${base}/stemcodes`, label: t('wijkbudget.admin.nav.codes'), show: canManage },
    {
      key: 'paper',
      href: `${base}/stembiljetten`,
      label: t('wijkbudget.admin.nav.paper'),
      show: canEnterPaper,
    },
    { key: 'result', href: `${base}/uitslag`, label: t('wijkbudget.admin.nav.result'), show: canManage },
  ];
  return (
    <nav aria-label={t('wijkbudget.admin.nav.label')}>
      <ul class="plain-list">
        <li>
          <a class="utrecht-link" href={wijkbudgetPaths.admin.rounds}>
            {t('wijkbudget.admin.nav.all')}
          </a>
        </li>
        {items
          .filter((item) => item.show)
          .map((item) => (
            <li>
              <a
                class="utrecht-link"
                href={item.href}
                aria-current={item.key === current ? 'page' : undefined}
              >
                {item.label}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
