// SPDX-License-Identifier: EUPL-1.2
/**
 * Batches of voting codes on the staff pages (requests that wait for a second staff member) and their
 * counts on staff and public pages (codes per kind, turnout per buurt from used codes).
 */
import { CsrfField } from '../../platform/components/field.tsx';
import { formatDate, formatNumber, type MessageKey, t } from '../../platform/i18n.ts';
import {
  type BuurtTurnout,
  type CodesPerKind,
  minimumCodesPerBuurt,
  percentUsed,
} from '../code-batch-rules.ts';
import type { BatchListing } from '../code-batches.ts';
import { wijkbudgetPaths } from '../paths.ts';

const kindNames: Record<string, MessageKey> = {
  letters: 'wijkbudget.codesKind.letters',
  'help-desk': 'wijkbudget.codesKind.help-desk',
};

/** The Dutch name of a batch kind; a kind without a name (added later) shows as it is stored. */
export function kindName(kind: string): string {
  const key = kindNames[kind];
  return key ? t(key) : kind;
}

const at = (date: Date | string) => formatDate(date instanceof Date ? date : new Date(date));

/**
 * Requests for codes that wait for a second staff member, each with one button to confirm (the codes
 * are made then, and go to the person who confirms) and one to reject. The person who asked sees
 * that someone else must confirm, and may withdraw the request.
 */
export function CodeRequestList({
  roundId,
  requests,
  userId,
  csrfToken,
}: {
  roundId: number;
  requests: BatchListing[];
  /** The signed-in staff member; their own requests get no confirm button (the server refuses too). */
  userId: number;
  csrfToken: string;
}) {
  return (
    <section aria-labelledby="verzoeken">
      <h2 class="utrecht-heading-2" id="verzoeken">
        {t('wijkbudget.admin.requests.title', { count: requests.length })}
      </h2>
      {requests.length === 0 ? (
        <p class="utrecht-paragraph">{t('wijkbudget.admin.requests.none')}</p>
      ) : (
        <p class="utrecht-paragraph">{t('wijkbudget.admin.requests.intro')}</p>
      )}
      <ul class="plain-list">
        {requests.map((request) => {
          const own = request.createdById === userId;
          const helpDesk = request.kind === 'help-desk';
          return (
            <li class="card">
              <h3 class="utrecht-heading-4">
                {helpDesk
                  ? t('wijkbudget.admin.requests.helpDesk', { label: request.label })
                  : t('wijkbudget.admin.requests.letters', {
                      label: request.label,
                      size: formatNumber(request.size),
                    })}
              </h3>
              <p class="utrecht-paragraph">
                {t('wijkbudget.admin.requests.by', {
                  name: request.createdBy ?? t('admin.audit.system'),
                  date: at(request.createdAt),
                })}
                {request.buurtName
                  ? ` ${t('wijkbudget.admin.codes.forBuurt', { buurt: request.buurtName })}`
                  : ''}
              </p>
              {own ? (
                <p class="utrecht-paragraph">{t('wijkbudget.admin.requests.yours')}</p>
              ) : (
                <form
                  method="post"
                  action={wijkbudgetPaths.admin.confirmCodeRequest(roundId, request.id)}
                  class="inline-form"
                >
                  <CsrfField token={csrfToken} />
                  <button type="submit" class="utrecht-button utrecht-button--primary-action">
                    {helpDesk
                      ? t('wijkbudget.admin.requests.confirmHelpDesk')
                      : t('wijkbudget.admin.requests.confirmLetters')}
                  </button>
                </form>
              )}
              <form
                method="post"
                action={wijkbudgetPaths.admin.rejectCodeRequest(roundId, request.id)}
                class="inline-form"
              >
                <CsrfField token={csrfToken} />
                <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                  {own ? t('wijkbudget.admin.requests.withdraw') : t('wijkbudget.admin.requests.reject')}
                </button>
              </form>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * Codes issued per kind of batch, as published: one column per kind (there are few, with short names),
 * one row per number, so the table fits a 360 px phone.
 */
export function CodesPerKindTable({ rows }: { rows: readonly CodesPerKind[] }) {
  const numeric = 'utrecht-table__cell utrecht-table__cell--numeric';
  // Results published before replaced codes were counted apart have no such rows: not shown as 0.
  const withReplaced = rows.every((row) => row.replaced !== undefined && row.usable !== undefined);
  const lines: { label: MessageKey; value: (row: CodesPerKind) => number }[] = [
    { label: 'wijkbudget.codesKind.batches', value: (row) => row.batches },
    { label: 'wijkbudget.codesKind.codes', value: (row) => row.codes },
    ...(withReplaced
      ? [
          {
            label: 'wijkbudget.codesKind.replaced' as const,
            value: (row: CodesPerKind) => row.replaced ?? 0,
          },
          { label: 'wijkbudget.codesKind.usable' as const, value: (row: CodesPerKind) => row.usable ?? 0 },
        ]
      : []),
    { label: 'wijkbudget.codesKind.duringVoting', value: (row) => row.codes_during_voting },
    { label: 'wijkbudget.codesKind.used', value: (row) => row.used },
  ];
  return (
    <div class="utrecht-table-container">
      <table class="utrecht-table">
        <caption class="utrecht-table__caption">{t('wijkbudget.codesKind.caption')}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {t('wijkbudget.codesKind.count')}
            </th>
            {rows.map((row) => (
              <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                {kindName(row.kind)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {lines.map((line) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {t(line.label)}
              </th>
              {rows.map((row) => (
                <td class={numeric}>{formatNumber(line.value(row))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Turnout per buurt: letter codes issued and used per buurt, never anything about choices. */
export function BuurtTurnoutTable({ rows }: { rows: readonly BuurtTurnout[] }) {
  const numeric = 'utrecht-table__cell utrecht-table__cell--numeric';
  const numericHead = 'utrecht-table__header-cell utrecht-table__header-cell--numeric';
  return (
    <div class="utrecht-table-container">
      <table class="utrecht-table">
        <caption class="utrecht-table__caption">{t('wijkbudget.turnoutBuurt.caption')}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {t('wijkbudget.turnoutBuurt.buurt')}
            </th>
            <th class={numericHead} scope="col">
              {t('wijkbudget.turnoutBuurt.codes')}
            </th>
            <th class={numericHead} scope="col">
              {t('wijkbudget.turnoutBuurt.used')}
            </th>
            <th class={numericHead} scope="col">
              {t('wijkbudget.turnoutBuurt.percent')}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rows.map((row) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {row.buurt ?? t('wijkbudget.turnoutBuurt.other')}
              </th>
              <td class={numeric}>{formatNumber(row.codes)}</td>
              <td class={numeric}>{formatNumber(row.used)}</td>
              <td class={numeric}>{`${formatNumber(percentUsed(row))}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The sentence under a turnout-per-buurt table: where the numbers come from, and the small-buurt rule. */
export function buurtTurnoutNote(): string {
  return t('wijkbudget.turnoutBuurt.note', { minimum: minimumCodesPerBuurt });
}
