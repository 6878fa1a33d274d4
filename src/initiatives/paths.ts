// SPDX-License-Identifier: EUPL-1.2
/** The addresses of the initiatives part; other parts link here through these. */
import type { ApplicationStep } from './rules.ts';

export const initiativesPaths = {
  home: '/initiatieven',
  requestLink: '/initiatieven/aanvragen',
  link: (token: string) => `/initiatieven/link/${token}`,
  useLink: '/initiatieven/link',
  mine: '/initiatieven/mijn',
  start: '/initiatieven/mijn/nieuw',
  signOut: '/initiatieven/afmelden',
  application: (id: number) => `/initiatieven/mijn/${id}`,
  step: (id: number, step: ApplicationStep) => `/initiatieven/mijn/${id}/${step}`,
  send: (id: number) => `/initiatieven/mijn/${id}/versturen`,
  attachment: (id: number, attachmentId: number) => `/initiatieven/mijn/${id}/bijlagen/${attachmentId}`,
  removeAttachment: (id: number, attachmentId: number) =>
    `/initiatieven/mijn/${id}/bijlagen/${attachmentId}/verwijderen`,
  showcase: '/initiatieven/wat-bewoners-doen',
  /** Staff pages, under /beheer. */
  admin: {
    list: '/beheer/initiatieven',
    settings: '/beheer/initiatieven/instellingen',
    application: (id: number) => `/beheer/initiatieven/${id}`,
  },
} as const;
