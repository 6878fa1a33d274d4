// SPDX-License-Identifier: EUPL-1.2
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, SubmitButton, TextInput } from '../../components/field.tsx';
import type { FieldErrors } from '../../forms.ts';
import { t } from '../../i18n.ts';
import { platformPaths } from '../../paths.ts';
import type { InvitationProblem } from '../service.ts';

/**
 * Where an invited staff member chooses their password. The link's token is in the form's address
 * only; the page is never kept by a cache. Passwords are never sent back, not even after an error.
 */
export function ChoosePasswordPage({
  token,
  user,
  csrfToken,
  errors = {},
}: {
  token: string;
  user: { name: string; email: string };
  csrfToken: string;
  errors?: FieldErrors;
}) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 class="utrecht-heading-1">{t('auth.invitation.title')}</h1>
      <p class="utrecht-paragraph">{t('auth.invitation.intro', { name: user.name, email: user.email })}</p>
      <form method="post" action={platformPaths.staff.invitation(token)} class="utrecht-form" novalidate>
        <CsrfField token={csrfToken} />
        {/* Lets a password manager store the new password under the right account. */}
        <input type="hidden" name="username" autocomplete="username" value={user.email} />
        <TextInput
          name="password"
          type="password"
          autocomplete="new-password"
          label={t('auth.form.newPassword')}
          hint={t('auth.form.passwordHint')}
          error={errors.password}
          required
        />
        <TextInput
          name="repeat"
          type="password"
          autocomplete="new-password"
          label={t('auth.form.password.repeat')}
          error={errors.repeat}
          required
        />
        <SubmitButton label={t('auth.invitation.submit')} />
      </form>
    </>
  );
}

/** Why an invitation link does not work, and what to do. */
export function InvitationProblemPage({ problem }: { problem: InvitationProblem }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('auth.invitation.invalidTitle')}</h1>
      <div class="utrecht-alert utrecht-alert--warning" role="alert">
        <p class="utrecht-paragraph">{t(`auth.invitation.${problem}`)}</p>
      </div>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={platformPaths.staff.signIn}>
          {t('auth.invitation.signInLink')}
        </a>
      </p>
    </>
  );
}
