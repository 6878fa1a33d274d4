// SPDX-License-Identifier: EUPL-1.2

import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, Select, SubmitButton } from '../../platform/components/field.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../platform/forms.ts';
import { t } from '../../platform/i18n.ts';
import { creatableKinds } from '../forms.ts';
import { programmePaths } from '../paths.ts';
import type { MeasureFormOptions } from '../service.ts';
import { MeasureFields } from './measure-fields.tsx';

interface Props {
  csrfToken: string;
  options: MeasureFormOptions;
  errors?: FieldErrors;
  values?: FormValues;
}

export function NewMeasurePage({ csrfToken, options, errors = {}, values = {} }: Props) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 class="utrecht-heading-1">{t('admin.new.title')}</h1>
      <p class="utrecht-paragraph">{t('admin.new.intro')}</p>
      <form method="post" action={programmePaths.admin.newMeasure} class="utrecht-form" novalidate>
        <CsrfField token={csrfToken} />
        <Select
          name="kind"
          label={t('admin.new.kind')}
          value={textValue(values, 'kind') || 'measure'}
          error={errors.kind}
          options={creatableKinds.map((k) => ({ value: k, label: t(`programme.kind.${k}`) }))}
          required
        />
        <MeasureFields values={values} errors={errors} options={options} canChooseAlliance />
        <SubmitButton label={t('admin.new.submit')} />
      </form>
    </>
  );
}
