// SPDX-License-Identifier: EUPL-1.2
import type { MeasureStatus } from '../../seed/dataset.ts';
import { type MessageKey, t } from '../i18n.ts';

export function statusLabel(status: MeasureStatus): string {
  return t(`programme.status.${status}` as MessageKey);
}

/**
 * The status of a measure as a text badge; colour only repeats what the text says.
 * @example <StatusTag status="started" />
 */
export function StatusTag({ status }: { status: MeasureStatus }) {
  return <span class={`utrecht-status-badge status-tag status-tag--${status}`}>{statusLabel(status)}</span>;
}
