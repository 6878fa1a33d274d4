// SPDX-License-Identifier: EUPL-1.2

import { SourceNote } from '../../platform/components/source-note.tsx';
import { t, tPlural } from '../../platform/i18n.ts';
import { programmePaths } from '../paths.ts';
import type { getAlliance, listAlliances, listPartners } from '../service.ts';
import { MeasureList } from './measure-list.tsx';

interface ListProps {
  alliances: Awaited<ReturnType<typeof listAlliances>>;
  partners: Awaited<ReturnType<typeof listPartners>>;
}

export function AlliancesPage({ alliances, partners }: ListProps) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('programme.alliances.title')}</h1>
      <p class="utrecht-paragraph">{t('programme.alliances.intro')}</p>
      {alliances.map((a) => (
        <section aria-labelledby={`alliantie-${a.slug}`} class="card">
          <h2 class="utrecht-heading-2" id={`alliantie-${a.slug}`}>
            <a class="utrecht-link" href={programmePaths.alliance(a.slug)}>
              {a.name}
            </a>
          </h2>
          <p class="utrecht-paragraph">{a.description}</p>
          <p class="utrecht-paragraph">{tPlural('programme.alliance.partnerCount', a.partners.length)}</p>
        </section>
      ))}
      <h2 class="utrecht-heading-2">{t('programme.partners.title')}</h2>
      <ul class="utrecht-unordered-list partner-list">
        {partners.map((p) => (
          <li id={`partner-${p.slug}`}>
            {p.name}
            {p.alliances.length > 0 ? (
              <span class="muted"> ({p.alliances.map((a) => a.name).join(', ')})</span>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

export function AlliancePage({
  alliance,
}: {
  alliance: NonNullable<Awaited<ReturnType<typeof getAlliance>>>;
}) {
  return (
    <>
      <p class="pre-heading">{t('programme.alliance.preHeading')}</p>
      <h1 class="utrecht-heading-1">{alliance.name}</h1>
      <p class="utrecht-paragraph">{alliance.description}</p>
      <SourceNote source={alliance.source} />
      {alliance.lines.length > 0 ? (
        <p class="utrecht-paragraph">
          {t('programme.alliance.lines')}{' '}
          {alliance.lines.map((l, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a class="utrecht-link" href={programmePaths.line(l.slug)}>
                {l.name}
              </a>
            </>
          ))}
        </p>
      ) : null}
      <h2 class="utrecht-heading-2">{t('programme.partners.title')}</h2>
      {alliance.partners.length > 0 ? (
        <ul class="utrecht-unordered-list">
          {alliance.partners.map((p) => (
            <li>{p.name}</li>
          ))}
        </ul>
      ) : (
        <p class="utrecht-paragraph">{t('site.unknown')}</p>
      )}
      <h2 class="utrecht-heading-2">{t('programme.measures.title')}</h2>
      <MeasureList measures={alliance.measures} />
    </>
  );
}
