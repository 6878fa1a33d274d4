// SPDX-License-Identifier: EUPL-1.2
import type { Child } from 'hono/jsx';
import { formatDate, formatEuros, type MessageKey, t } from '../../i18n.ts';
import { platformPaths } from '../../paths.ts';
import { AreaMap } from '../area-map.tsx';
import { ChartWithTable } from '../chart-with-table.tsx';
import { DateInput, DateTimeInput, parseDateInput, parseDateTimeInput } from '../date-input.tsx';
import { Checkboxes, Radios, SubmitButton } from '../field.tsx';
import { FileUpload } from '../file-upload.tsx';
import { FilterForm, FilterSearch, FilterSelect } from '../filter-form.tsx';
import { Pagination } from '../pagination.tsx';
import { PublicAnswer } from '../public-answer.tsx';
import { StatusTag, statusTones } from '../status-tag.tsx';
import { Table } from '../table.tsx';
import { Timeline } from '../timeline.tsx';

/** The wijken and buurten to show, already projected (the shape of the places' map data). */
export interface ExampleGeometry {
  width: number;
  height: number;
  wijken: { code: string; label: string; path: string }[];
  buurten: { code: string; name: string; wijkCode: string; path: string; labelX: number; labelY: number }[];
}

export interface ExampleQuery {
  one(name: string): string | undefined;
  all(name: string): string[];
}

interface ExampleProps {
  geometry: ExampleGeometry;
  query: ExampleQuery;
}

const base = platformPaths.staff.examples;

function ExampleFrame({ title, about, children }: { title: MessageKey; about: MessageKey; children: Child }) {
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={base}>
          {t('kit.examples.back')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{t(title)}</h1>
      <p class="utrecht-paragraph">{t(about)}</p>
      {children}
    </>
  );
}

/** Made-up figures per buurt (said so on the page): large enough to show that numbers stay whole. */
function exampleRows(geometry: ExampleGeometry) {
  return geometry.buurten.map((buurt, i) => ({
    ...buurt,
    wijk: geometry.wijken.find((w) => w.code === buurt.wijkCode)?.label ?? '',
    residents: 1_234 + i * 2_345,
    budget: 125_000 + i * 1_010_500,
  }));
}

function RadiosExample({ query }: ExampleProps) {
  const options = [
    { value: 'mail', label: t('kit.examples.choice.mail') },
    { value: 'brief', label: t('kit.examples.choice.letter') },
    { value: 'geen', label: t('kit.examples.choice.none') },
  ];
  return (
    <ExampleFrame title="kit.examples.radios.title" about="kit.examples.radios.about">
      <p class="utrecht-paragraph">{t('kit.examples.try')}</p>
      <form method="get" action={`${base}/keuzerondjes`}>
        <Radios
          name="bericht"
          legend={t('kit.examples.radios.legend')}
          hint={t('kit.examples.radios.hint')}
          options={options}
          checked={query.one('bericht') ?? ''}
        />
        <SubmitButton label={t('kit.examples.send')} />
      </form>
      <h2 class="utrecht-heading-2">{t('kit.examples.withError')}</h2>
      <Radios
        name="bericht-fout"
        legend={t('kit.examples.radios.legend')}
        error={t('kit.examples.radios.error')}
        options={options}
        checked=""
      />
    </ExampleFrame>
  );
}

function CheckboxesExample({ geometry, query }: ExampleProps) {
  const options = geometry.buurten.map((b) => ({ value: b.code, label: b.name }));
  return (
    <ExampleFrame title="kit.examples.checkboxes.title" about="kit.examples.checkboxes.about">
      <p class="utrecht-paragraph">{t('kit.examples.try')}</p>
      <form method="get" action={`${base}/vinkjes`}>
        <Checkboxes
          name="buurt"
          legend={t('kit.examples.checkboxes.legend')}
          hint={t('kit.examples.checkboxes.hint')}
          options={options}
          checked={query.all('buurt')}
        />
        <SubmitButton label={t('kit.examples.send')} />
      </form>
      <h2 class="utrecht-heading-2">{t('kit.examples.withError')}</h2>
      <Checkboxes
        name="buurt-fout"
        legend={t('kit.examples.checkboxes.legend')}
        error={t('kit.examples.checkboxes.error')}
        options={options.slice(0, 3)}
        checked={[]}
      />
    </ExampleFrame>
  );
}

