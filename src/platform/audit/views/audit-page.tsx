// SPDX-License-Identifier: EUPL-1.2
import { Table } from '../../components/table.tsx';
import { t } from '../../i18n.ts';
import type { listAudit } from '../service.ts';

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'Europe/Amsterdam',
});

/** Shows before/after as JSON text; it is escaped like every other text, never rendered as HTML. */
export function AuditPage({ entries }: { entries: Awaited<ReturnType<typeof listAudit>> }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('admin.audit.title')}</h1>
      <p class="utrecht-paragraph">{t('admin.audit.intro')}</p>
      <Table
        class="audit-table"
        caption={t('admin.audit.caption', { count: entries.length })}
        rows={entries}
        columns={[
          { header: t('admin.audit.when'), cell: (e) => dateTime.format(e.at) },
          { header: t('admin.audit.who'), cell: (e) => e.userEmail ?? t('admin.audit.system') },
          { header: t('admin.audit.what'), cell: (e) => `${e.action} ${e.entityType} ${e.entityId}` },
          { header: t('admin.audit.before'), cell: (e) => <Json value={e.before} /> },
          { header: t('admin.audit.after'), cell: (e) => <Json value={e.after} /> },
        ]}
      />
    </>
  );
}

function Json({ value }: { value: unknown }) {
  return <pre class="audit-json">{value === null ? '' : JSON.stringify(value, null, 1)}</pre>;
}
