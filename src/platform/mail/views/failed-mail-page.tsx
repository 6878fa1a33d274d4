// SPDX-License-Identifier: EUPL-1.2
import { CsrfField } from '../../components/field.tsx';
import { Table } from '../../components/table.tsx';
import { t } from '../../i18n.ts';
import type { FailedJob } from '../../jobs/runner.ts';
import { platformPaths } from '../../paths.ts';
import type { Mail } from '../mailer.ts';

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

interface Props {
  mails: FailedJob<Mail>[];
  csrfToken: string;
  notice: string | null;
}

export function FailedMailPage({ mails, csrfToken, notice }: Props) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('admin.mail.title')}</h1>
      <p class="utrecht-paragraph">{t('admin.mail.intro')}</p>
      {notice && (
        <p class="utrecht-paragraph notice" role="status">
          {notice}
        </p>
      )}
      <Table
        empty={t('admin.mail.none')}
        caption={t('admin.mail.caption', { count: mails.length })}
        rows={mails}
        columns={[
          { header: t('admin.mail.queuedAt'), cell: (mail) => dateTime.format(mail.createdOn) },
          { header: t('admin.mail.to'), cell: (mail) => mail.data.to },
          { header: t('admin.mail.subject'), cell: (mail) => mail.data.subject, rowHeader: true },
          {
            header: t('admin.mail.error'),
            cell: (mail) => `${t('admin.mail.attempts', { count: mail.attempts })} ${mail.error}`,
          },
          {
            header: t('admin.mail.action'),
            cell: (mail) => (
              <form method="post" action={platformPaths.staff.mailRetry(mail.id)}>
                <CsrfField token={csrfToken} />
                <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                  {t('admin.mail.retry')}
                </button>
              </form>
            ),
          },
        ]}
      />
    </>
  );
}