const dateTimeText = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

function DatesExample({ query }: ExampleProps) {
  const date = query.one('datum');
  const dateTime = query.one('sluiting');
  const parsedDate = date ? parseDateInput(date) : null;
  const parsedDateTime = dateTime ? parseDateTimeInput(dateTime) : null;
  return (
    <ExampleFrame title="kit.examples.dates.title" about="kit.examples.dates.about">
      <p class="utrecht-paragraph">{t('kit.examples.try')}</p>
      <form method="get" action={`${base}/datum`}>
        <DateInput
          name="datum"
          label={t('kit.examples.dates.date')}
          value={date}
          error={date && !parsedDate ? t('kit.examples.dates.error') : undefined}
        />
        {parsedDate ? (
          <p class="utrecht-paragraph" role="status">
            {t('kit.examples.dates.read', { value: formatDate(parsedDate) })}
          </p>
        ) : null}
        <DateTimeInput
          name="sluiting"
          label={t('kit.examples.dates.dateTime')}
          value={dateTime}
          error={dateTime && !parsedDateTime ? t('kit.examples.dates.error') : undefined}
        />
        {parsedDateTime ? (
          <p class="utrecht-paragraph" role="status">
            {t('kit.examples.dates.read', { value: dateTimeText.format(parsedDateTime) })}
          </p>
        ) : null}
        <SubmitButton label={t('kit.examples.send')} />
      </form>
    </ExampleFrame>
  );
}

function TableExample({ geometry }: ExampleProps) {
  return (
    <ExampleFrame title="kit.examples.table.title" about="kit.examples.table.about">
      <p class="utrecht-paragraph">{t('kit.examples.madeUp')}</p>
      <BuurtTable rows={exampleRows(geometry)} />
    </ExampleFrame>
  );
}

function BuurtTable({ rows }: { rows: ReturnType<typeof exampleRows> }) {
  return (
    <Table
      caption={t('kit.examples.table.caption')}
      rows={rows}
      columns={[
        { header: t('kit.examples.table.buurt'), cell: (r) => r.name, rowHeader: true },
        { header: t('kit.examples.filter.wijk'), cell: (r) => r.wijk },
        { header: t('kit.examples.table.code'), cell: (r) => r.code },
        { header: t('kit.examples.table.residents'), cell: (r) => r.residents, numeric: true },
        { header: t('kit.examples.table.budget'), cell: (r) => formatEuros(r.budget), numeric: true },
      ]}
    />
  );
}

function PaginationExample({ query }: ExampleProps) {
  const pageCount = 12;
  const page = Math.min(pageCount, Math.max(1, Number(query.one('pagina')) || 1));
  // The links keep every filter in the address; try /beheer/voorbeelden/paginas?wijk=WK051836&q=hof.
  const filters = { wijk: query.one('wijk') ?? 'WK051836', q: query.one('q') ?? 'hof' };
  return (
    <ExampleFrame title="kit.examples.pagination.title" about="kit.examples.pagination.about">
      <p class="utrecht-paragraph">{t('kit.pagination.position', { page, pageCount })}</p>
      <Pagination path={`${base}/paginas`} query={filters} page={page} pageCount={pageCount} />
    </ExampleFrame>
  );
}

const perPage = 3;

