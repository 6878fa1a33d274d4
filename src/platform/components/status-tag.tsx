// SPDX-License-Identifier: EUPL-1.2

/**
 * How a status feels, not what it is: each part maps its own statuses to one of these tones.
 * neutral: nothing to do yet; info: under way; success: done or approved; warning: waiting, paused;
 * danger: refused, stopped.
 */
export const statusTones = ['neutral', 'info', 'success', 'warning', 'danger'] as const;
export type StatusTone = (typeof statusTones)[number];

/**
 * A status as a text badge. The words say it all; the colour only repeats the tone (never the only sign).
 * Generic: the part gives the label (from its own messages) and the tone.
 * @example <StatusTag label={t('programme.status.started')} tone="success" />
 */
export function StatusTag({ label, tone }: { label: string; tone: StatusTone }) {
  return <span class={`utrecht-status-badge status-tag status-tag--${tone}`}>{label}</span>;
}
