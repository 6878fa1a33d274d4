// SPDX-License-Identifier: EUPL-1.2

import type { Db } from '../../db/client.ts';
import { StatusTag } from '../../platform/components/status-tag.tsx';
import { Table } from '../../platform/components/table.tsx';
import { formatDate, formatEuros, t } from '../../platform/i18n.ts';
import { initiativesPaths } from '../paths.ts';
import { listPublicInitiatives, type PublicInitiative, type WijkFigures } from '../showcase.ts';

export const showcasePath = initiativesPaths.showcase;
export const wijkShowcasePath = (slug: string) => `/initiatieven/wijk/${slug}`;

/** Figures per wijk and year, as a table (the numbers are the content; no chart needed). */
export function FiguresTable({ figures }: { figures: WijkFigures[] }) {
  return (
    <Table
      caption={t('initiatives.showcase.figuresCaption')}
      empty={t('initiatives.showcase.none')}
      rows={figures}
      columns={[
        {
          header: t('initiatives.admin.column.wijk'),
          cell: (f) => (
            <a class="utrecht-link" href={wijkShowcasePath(f.wijkSlug)}>
              {f.wijk}
            </a>
          ),
          rowHeader: true,
        },
        { header: t('initiatives.showcase.year'), cell: (f) => String(f.year) },
        { header: t('initiatives.showcase.count'), cell: (f) => f.initiatives, numeric: true },
        {
          header: t('initiatives.showcase.granted'),
          cell: (f) => formatEuros(f.grantedEuros),
          numeric: true,
        },
        { header: t('initiatives.showcase.people'), cell: (f) => f.peopleReached, numeric: true },
      ]}
    />
  );
}

export function ShowcasePage({ figures }: { figures: WijkFigures[] }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('initiatives.showcase.title')}</h1>
      <p class="utrecht-paragraph">{t('initiatives.showcase.intro')}</p>
      <FiguresTable figures={figures} />
      <p class="utrecht-paragraph">{t('initiatives.showcase.peopleNote')}</p>
    </>
  );
}

export function InitiativeList({ items }: { items: PublicInitiative[] }) {
  if (items.length === 0) return <p class="utrecht-paragraph">{t('initiatives.showcase.none')}</p>;
  return (
    <ul class="plain-list card-list">
      {items.map((i) => (
        <li class="card">
          <h2 class="utrecht-heading-3">{i.title}</h2>
          {i.demo ? <StatusTag label={t('initiatives.example')} tone="neutral" /> : null}
          <p class="utrecht-paragraph">{i.description}</p>
          <p class="utrecht-paragraph">
            {t('initiatives.showcase.facts', {
              buurt: i.buurt ?? t('initiatives.unknown'),
              amount: i.grantedEuros === null ? t('initiatives.unknown') : formatEuros(i.grantedEuros),
              date: i.startsOn ? formatDate(i.startsOn) : t('initiatives.unknown'),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function WijkShowcasePage({ wijk, items }: { wijk: string; items: PublicInitiative[] }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('initiatives.showcase.wijkTitle', { wijk })}</h1>
      <p class="utrecht-paragraph">{t('initiatives.showcase.intro')}</p>
      <InitiativeList items={items} />
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={showcasePath}>
          {t('initiatives.showcase.all')}
        </a>
      </p>
    </>
  );
}

/** The section on a wijk's page: a count and a link. */
export function WijkSection({ slug, count }: { slug: string; count: number }) {
  return (
    <section aria-labelledby="initiatives-wijk">
      <h2 class="utrecht-heading-2" id="initiatives-wijk">
        {t('initiatives.showcase.sectionTitle')}
      </h2>
      <p class="utrecht-paragraph">{t('initiatives.showcase.sectionCount', { count })}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={wijkShowcasePath(slug)}>
          {t('initiatives.showcase.sectionLink')}
        </a>
      </p>
    </section>
  );
}

/** The part's section on /wijken/:slug. Examples are never counted on the real wijk page. */
export async function wijkSection(db: Db, wijkSlug: string) {
  const items = await listPublicInitiatives(db, { wijkSlug, includeDemo: false });
  return <WijkSection slug={wijkSlug} count={items.length} />;
}
