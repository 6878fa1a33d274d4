// SPDX-License-Identifier: EUPL-1.2
import { StatusTag as KitStatusTag, type StatusTone } from '../../platform/components/status-tag.tsx';
import { t } from '../../platform/i18n.ts';
import type { MeasureStatus } from '../types.ts';

export function statusLabel(status: MeasureStatus): string {
  return t(`programme.status.${status}`);
}

/** How each measure status reads in the kit's generic status tag. */
const tones: Record<MeasureStatus, StatusTone> = {
  planned: 'warning',
  started: 'success',
  paused: 'warning',
  completed: 'info',
  stopped: 'danger',
  unknown: 'neutral',
};

/** The tone of a measure's status in the kit's status tag. */
export function statusTone(status: MeasureStatus): StatusTone {
  return tones[status];
}

/**
 * The status of a measure as a text badge (the kit's StatusTag with the measure's words and tone).
 * @example <StatusTag status="started" />
 */
export function StatusTag({ status }: { status: MeasureStatus }) {
  return <KitStatusTag label={statusLabel(status)} tone={tones[status]} />;
}
