// SPDX-License-Identifier: EUPL-1.2
import { StatusTag, type StatusTone } from '../../platform/components/status-tag.tsx';
import { t } from '../../platform/i18n.ts';
import { isPlanStatus, type PlanStatus, planStatusMessages } from '../rules.ts';

/** A plan status's label ("Haalbaar"); a text that is no plan status is shown as it is. */
export function planStatusLabel(status: string): string {
  return isPlanStatus(status) ? t(planStatusMessages[status]) : status;
}

/** How each plan status reads in the kit's generic status tag. */
const tones: Record<PlanStatus, StatusTone> = {
  submitted: 'neutral',
  'in-review': 'neutral',
  hidden: 'neutral',
  merged: 'neutral',
  withdrawn: 'neutral',
  feasible: 'success',
  'not-feasible': 'danger',
  pending: 'neutral',
  funded: 'success',
  'not-funded': 'danger',
  impossible: 'danger',
};

/**
 * The status of a plan as a text badge (the kit's StatusTag with the plan's words and tone).
 * @example <PlanStatusTag status="feasible" />
 */
export function PlanStatusTag({ status }: { status: PlanStatus }) {
  return <StatusTag label={t(planStatusMessages[status])} tone={tones[status]} />;
}
