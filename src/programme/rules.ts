// SPDX-License-Identifier: EUPL-1.2

import { type Role, roles } from '../platform/auth/roles.ts';
import {
  defineWorkflow,
  nextStatuses as nextInWorkflow,
  reasonRequired,
} from '../platform/workflow/rules.ts';
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

/** The roles that work on the register; staff of other parts (initiative brokers, assessors) do not. */
const measureEditors = ['admin', 'editor', 'alliance-editor'] as const satisfies readonly Role[];

/**
 * The measure's workflow. The register's roles may change a status (an alliance editor only on the
 * measures of their own alliance: canEditMeasure); every other staff role is refused. Pausing or stopping a measure needs a reason that
 * residents read in its history.
 */
export const measureWorkflow = defineWorkflow({
  entityType: 'measure',
  statuses: measureStatuses,
  roles,
  next: measureTransitions,
  allowed: measureEditors,
  reasonFor: ['paused', 'stopped'],
});

export function canChangeMeasureStatus(from: MeasureStatus, to: MeasureStatus): boolean {
  return (measureTransitions[from] as readonly MeasureStatus[]).includes(to);
}

/** The statuses this role may choose next for a measure. */
export function nextStatuses(from: MeasureStatus, role: Role): readonly MeasureStatus[] {
  return nextInWorkflow(measureWorkflow, from, role);
}

/** True when this change needs a public reason (pausing, stopping). */
export function measureReasonRequired(from: MeasureStatus, to: MeasureStatus): boolean {
  return reasonRequired(measureWorkflow, from, to);
}
