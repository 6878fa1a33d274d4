// SPDX-License-Identifier: EUPL-1.2
import { SourceNote } from '../../platform/components/source-note.tsx';
import { formatEuros, formatNumber, t } from '../../platform/i18n.ts';
import type { listBudgetTables, listFunds } from '../service.ts';

interface Props {
  funds: Awaited<ReturnType<typeof listFunds>>;
  tables: Awaited<ReturnType<typeof listBudgetTables>>;
}

const cell = (value: number | null) => (value === null ? '' : formatNumber(value));

export function FinancePage({ funds, tables }: Props) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('finance.title')}</h1>
      <h2 class="utrecht-heading-2">{t('finance.funds.title')}</h2>
      {funds.map((fund) => (
        <section aria-labelledby={`fonds-${fund.slug}`}>
          <h3 class="utrecht-heading-3" id={`fonds-${fund.slug}`}>
            {fund.name}
          </h3>
          <p class="utrecht-paragraph">{fund.description}</p>
          <div class="utrecht-table-container">
            <table class="utrecht-table">
              <caption class="utrecht-table__caption">
                {t('finance.funds.caption', { name: fund.name })}
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">
                    {t('finance.funds.contributor')}
                  </th>
                  <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                    {t('finance.funds.amount')}
                  </th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {fund.contributions.map((c) => (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      {c.contributor}
                    </th>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">
                      {formatEuros(c.amountEuros)}
                    </td>
                  </tr>
                ))}
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row">
                    {t('finance.total')}
                  </th>
                  <td class="utrecht-table__cell utrecht-table__cell--numeric">
                    {formatEuros(fund.totalEuros)}
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
          <SourceNote source={fund.source} />
        </section>
      ))}

      <h2 class="utrecht-heading-2">{t('finance.budget.title')}</h2>
      <p class="utrecht-paragraph">{t('finance.budget.intro')}</p>
      {tables.map((table) => (
        <section aria-labelledby={`begroting-${table.slug}`}>
          <h3 class="utrecht-heading-3" id={`begroting-${table.slug}`}>
            {table.title}
          </h3>
          <div class="utrecht-table-container">
            <table class="utrecht-table">
              <caption class="utrecht-table__caption">
                {t('finance.budget.caption', { period: table.period, unit: table.unit })}
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">
                    {t('finance.budget.item')}
                  </th>
                  <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                    {t('finance.budget.lasten')}
                  </th>
                  <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                    {t('finance.budget.baten')}
                  </th>
                  <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
                    {t('finance.budget.saldo')}
                  </th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {table.rows.map((row) => (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      {row.label}
                    </th>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">{cell(row.lasten)}</td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">{cell(row.baten)}</td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">{cell(row.saldo)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <SourceNote source={table.source} />
        </section>
      ))}
    </>
  );
}
