// SPDX-License-Identifier: EUPL-1.2
// The wijkbudget's addresses, in one place: views, redirects, mails, letters and the API link through these.

const staff = '/beheer/wijkbudget';
const api = '/api/v1/wijkbudget';

export const wijkbudgetPaths = {
  rounds: '/wijkbudget',
  ballotScript: '/wijkbudget/stembiljet.js',
  round: (slug: string) => `/wijkbudget/${slug}`,
  plan: (slug: string, planId: number | string) => `/wijkbudget/${slug}/plannen/${planId}`,
  planPhoto: (slug: string, planId: number) => `/wijkbudget/${slug}/plannen/${planId}/foto`,
  submitPlan: (slug: string) => `/wijkbudget/${slug}/plan-insturen`,
  planSent: (slug: string, planId: number) => `/wijkbudget/${slug}/plan-insturen/verstuurd/${planId}`,
  vote: (slug: string) => `/wijkbudget/${slug}/stemmen`,
  castVote: (slug: string) => `/wijkbudget/${slug}/stemmen/uitbrengen`,
  demoCode: (slug: string) => `/wijkbudget/${slug}/voorbeeldcode`,
  tracker: (slug: string) => `/wijkbudget/${slug}/controlecode`,
  result: (slug: string) => `/wijkbudget/${slug}/uitslag`,
  /** Staff pages, under /beheer/wijkbudget. */
  admin: {
    rounds: staff,
    newRound: `${staff}/nieuw`,
    round: (id: number) => `${staff}/${id}`,
    newPlan: (id: number) => `${staff}/${id}/plannen/nieuw`,
    plan: (id: number, planId: number) => `${staff}/${id}/plannen/${planId}`,
    planPhoto: (id: number, planId: number) => `${staff}/${id}/plannen/${planId}/foto`,
    codes: (id: number) => `${staff}/${id}/stemcodes`,
    helpDeskCode: (id: number) => `${staff}/${id}/stemcodes/balie`,
    confirmCodeRequest: (id: number, batchId: number) =>
      `${staff}/${id}/stemcodes/verzoeken/${batchId}/bevestigen`,
    rejectCodeRequest: (id: number, batchId: number) =>
      `${staff}/${id}/stemcodes/verzoeken/${batchId}/afwijzen`,
    paper: (id: number) => `${staff}/${id}/stembiljetten`,
    pollingPlaces: (id: number) => `${staff}/${id}/stembureaus`,
    result: (id: number) => `${staff}/${id}/uitslag`,
    count: (id: number) => `${staff}/${id}/tellen`,
    publish: (id: number) => `${staff}/${id}/publiceren`,
  },
  /** Open data, under /api/v1/wijkbudget. */
  api: {
    round: (id: number) => `${api}/rounds/${id}`,
    result: (id: number) => `${api}/rounds/${id}/result`,
    resultDocument: (id: number) => `${api}/rounds/${id}/result.json`,
    ballots: (id: number, format: 'pb' | 'csv') => `${api}/rounds/${id}/ballots.${format}`,
  },
} as const;
