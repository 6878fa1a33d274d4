// SPDX-License-Identifier: EUPL-1.2
import { CsrfField } from '../../components/field.tsx';
import { formatDateTime, t } from '../../i18n.ts';
import type { FailedJob } from '../../jobs/runner.ts';
import type { Mail } from '../mailer.ts';

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
      {mails.length === 0 ? (
        <p class="utrecht-paragraph">{t('admin.mail.none')}</p>
      ) : (
        <div class="utrecht-table-container">
          <table class="utrecht-table">
            <caption class="utrecht-table__caption">
              {t('admin.mail.caption', { count: mails.length })}
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {t('admin.mail.queuedAt')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('admin.mail.to')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('admin.mail.subject')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('admin.mail.error')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('admin.mail.action')}
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {mails.map((mail) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">{formatDateTime(mail.createdOn, { seconds: false })}</td>
                  <td class="utrecht-table__cell">{mail.data.to}</td>
                  <th class="utrecht-table__header-cell" scope="row">
                    {mail.data.subject}
                  </th>
                  <td class="utrecht-table__cell">
                    {t('admin.mail.attempts', { count: mail.attempts })} {mail.error}
                  </td>
                  <td class="utrecht-table__cell">
                    <form method="post" action={`/beheer/mail/${encodeURIComponent(mail.id)}/opnieuw`}>
                      <CsrfField token={csrfToken} />
                      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                        {t('admin.mail.retry')}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
