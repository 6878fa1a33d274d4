// SPDX-License-Identifier: EUPL-1.2
// The platform's own addresses, in one place: the staff back office's shared pages and the open data root.
// A part's addresses live in its paths.ts; the site's (home, about, news) in src/site/paths.ts.

const staff = '/beheer';

export const platformPaths = {
  /** The site's root, where signing out and the error pages lead. */
  root: '/',
  stylesheet: '/static/site.css',
  api: '/api/v1',
  openApi: '/api/v1/openapi.json',
  /** Staff pages, under /beheer. */
  staff: {
    dashboard: staff,
    signIn: `${staff}/inloggen`,
    signInThenBack: (back: string) => `${staff}/inloggen?terug=${encodeURIComponent(back)}`,
    signOut: `${staff}/uitloggen`,
    invitation: (token: string) => `${staff}/uitnodiging/${token}`,
    users: `${staff}/gebruikers`,
    userInvitation: (id: number) => `${staff}/gebruikers/${id}/uitnodiging`,
    userEnable: (id: number) => `${staff}/gebruikers/${id}/activeren`,
    userDisable: (id: number) => `${staff}/gebruikers/${id}/blokkeren`,
    auditLog: `${staff}/logboek`,
    mail: `${staff}/mail`,
    mailRetry: (id: string) => `${staff}/mail/${encodeURIComponent(id)}/opnieuw`,
    examples: `${staff}/voorbeelden`,
    example: (slug: string) => `${staff}/voorbeelden/${slug}`,
  },
} as const;

/** An address as a full URL, for mails and letters: `publicUrl` is the site's PUBLIC_URL. */
export function absoluteUrl(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/$/, '')}${path}`;
}
