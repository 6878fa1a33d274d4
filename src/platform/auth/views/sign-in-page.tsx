// SPDX-License-Identifier: EUPL-1.2
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, SubmitButton, TextInput } from '../../components/field.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../forms.ts';
import { t } from '../../i18n.ts';
import { platformPaths } from '../../paths.ts';

interface Props {
  csrfToken: string;
  back: string;
  errors?: FieldErrors;
  values?: FormValues;
}

export function SignInPage({ csrfToken, back, errors = {}, values = {} }: Props) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 class="utrecht-heading-1">{t('auth.signIn.title')}</h1>
      <p class="utrecht-paragraph">{t('auth.signIn.intro')}</p>
      <form method="post" action={platformPaths.staff.signIn} class="utrecht-form" novalidate>
        <CsrfField token={csrfToken} />
        <input type="hidden" name="terug" value={back} />
        <TextInput
          name="email"
          type="email"
          autocomplete="username"
          label={t('auth.form.email')}
          value={textValue(values, 'email')}
          error={errors.email}
          required
        />
        {/* A password is never sent back to the browser, not even after an error. */}
        <TextInput
          name="password"
          type="password"
          autocomplete="current-password"
          label={t('auth.form.password')}
          error={errors.password}
          required
        />
        <SubmitButton label={t('auth.signIn.submit')} />
      </form>
    </>
  );
}
