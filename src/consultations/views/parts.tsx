// SPDX-License-Identifier: EUPL-1.2
import { StatusTag, type StatusTone } from '../../platform/components/status-tag.tsx';
import { formatDate, t } from '../../platform/i18n.ts';
import { type ConsultationPhase, type Period, phaseOn } from '../rules.ts';

const phaseTones: Record<ConsultationPhase, StatusTone> = {
  planned: 'neutral',
  open: 'info',
  closed: 'success',
};

/** "1 maart 2027 tot en met 14 maart 2027" */
export function datesText(period: Period): string {
  return t('consultations.dates', { from: formatDate(period.startsOn), until: formatDate(period.endsOn) });
}

export function PhaseTag({ period, today }: { period: Period; today: string }) {
  const phase = phaseOn(period, today);
  return <StatusTag label={t(`consultations.phase.${phase}`)} tone={phaseTones[phase]} />;
}

/** The "Voorbeeld" mark of an invented example (DEMO=1). */
export function DemoTag({ demo }: { demo: boolean }) {
  return demo ? <StatusTag label={t('consultations.demo')} tone="warning" /> : null;
}
