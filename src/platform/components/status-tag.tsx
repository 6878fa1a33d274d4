// SPDX-License-Identifier: EUPL-1.2

/**
 * A status as a text badge; colour only repeats what the text says. The part that owns the status gives
 * its label (from its own messages); `status` only picks the colour class.
 * @example <StatusTag status="started" label="Gestart" />
 */
export function StatusTag({ status, label }: { status: string; label: string }) {
  return <span class={`utrecht-status-badge status-tag status-tag--${status}`}>{label}</span>;
}
