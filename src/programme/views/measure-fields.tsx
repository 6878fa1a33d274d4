// SPDX-License-Identifier: EUPL-1.2
import { Checkboxes, Select, Textarea, TextInput } from '../../platform/components/field.tsx';
import { type FieldErrors, type FormValues, listValue, textValue } from '../../platform/forms.ts';
import { t } from '../../platform/i18n.ts';
import type { MeasureFormOptions } from '../service.ts';

/** The fields of a measure, shared by the create and the edit form. */
export function MeasureFields(props: {
  values: FormValues;
  errors: FieldErrors;
  options: MeasureFormOptions;
  /** Alliance editors cannot move a measure to another alliance. */
  canChooseAlliance: boolean;
}) {
  const { values, errors, options } = props;
  return (
    <>
      <TextInput
        name="title"
        label={t('admin.details.titleLabel')}
        value={textValue(values, 'title')}
        error={errors.title}
        required
      />
      <Textarea
        name="summary"
        label={t('admin.details.summary')}
        hint={t('admin.details.summaryHint')}
        value={textValue(values, 'summary')}
        error={errors.summary}
        required
        rows={3}
      />
      <Textarea
        name="description"
        label={t('admin.details.description')}
        value={textValue(values, 'description')}
        error={errors.description}
        rows={8}
      />
      <Checkboxes
        name="wijkSlugs"
        legend={t('admin.details.wijken')}
        hint={t('admin.details.wijkenHint')}
        options={options.wijken.map((w) => ({ value: w.slug, label: w.name }))}
        checked={listValue(values, 'wijkSlugs')}
        error={errors.wijkSlugs}
      />
      <Checkboxes
        name="lineSlugs"
        legend={t('admin.details.lines')}
        options={options.lines.map((l) => ({ value: l.slug, label: l.name }))}
        checked={listValue(values, 'lineSlugs')}
        error={errors.lineSlugs}
      />
      {props.canChooseAlliance ? (
        <Select
          name="allianceSlug"
          label={t('admin.details.alliance')}
          value={textValue(values, 'allianceSlug')}
          error={errors.allianceSlug}
          options={[
            { value: '', label: t('admin.details.noAlliance') },
            ...options.alliances.map((a) => ({ value: a.slug, label: a.name })),
          ]}
        />
      ) : null}
      <TextInput
        name="budgetEuros"
        label={t('admin.details.budget')}
        hint={t('admin.details.budgetHint')}
        inputmode="numeric"
        value={textValue(values, 'budgetEuros')}
        error={errors.budgetEuros}
      />
      <TextInput
        name="fundingSource"
        label={t('admin.details.fundingSource')}
        hint={t('admin.details.fundingSourceHint')}
        value={textValue(values, 'fundingSource')}
        error={errors.fundingSource}
      />
    </>
  );
}
