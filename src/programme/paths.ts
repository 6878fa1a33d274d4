// SPDX-License-Identifier: EUPL-1.2
// The programme's addresses, in one place: views, search hits, news items and the menu link through these.

export const programmePaths = {
  programme: '/programma',
  goals: '/programma/doelen',
  goal: (slug: string) => `/programma/doelen#${slug}`,
  line: (slug: string) => `/programma/lijnen/${slug}`,
  measures: '/maatregelen',
  measure: (slug: string) => `/maatregelen/${slug}`,
  measuresCsv: '/api/v1/measures.csv',
  alliances: '/allianties',
  alliance: (slug: string) => `/allianties/${slug}`,
  partner: (slug: string) => `/allianties#partner-${slug}`,
  finance: '/financien',
  /** Staff pages, under /beheer. */
  admin: {
    measures: '/beheer/maatregelen',
    newMeasure: '/beheer/maatregelen/nieuw',
    measure: (id: number) => `/beheer/maatregelen/${id}`,
    measureStatus: (id: number) => `/beheer/maatregelen/${id}/status`,
    measureUpdate: (id: number) => `/beheer/maatregelen/${id}/voortgang`,
    lines: '/beheer/lijnen',
    line: (slug: string) => `/beheer/lijnen/${slug}`,
    goal: (slug: string) => `/beheer/doelen/${slug}`,
  },
} as const;
