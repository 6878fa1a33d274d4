// SPDX-License-Identifier: EUPL-1.2
/** Small pieces the report pages share: a notice, a status tag, the safe channel for sensitive reports. */
import type { Child } from 'hono/jsx';
import { StatusTag, type StatusTone } from '../../platform/components/status-tag.tsx';
import { t } from '../../platform/i18n.ts';
import type { ReportStatus } from '../rules.ts';

export function Notice({ kind, children }: { kind: 'ok' | 'warning'; children: Child }) {
  return (
    <div class={`utrecht-alert utrecht-alert--${kind}`} role={kind === 'ok' ? 'status' : 'alert'}>
      <p class="utrecht-paragraph">{children}</p>
    </div>
  );
}

export const statusTone: Record<ReportStatus, StatusTone> = {
  received: 'neutral',
  'in-progress': 'info',
  forwarded: 'info',
  closed: 'success',
  reopened: 'warning',
  merged: 'neutral',
};

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  return <StatusTag label={t(`reports.status.${status}`)} tone={statusTone[status]} />;
}

export function DemoTag({ demo }: { demo: boolean }) {
  return demo ? <StatusTag label={t('reports.demo.tag')} tone="warning" /> : null;
}

/** Where to go when a report is about crime or exploitation and the resident wants to stay unknown. */
export function SafeChannel() {
  return (
    <section class="utrecht-alert utrecht-alert--warning" aria-labelledby="safe-channel">
      <h2 class="utrecht-heading-3" id="safe-channel">
        {t('reports.sensitive.title')}
      </h2>
      <p class="utrecht-paragraph">{t('reports.sensitive.text')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="https://www.meldmisdaadanoniem.nl/" rel="noopener">
          {t('reports.sensitive.link')}
        </a>
      </p>
    </section>
  );
}
