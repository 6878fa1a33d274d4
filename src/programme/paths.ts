// SPDX-License-Identifier: EUPL-1.2
// The programme's addresses, in one place: views, search hits, news items and the menu link through these.

export const programmePaths = {
  programme: '/programma',
  goals: '/programma/doelen',
  goal: (slug: string) => `/programma/doelen#${slug}`,
  line: (slug: string) => `/programma/lijnen/${slug}`,
  measures: '/maatregelen',
  measure: (slug: string) => `/maatregelen/${slug}`,
  alliances: '/allianties',
  alliance: (slug: string) => `/allianties/${slug}`,
  partner: (slug: string) => `/allianties#partner-${slug}`,
  finance: '/financien',
} as const;
