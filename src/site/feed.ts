// SPDX-License-Identifier: EUPL-1.2
import { t } from '../platform/i18n.ts';
import type { NewsItem } from '../platform/part.ts';
import { absoluteUrl } from '../platform/paths.ts';
import { sitePaths } from './paths.ts';

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch]!,
  );

/** The latest progress updates as an Atom 1.0 feed (RFC 4287). Text content only: nothing is HTML. */
export function atomFeed(updates: NewsItem[], publicUrl: string): string {
  const url = (path: string) => absoluteUrl(publicUrl, path);
  const updated = new Date(Math.max(0, ...updates.map((u) => u.createdAt.getTime())));
  const entries = updates.map(
    (u) => `  <entry>
    <id>${url(escapeXml(u.href))}#${escapeXml(u.anchor)}</id>
    <title>${escapeXml(u.title)}</title>
    <link rel="alternate" type="text/html" href="${url(escapeXml(u.href))}"/>
    <published>${u.publishedOn}T00:00:00Z</published>
    <updated>${u.createdAt.toISOString()}</updated>
    <content type="text">${escapeXml(u.body)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
  <id>${url(sitePaths.news)}</id>
  <title>${escapeXml(t('updates.feedTitle'))}</title>
  <link rel="self" href="${url(sitePaths.newsFeed)}"/>
  <link rel="alternate" type="text/html" href="${url(sitePaths.news)}"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>${escapeXml(t('site.name'))}</name></author>
${entries.join('\n')}
</feed>
`;
}
