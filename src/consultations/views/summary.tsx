// SPDX-License-Identifier: EUPL-1.2
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, SubmitButton, Textarea } from '../../platform/components/field.tsx';
import { type FieldErrors, type FormValues, textValue } from '../../platform/forms.ts';
import { formatDate, t } from '../../platform/i18n.ts';
import { consultationsPaths } from '../paths.ts';
import type { Consultation } from '../service.ts';

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p) => (
          <p class="utrecht-paragraph">{p.trim()}</p>
        ))}
    </>
  );
}

/** The public closing summary, when there is one. */
export function PublicSummary({ consultation: c }: { consultation: Consultation }) {
  if (!c.summarisedAt || !c.heard || !c.willDo || !c.wontDo) return null;
  return (
    <section class="consultation-summary" aria-labelledby="samenvatting">
      <h2 class="utrecht-heading-2" id="samenvatting">
        {t('consultations.summary.title')}
      </h2>
      <h3 class="utrecht-heading-3">{t('consultations.summary.heard')}</h3>
      <Paragraphs text={c.heard} />
      <h3 class="utrecht-heading-3">{t('consultations.summary.willDo')}</h3>
      <Paragraphs text={c.willDo} />
      <h3 class="utrecht-heading-3">{t('consultations.summary.wontDo')}</h3>
      <Paragraphs text={c.wontDo} />
      <p class="utrecht-paragraph">
        {t('consultations.summary.publishedOn', { date: formatDate(c.summarisedAt) })}
      </p>
    </section>
  );
}

/** Staff: the summary form, after the last day. */
export function SummaryForm(props: {
  consultation: Consultation;
  closed: boolean;
  csrfToken: string;
  errors?: FieldErrors | undefined;
  values?: FormValues | undefined;
  saved?: boolean;
}) {
  const c = props.consultation;
  const errors = props.errors ?? {};
  const values = props.values ?? { heard: c.heard ?? '', willDo: c.willDo ?? '', wontDo: c.wontDo ?? '' };
  return (
    <section aria-labelledby="samenvatting-beheer" id="samenvatting-blok">
      <h2 class="utrecht-heading-2" id="samenvatting-beheer">
        {t('consultations.summary.title')}
      </h2>
      {props.saved ? (
        <p class="utrecht-alert utrecht-alert--ok" role="status">
          {t('consultations.summary.saved')}
        </p>
      ) : null}
      {props.closed ? (
        <>
          <ErrorSummary errors={errors} />
          <p class="utrecht-paragraph">{t('consultations.summary.intro')}</p>
          <form method="post" action={consultationsPaths.admin.summary(c.id)} class="utrecht-form" novalidate>
            <CsrfField token={props.csrfToken} />
            {(['heard', 'willDo', 'wontDo'] as const).map((name) => (
              <Textarea
                name={name}
                label={t(`consultations.summary.${name}`)}
                value={textValue(values, name)}
                error={errors[name]}
                rows={5}
                required
              />
            ))}
            <SubmitButton label={t('consultations.summary.submit')} />
          </form>
        </>
      ) : (
        <p class="utrecht-paragraph">{t('consultations.summary.notYet', { date: formatDate(c.endsOn) })}</p>
      )}
    </section>
  );
}
