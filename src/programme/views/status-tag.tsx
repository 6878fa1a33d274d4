// SPDX-License-Identifier: EUPL-1.2
import { StatusTag as PlatformStatusTag } from '../../platform/components/status-tag.tsx';
import { t } from '../../platform/i18n.ts';
import type { MeasureStatus } from '../types.ts';

export function statusLabel(status: MeasureStatus): string {
  return t(`programme.status.${status}`);
}

/**
 * The status of a measure as a text badge.
 * @example <StatusTag status="started" />
 */
export function StatusTag({ status }: { status: MeasureStatus }) {
  return <PlatformStatusTag status={status} label={statusLabel(status)} />;
}
