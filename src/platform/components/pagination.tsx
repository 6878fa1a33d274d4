// SPDX-License-Identifier: EUPL-1.2
import { t } from '../i18n.ts';

/** The query of a list page: the filters as they are in the address (empty values are left out). */
export type Query = Record<string, string | undefined>;

/**
 * The address of one page of a list: the same path and filters, only another page number. Page 1 has
 * no number, so it has one address. Empty filters are dropped; the order of the filters is kept.
 */
export function pageHref(path: string, query: Query, page: number, param = 'pagina'): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key !== param && value) params.set(key, value);
  }
  if (page > 1) params.set(param, String(page));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The page numbers to link: the first, the last, and the current one with one neighbour on each side. */
export function pageNumbers(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (typeof last === 'number' && n - last > 1) out.push(null); // a gap: "…"
    out.push(n);
  }
  return out;
}

export interface PaginationProps {
  /** The list's path, e.g. "/maatregelen". */
  path: string;
  /** The filters now in use; every link keeps them. */
  query: Query;
  page: number;
  pageCount: number;
  /** The query parameter of the page number; "pagina" unless a page says otherwise. */
  param?: string;
  /** What the navigation is called for screen readers, when a page has more than one. */
  label?: string;
}

/**
 * Links to the other pages of a list, keeping its filters. Plain links: no JavaScript needed.
 * Nothing is shown when everything fits on one page.
 * @example <Pagination path="/maatregelen" query={{ wijk: 'moerwijk' }} page={2} pageCount={5} />
 */
export function Pagination({ path, query, page, pageCount, param, label }: PaginationProps) {
  if (pageCount <= 1) return null;
  const href = (n: number) => pageHref(path, query, n, param);
  return (
    <nav class="pagination" aria-label={label ?? t('kit.pagination.label')}>
      <p class="utrecht-paragraph">{t('kit.pagination.position', { page, pageCount })}</p>
      <ul class="pagination__list">
        {page > 1 ? (
          <li>
            <a class="utrecht-link pagination__link" rel="prev" href={href(page - 1)}>
              {t('kit.pagination.previous')}
            </a>
          </li>
        ) : null}
        {pageNumbers(page, pageCount).map((n) =>
          n === null ? (
            <li class="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li>
              <a
                class="utrecht-link pagination__link"
                href={href(n)}
                aria-current={n === page ? 'page' : undefined}
                aria-label={t('kit.pagination.page', { page: n })}
              >
                {n}
              </a>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <a class="utrecht-link pagination__link" rel="next" href={href(page + 1)}>
              {t('kit.pagination.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
