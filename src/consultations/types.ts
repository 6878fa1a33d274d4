// SPDX-License-Identifier: EUPL-1.2
/** The steps of the participation ladder: how much residents can change, stated before a consultation starts. */
export const consultationLevels = [
  'informeren',
  'raadplegen',
  'adviseren',
  'coproduceren',
  'meebeslissen',
] as const;
export type ConsultationLevel = (typeof consultationLevels)[number];
