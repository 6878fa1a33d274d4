// SPDX-License-Identifier: EUPL-1.2
// The addresses of consultations (inspraak), in one place.

export const consultationsPaths = {
  list: '/inspraak',
  listOfWijk: (wijkSlug: string) => `/inspraak?wijk=${encodeURIComponent(wijkSlug)}`,
  consultation: (slug: string) => `/inspraak/${slug}`,
  figures: '/inspraak/antwoorden',
  /** Staff pages, under /beheer/inspraak. */
  admin: {
    overview: '/beheer/inspraak',
    create: '/beheer/inspraak/nieuw',
    consultation: (id: number) => `/beheer/inspraak/${id}`,
    enterContribution: (id: number) => `/beheer/inspraak/${id}/reacties/nieuw`,
    queue: '/beheer/inspraak/wachtrij',
    summary: (id: number) => `/beheer/inspraak/${id}/samenvatting`,
    contribution: (id: number) => `/beheer/inspraak/reacties/${id}`,
  },
} as const;
