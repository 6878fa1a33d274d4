// SPDX-License-Identifier: EUPL-1.2
import { ErrorSummary } from '../../platform/components/error-summary.tsx';
import { CsrfField, SubmitButton, TextInput } from '../../platform/components/field.tsx';
import type { FieldErrors } from '../../platform/forms.ts';
import { t } from '../../platform/i18n.ts';
import { wijkbudgetPaths } from '../paths.ts';
import type { Round } from '../service.ts';
import { RoundHeading } from './parts.tsx';

export type TrackerAnswer =
  | { kind: 'found'; tracker: string; choice: string[] }
  | { kind: 'not-found'; tracker: string }
  | { kind: 'not-yet' };

/**
 * A voter who asked for a tracker types it and sees the ballot it is printed next to in the published
 * file: proof that their vote was counted as they cast it.
 */
export function TrackerPage(props: {
  round: Round;
  csrfToken: string;
  typed?: string;
  errors?: FieldErrors;
  answer?: TrackerAnswer;
}) {
  const { round, answer } = props;
  return (
    <>
      <ErrorSummary errors={props.errors} />
      <RoundHeading round={round} title={t('wijkbudget.tracker.title')} />
      <p class="utrecht-paragraph">{t('wijkbudget.tracker.intro')}</p>
      {answer?.kind === 'not-yet' ? <p class="utrecht-paragraph">{t('wijkbudget.tracker.notYet')}</p> : null}
      {answer?.kind === 'not-found' ? (
        <p class="utrecht-paragraph" role="status">
          {t('wijkbudget.tracker.notFound', { tracker: answer.tracker })}
        </p>
      ) : null}
      {answer?.kind === 'found' ? (
        <section aria-labelledby="uw-stem" role="status">
          <h2 class="utrecht-heading-2" id="uw-stem">
            {t('wijkbudget.tracker.found', { tracker: answer.tracker })}
          </h2>
          {answer.choice.length === 0 ? (
            <p class="utrecht-paragraph">{t('wijkbudget.tracker.blank')}</p>
          ) : (
            <ul class="utrecht-unordered-list">
              {answer.choice.map((line) => (
                <li>{line}</li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <form method="post" action={wijkbudgetPaths.tracker(round.slug)} class="utrecht-form" novalidate>
        <CsrfField token={props.csrfToken} />
        <TextInput
          name="tracker"
          label={t('wijkbudget.tracker.label')}
          hint={t('wijkbudget.tracker.hint')}
          value={props.typed ?? ''}
          error={props.errors?.tracker}
          autocomplete="off"
          required
        />
        <SubmitButton label={t('wijkbudget.tracker.submit')} />
      </form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={wijkbudgetPaths.result(round.slug)}>
          {t('wijkbudget.result.link')}
        </a>
      </p>
    </>
  );
}
