// SPDX-License-Identifier: EUPL-1.2

import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, SubmitButton, Textarea, TextInput } from '../../platform/components/field.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../platform/forms.ts';
import { t } from '../../platform/i18n.ts';
import { programmePaths } from '../paths.ts';
import type { listLines } from '../service.ts';

type Line = Awaited<ReturnType<typeof listLines>>[number];
type Goal = Line['goals'][number];

function Saved({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <div class="utrecht-alert utrecht-alert--ok" role="status">
      <p class="utrecht-paragraph">{message}</p>
    </div>
  );
}

export function LinesAdminPage({ lines }: { lines: Line[] }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('admin.lines.title')}</h1>
      <p class="utrecht-paragraph">{t('admin.lines.intro')}</p>
      <ul class="plain-list">
        {lines.map((line) => (
          <li>
            <a class="utrecht-link" href={programmePaths.admin.line(line.slug)}>
              {line.name}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

interface LineProps {
  line: Line;
  csrfToken: string;
  errors?: FieldErrors | undefined;
  values?: FormValues | undefined;
  saved?: string | undefined;
}

export function EditLinePage({ line, csrfToken, errors, values, saved }: LineProps) {
  const shown = values ?? { ambitionTitle: line.ambitionTitle, ambition: line.ambition };
  return (
    <>
      <ErrorSummary errors={errors} />
      <Saved message={saved} />
      <p class="pre-heading">{t('admin.line.preHeading')}</p>
      <h1 class="utrecht-heading-1">{line.name}</h1>
      <form method="post" action={programmePaths.admin.line(line.slug)} class="utrecht-form" novalidate>
        <CsrfField token={csrfToken} />
        <TextInput
          name="ambitionTitle"
          label={t('admin.line.ambitionTitle')}
          value={textValue(shown, 'ambitionTitle')}
          error={errors?.ambitionTitle}
          required
        />
        <Textarea
          name="ambition"
          label={t('admin.line.ambition')}
          value={textValue(shown, 'ambition')}
          error={errors?.ambition}
          required
          rows={4}
        />
        <SubmitButton label={t('admin.line.submit')} />
      </form>
      <h2 class="utrecht-heading-2">{t('admin.line.goals')}</h2>
      <ul class="plain-list">
        {line.goals.map((goal) => (
          <li>
            <a class="utrecht-link" href={programmePaths.admin.goal(goal.slug)}>
              {goal.title}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

interface GoalProps {
  goal: Goal;
  line: Line;
  csrfToken: string;
  errors?: FieldErrors | undefined;
  values?: FormValues | undefined;
  saved?: string | undefined;
}

export function EditGoalPage({ goal, line, csrfToken, errors, values, saved }: GoalProps) {
  const shown = values ?? {
    title: goal.title,
    description: goal.description ?? '',
    targetValue: goal.targetValue === null ? '' : String(goal.targetValue),
    targetUnit: goal.targetUnit ?? '',
    targetYear: goal.targetYear === null ? '' : String(goal.targetYear),
  };
  return (
    <>
      <ErrorSummary errors={errors} />
      <Saved message={saved} />
      <p class="pre-heading">
        <a class="utrecht-link" href={programmePaths.admin.line(line.slug)}>
          {line.name}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{t('admin.goal.legend', { title: goal.title })}</h1>
      <form method="post" action={programmePaths.admin.goal(goal.slug)} class="utrecht-form" novalidate>
        <CsrfField token={csrfToken} />
        <TextInput
          name="title"
          label={t('admin.goal.title')}
          value={textValue(shown, 'title')}
          error={errors?.title}
          required
        />
        <Textarea
          name="description"
          label={t('admin.goal.description')}
          value={textValue(shown, 'description')}
          error={errors?.description}
          rows={3}
        />
        <TextInput
          name="targetValue"
          inputmode="numeric"
          label={t('admin.goal.targetValue')}
          value={textValue(shown, 'targetValue')}
          error={errors?.targetValue}
        />
        <TextInput
          name="targetUnit"
          label={t('admin.goal.targetUnit')}
          hint={t('admin.goal.targetUnitHint')}
          value={textValue(shown, 'targetUnit')}
          error={errors?.targetUnit}
        />
        <TextInput
          name="targetYear"
          inputmode="numeric"
          label={t('admin.goal.targetYear')}
          value={textValue(shown, 'targetYear')}
          error={errors?.targetYear}
        />
        <SubmitButton label={t('admin.goal.submit')} />
      </form>
    </>
  );
}
