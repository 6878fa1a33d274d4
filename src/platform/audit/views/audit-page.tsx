// SPDX-License-Identifier: EUPL-1.2
import { formatDateTime, t } from '../../i18n.ts';
import type { listAudit } from '../service.ts';

/** Shows before/after as JSON text; it is escaped like every other text, never rendered as HTML. */
export function AuditPage({ entries }: { entries: Awaited<ReturnType<typeof listAudit>> }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('admin.audit.title')}</h1>
      <p class="utrecht-paragraph">{t('admin.audit.intro')}</p>
      <div class="utrecht-table-container">
        <table class="utrecht-table audit-table">
          <caption class="utrecht-table__caption">
            {t('admin.audit.caption', { count: entries.length })}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t('admin.audit.when')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('admin.audit.who')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('admin.audit.what')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('admin.audit.before')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('admin.audit.after')}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {entries.map((e) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">{formatDateTime(e.at)}</td>
                <td class="utrecht-table__cell">{e.userEmail ?? t('admin.audit.system')}</td>
                <td class="utrecht-table__cell">
                  {e.action} {e.entityType} {e.entityId}
                </td>
                <td class="utrecht-table__cell">
                  <pre class="audit-json">{e.before === null ? '' : JSON.stringify(e.before, null, 1)}</pre>
                </td>
                <td class="utrecht-table__cell">
                  <pre class="audit-json">{e.after === null ? '' : JSON.stringify(e.after, null, 1)}</pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