function FilterExample({ geometry, query }: ExampleProps) {
  const wijk = query.one('wijk') || undefined;
  const search = query.one('q')?.trim() || undefined;
  const matches = exampleRows(geometry).filter(
    (row) =>
      (!wijk || row.wijkCode === wijk) && (!search || row.name.toLowerCase().includes(search.toLowerCase())),
  );
  const pageCount = Math.max(1, Math.ceil(matches.length / perPage));
  const page = Math.min(pageCount, Math.max(1, Number(query.one('pagina')) || 1));
  const path = `${base}/filter`;
  return (
    <ExampleFrame title="kit.examples.filter.title" about="kit.examples.filter.about">
      <FilterForm
        action={path}
        label={t('kit.examples.filter.label')}
        resetHref={wijk || search ? path : undefined}
      >
        <FilterSelect
          name="wijk"
          label={t('kit.examples.filter.wijk')}
          value={wijk}
          options={geometry.wijken.map((w) => ({ value: w.code, label: w.label }))}
        />
        <FilterSearch name="q" label={t('kit.examples.filter.search')} value={search} />
      </FilterForm>
      <p class="utrecht-paragraph" role="status">
        {t('kit.examples.filter.count', { count: matches.length })}
      </p>
      <BuurtTable rows={matches.slice((page - 1) * perPage, page * perPage)} />
      <Pagination path={path} query={{ wijk, q: search }} page={page} pageCount={pageCount} />
    </ExampleFrame>
  );
}

function StatusExample(_: ExampleProps) {
  return (
    <ExampleFrame title="kit.examples.status.title" about="kit.examples.status.about">
      <ul class="utrecht-unordered-list">
        {statusTones.map((tone) => (
          <li>
            <StatusTag label={t(`kit.examples.status.${tone}`)} tone={tone} /> <code>{tone}</code>
          </li>
        ))}
      </ul>
    </ExampleFrame>
  );
}

function TimelineExample(_: ExampleProps) {
  return (
    <ExampleFrame title="kit.examples.timeline.title" about="kit.examples.timeline.about">
      <Timeline
        headingLevel={2}
        entries={[
          {
            at: new Date('2027-02-01T10:00:00Z'),
            title: t('kit.examples.timeline.submitted'),
            actor: t('kit.examples.timeline.resident'),
            status: { label: t('kit.examples.status.neutral'), tone: 'neutral' },
          },
          {
            at: new Date('2027-02-10T09:00:00Z'),
            title: t('kit.examples.timeline.review'),
            body: <p class="utrecht-paragraph">{t('kit.examples.timeline.reviewBody')}</p>,
            actor: t('kit.examples.timeline.staff'),
            status: { label: t('kit.examples.status.info'), tone: 'info' },
          },
          {
            at: new Date('2027-03-01T15:30:00Z'),
            title: t('kit.examples.timeline.approved'),
            actor: t('kit.examples.timeline.staff'),
            status: { label: t('kit.examples.status.success'), tone: 'success' },
          },
        ]}
      />
    </ExampleFrame>
  );
}

function AnswerExample(_: ExampleProps) {
  return (
    <ExampleFrame title="kit.examples.answer.title" about="kit.examples.answer.about">
      <PublicAnswer
        body={t('kit.examples.answer.body')}
        answeredBy={t('kit.examples.answer.name')}
        answeredOn={new Date('2027-03-01T15:30:00Z')}
        status={{ label: t('kit.examples.status.success'), tone: 'success' }}
      />
    </ExampleFrame>
  );
}

function UploadExample(_: ExampleProps) {
  return (
    <ExampleFrame title="kit.examples.upload.title" about="kit.examples.upload.about">
      <FileUpload
        name="foto"
        label={t('kit.examples.upload.label')}
        accept={['image/jpeg', 'image/png']}
        typesText="JPG, PNG"
        maxBytes={5_000_000}
      />
      <FileUpload
        name="bijlagen"
        label={t('kit.examples.upload.multiLabel')}
        accept={['application/pdf', '.pdf']}
        typesText="PDF"
        maxBytes={10_000_000}
        multiple
      />
      <h2 class="utrecht-heading-2">{t('kit.examples.withError')}</h2>
      <FileUpload
        name="foto-fout"
        label={t('kit.examples.upload.label')}
        accept={['image/jpeg', 'image/png']}
        typesText="JPG, PNG"
        maxBytes={5_000_000}
        error={t('kit.examples.upload.error')}
      />
    </ExampleFrame>
  );
}

