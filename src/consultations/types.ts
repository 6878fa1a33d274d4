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

/** How a contribution reached us: online by the resident, or entered by staff from paper or a meeting. */
export const contributionChannels = ['online', 'paper', 'meeting'] as const;
export type ContributionChannel = (typeof contributionChannels)[number];

/** received -> in behandeling -> beantwoord (or samengevoegd); verborgen by moderation, with a public reason. */
export const contributionStatuses = ['received', 'in-progress', 'answered', 'merged', 'hidden'] as const;
export type ContributionStatus = (typeof contributionStatuses)[number];
