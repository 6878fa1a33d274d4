// SPDX-License-Identifier: EUPL-1.2
import type { MeasureStatus } from './types.ts';

export type { MeasureStatus };

export const measureStatuses = [
  'unknown',
  'planned',
  'started',
  'paused',
  'completed',
  'stopped',
] as const satisfies readonly MeasureStatus[];

/**
 * Which status may follow which. 'unknown' is where a measure starts when the documents say nothing;
 * nobody sets a measure back to unknown. A completed or stopped measure can be restarted.
 */
export const measureTransitions = {
  unknown: ['planned', 'started', 'paused', 'completed', 'stopped'],
  planned: ['started', 'stopped'],
  started: ['paused', 'completed', 'stopped'],
  paused: ['started', 'stopped'],
  completed: ['started'],
  stopped: ['planned', 'started'],
} as const satisfies Record<MeasureStatus, readonly MeasureStatus[]>;

export function canChangeMeasureStatus(from: MeasureStatus, to: MeasureStatus): boolean {
  return (measureTransitions[from] as readonly MeasureStatus[]).includes(to);
}

export function nextStatuses(from: MeasureStatus): readonly MeasureStatus[] {
  return measureTransitions[from];
}