function MapExample({ geometry }: ExampleProps) {
  return (
    <ExampleFrame title="kit.examples.map.title" about="kit.examples.map.about">
      <AreaMap
        width={geometry.width}
        height={geometry.height}
        areas={geometry.buurten}
        outlines={geometry.wijken}
        caption={t('kit.examples.map.caption')}
      />
    </ExampleFrame>
  );
}

/** Made-up numbers of participants; 2024 is unknown for Morgenstond, to show a gap. */
export const chartExample = {
  categories: ['2022', '2023', '2024', '2025', '2026'],
  series: [
    { key: 'kit.examples.chart.seriesA', values: [120, 185, 240, 1_310, 2_045] },
    { key: 'kit.examples.chart.seriesB', values: [80, 95, null, 410, 655] },
  ],
} as const;

function ChartExample(_: ExampleProps) {
  return (
    <ExampleFrame title="kit.examples.chart.title" about="kit.examples.chart.about">
      <p class="utrecht-paragraph">{t('kit.examples.madeUp')}</p>
      <ChartWithTable
        caption={t('kit.examples.chart.caption')}
        summary={t('kit.examples.chart.summary')}
        categoryHeader={t('kit.examples.chart.year')}
        categories={[...chartExample.categories]}
        series={chartExample.series.map((s) => ({ label: t(s.key), values: [...s.values] }))}
      />
    </ExampleFrame>
  );
}

/** Every example page: its address under /beheer/voorbeelden, its title, and what it shows. */
export const examplePages = {
  keuzerondjes: {
    title: 'kit.examples.radios.title',
    about: 'kit.examples.radios.about',
    Page: RadiosExample,
  },
  vinkjes: {
    title: 'kit.examples.checkboxes.title',
    about: 'kit.examples.checkboxes.about',
    Page: CheckboxesExample,
  },
  datum: { title: 'kit.examples.dates.title', about: 'kit.examples.dates.about', Page: DatesExample },
  tabel: { title: 'kit.examples.table.title', about: 'kit.examples.table.about', Page: TableExample },
  paginas: {
    title: 'kit.examples.pagination.title',
    about: 'kit.examples.pagination.about',
    Page: PaginationExample,
  },
  filter: { title: 'kit.examples.filter.title', about: 'kit.examples.filter.about', Page: FilterExample },
  status: { title: 'kit.examples.status.title', about: 'kit.examples.status.about', Page: StatusExample },
  tijdlijn: {
    title: 'kit.examples.timeline.title',
    about: 'kit.examples.timeline.about',
    Page: TimelineExample,
  },
  antwoord: { title: 'kit.examples.answer.title', about: 'kit.examples.answer.about', Page: AnswerExample },
  bestand: { title: 'kit.examples.upload.title', about: 'kit.examples.upload.about', Page: UploadExample },
  kaart: { title: 'kit.examples.map.title', about: 'kit.examples.map.about', Page: MapExample },
  grafiek: { title: 'kit.examples.chart.title', about: 'kit.examples.chart.about', Page: ChartExample },
} as const satisfies Record<
  string,
  { title: MessageKey; about: MessageKey; Page: (props: ExampleProps) => Child }
>;

export type ExampleSlug = keyof typeof examplePages;
export const exampleSlugs = Object.keys(examplePages) as ExampleSlug[];

export function ExampleIndexPage() {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('kit.examples.title')}</h1>
      <p class="utrecht-paragraph">{t('kit.examples.intro')}</p>
      <ul class="utrecht-unordered-list">
        {exampleSlugs.map((slug) => (
          <li>
            <a class="utrecht-link" href={platformPaths.staff.example(slug)}>
              {t(examplePages[slug].title)}
            </a>
            : {t(examplePages[slug].about)}
          </li>
        ))}
      </ul>
    </>
  );
}
