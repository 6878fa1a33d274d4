// SPDX-License-Identifier: EUPL-1.2
/** The addresses of reports (meldingen). Link here through these, never a hard-coded URL. */
export const reportPaths = {
  home: '/meldingen',
  report: '/meldingen/melden',
  follow: (token: string) => `/meldingen/volgen/${token}`,
  followPhoto: (token: string) => `/meldingen/volgen/${token}/foto`,
  wijk: (slug: string) => `/meldingen/wijk/${slug}`,
  admin: '/beheer/meldingen',
  adminReport: (id: number) => `/beheer/meldingen/${id}`,
} as const;
