// SPDX-License-Identifier: EUPL-1.2
/** The public pages of reports: per wijk, what was reported (blurred to the buurt) and what was done. */
import { Pagination } from '../../platform/components/pagination.tsx';
import { PublicAnswer } from '../../platform/components/public-answer.tsx';
import { formatDate, t, tPlural } from '../../platform/i18n.ts';
import { reportPaths } from '../paths.ts';
import { isCategory } from '../rules.ts';
import type { BuurtChoice, PublicReport, ReportFigures } from '../service.ts';
import { FiguresSections, FiguresTable } from './admin-pages.tsx';
import { DemoTag, ReportStatusTag } from './parts.tsx';

export function PublicReportList({ rows, buurten }: { rows: PublicReport[]; buurten: BuurtChoice[] }) {
  const buurtName = (code: string) => buurten.find((b) => b.code === code)?.name ?? code;
  return (
    <ul class="report-list">
      {rows.map((r) => (
        <li class="report-list__item">
          <h3 class="utrecht-heading-3">
            {t('reports.public.item', {
              category: isCategory(r.category) ? t(`reports.category.${r.category}`) : r.category,
              buurt: buurtName(r.buurtCode),
            })}
          </h3>
          <p class="utrecht-paragraph">
            <ReportStatusTag status={r.status} /> <DemoTag demo={r.demo} />{' '}
            {t('reports.public.received', { date: formatDate(r.createdAt) })}
          </p>
          {r.forwardedTo && r.status === 'forwarded' ? (
            <p class="utrecht-paragraph">{t('reports.follow.forwardedTo', { name: r.forwardedTo })}</p>
          ) : null}
          {r.publicAnswer && r.answeredAt && r.status === 'closed' ? (
            <PublicAnswer
              heading={t('reports.follow.answerHeading')}
              headingLevel={3}
              body={r.publicAnswer}
              answeredBy={t('reports.follow.answeredBy')}
              answeredOn={r.answeredAt}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function PublicWijkPage(props: {
  wijk: { slug: string; name: string };
  rows: PublicReport[];
  total: number;
  page: number;
  pageCount: number;
  examples: PublicReport[];
  buurten: BuurtChoice[];
  figures: ReportFigures['all'] | null;
}) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('reports.public.wijkTitle', { wijk: props.wijk.name })}</h1>
      <p class="utrecht-paragraph">{t('reports.public.wijkIntro')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={reportPaths.report}>
          {t('reports.public.report')}
        </a>
      </p>
      {props.figures ? (
        <FiguresTable
          caption={t('reports.public.figuresTitle', { wijk: props.wijk.name })}
          rows={[{ label: props.wijk.name, figures: props.figures }]}
        />
      ) : null}
      <h2 class="utrecht-heading-2">{tPlural('reports.public.count', props.total)}</h2>
      {props.rows.length === 0 ? (
        <p class="utrecht-paragraph">{t('reports.public.none')}</p>
      ) : (
        <PublicReportList rows={props.rows} buurten={props.buurten} />
      )}
      <Pagination
        path={reportPaths.wijk(props.wijk.slug)}
        query={{}}
        page={props.page}
        pageCount={props.pageCount}
        label={t('reports.public.pages')}
      />
      {props.examples.length > 0 ? (
        <section aria-labelledby="examples">
          <h2 class="utrecht-heading-2" id="examples">
            {t('reports.public.examples')}
          </h2>
          <p class="utrecht-paragraph">{t('reports.public.examplesIntro')}</p>
          <PublicReportList rows={props.examples} buurten={props.buurten} />
        </section>
      ) : null}
    </>
  );
}

export function PublicFiguresPage({ figures }: { figures: ReportFigures }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('reports.figures.title')}</h1>
      <FiguresSections figures={figures} />
    </>
  );
}

/** The links under the start page: each wijk's reports and the figures. */
export function WijkLinks({ wijken }: { wijken: { slug: string; name: string }[] }) {
  return (
    <section aria-labelledby="report-wijken">
      <h2 class="utrecht-heading-2" id="report-wijken">
        {t('reports.public.wijken')}
      </h2>
      <p class="utrecht-paragraph">{t('reports.public.wijkenIntro')}</p>
      <ul class="utrecht-unordered-list">
        {wijken.map((w) => (
          <li>
            <a class="utrecht-link" href={reportPaths.wijk(w.slug)}>
              {w.name}
            </a>
          </li>
        ))}
        <li>
          <a class="utrecht-link" href={`${reportPaths.home}/cijfers`}>
            {t('reports.public.figuresLink')}
          </a>
        </li>
      </ul>
    </section>
  );
}
