// SPDX-License-Identifier: EUPL-1.2
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, Select, SubmitButton, TextInput } from '../../components/field.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../forms.ts';
import { formatDate, t } from '../../i18n.ts';
import type { StaffGroup } from '../../part.ts';
import { platformPaths } from '../../paths.ts';
import { type RoleMatrix, roles } from '../roles.ts';
import type { listUsersWithAlliance } from '../service.ts';

interface Props {
  users: Awaited<ReturnType<typeof listUsersWithAlliance>>;
  alliances: readonly StaffGroup[];
  csrfToken: string;
  currentUserId: number;
  errors?: FieldErrors;
  values?: FormValues;
  saved?: string | undefined;
  /** Who may do what, built from the parts: shown beside the role field. */
  matrix: RoleMatrix;
  /** A warning after an action (the invitation mail could not be sent). */
  warning?: string | undefined;
}

type ListedUser = Props['users'][number];

/** What each role may do, in words: from the same matrix the sign-in checks. */
function RoleSummary({ matrix }: { matrix: RoleMatrix }) {
  return (
    <>
      <p class="utrecht-paragraph">{t('auth.form.roleSummary')}</p>
      <dl class="role-summary">
        {roles.map((role) => (
          <>
            <dt>{t(`auth.role.${role}`)}</dt>
            <dd>{matrix[role].map((action) => t(`auth.permission.${action}`)).join(', ')}</dd>
          </>
        ))}
      </dl>
    </>
  );
}

/** An account's state: active, blocked, or invited and waiting for the person to choose a password. */
function accountState(u: ListedUser, now: Date): string {
  if (u.disabledAt) return t('admin.users.disabledSince', { date: formatDate(u.disabledAt) });
  if (u.hasPassword) return t('admin.users.active');
  if (u.invitedUntil && new Date(u.invitedUntil) > now)
    return t('admin.users.invited', { date: formatDate(u.invitedUntil) });
  return t('admin.users.invitationExpired');
}

export function UsersPage({
  users,
  alliances,
  csrfToken,
  currentUserId,
  errors = {},
  values = {},
  saved,
  warning,
  matrix,
}: Props) {
  const now = new Date();
  return (
    <>
      <ErrorSummary errors={errors} />
      {saved ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <p class="utrecht-paragraph">{saved}</p>
        </div>
      ) : null}
      {warning ? (
        <div class="utrecht-alert utrecht-alert--warning" role="alert">
          <p class="utrecht-paragraph">{warning}</p>
        </div>
      ) : null}
      <h1 class="utrecht-heading-1">{t('admin.users.title')}</h1>
      <div class="utrecht-table-container">
        <table class="utrecht-table">
          <caption class="utrecht-table__caption">{t('admin.users.caption')}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">
                {t('auth.form.name')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('auth.form.email')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('auth.form.role')}
              </th>
              <th class="utrecht-table__header-cell" scope="col">
                {t('admin.users.state')}
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {users.map((u) => (
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="row">
                  {u.name}
                </th>
                <td class="utrecht-table__cell">{u.email}</td>
                <td class="utrecht-table__cell">
                  {t(`auth.role.${u.role}`)}
                  {u.allianceName ? ` (${u.allianceName})` : ''}
                </td>
                <td class="utrecht-table__cell">
                  {accountState(u, now)}
                  {!u.hasPassword && !u.disabledAt ? (
                    <form method="post" action={platformPaths.staff.userInvitation(u.id)} class="inline-form">
                      <CsrfField token={csrfToken} />
                      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                        {t('admin.users.resend', { name: u.name })}
                      </button>
                    </form>
                  ) : null}
                  {u.id !== currentUserId ? (
                    <form
                      method="post"
                      action={
                        u.disabledAt
                          ? platformPaths.staff.userEnable(u.id)
                          : platformPaths.staff.userDisable(u.id)
                      }
                      class="inline-form"
                    >
                      <CsrfField token={csrfToken} />
                      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                        {u.disabledAt
                          ? t('admin.users.enable', { name: u.name })
                          : t('admin.users.disable', { name: u.name })}
                      </button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 class="utrecht-heading-2">{t('admin.users.new')}</h2>
      <p class="utrecht-paragraph">{t('admin.users.newIntro')}</p>
      <form method="post" action={platformPaths.staff.users} class="utrecht-form" novalidate>
        <CsrfField token={csrfToken} />
        <TextInput
          name="name"
          label={t('auth.form.name')}
          value={textValue(values, 'name')}
          error={errors.name}
          required
        />
        <TextInput
          name="email"
          type="email"
          autocomplete="off"
          label={t('auth.form.email')}
          value={textValue(values, 'email')}
          error={errors.email}
          required
        />
        <Select
          name="role"
          label={t('auth.form.role')}
          value={textValue(values, 'role') || 'editor'}
          error={errors.role}
          options={roles.map((r) => ({ value: r, label: t(`auth.role.${r}`) }))}
          required
        />
        <RoleSummary matrix={matrix} />
        <Select
          name="allianceId"
          label={t('auth.form.alliance')}
          hint={t('auth.form.allianceHint')}
          value={textValue(values, 'allianceId')}
          error={errors.allianceId}
          options={[
            { value: '', label: t('auth.form.noAlliance') },
            ...alliances.map((a) => ({ value: String(a.id), label: a.name })),
          ]}
        />
        <SubmitButton label={t('admin.users.create')} />
      </form>
    </>
  );
}
