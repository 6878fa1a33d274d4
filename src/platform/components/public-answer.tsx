// SPDX-License-Identifier: EUPL-1.2
import { formatDate, t } from '../i18n.ts';
import { StatusTag, type StatusTone } from './status-tag.tsx';

export interface PublicAnswerProps {
  /** The decision or reply itself, as the public reads it. Paragraphs are split on empty lines. */
  body: string;
  /** Who answers: a team or role, not a person's private details. */
  answeredBy: string;
  answeredOn: Date;
  /** The outcome, when there is one ("Goedgekeurd"). */
  status?: { label: string; tone: StatusTone } | undefined;
  /** A heading other than "Antwoord van de gemeente". */
  heading?: string;
  headingLevel?: 2 | 3;
}

/**
 * The public answer to a plan, question or report: what was decided and why, by whom and when. A section
 * with its own heading, so it shows in the page's outline and screen readers can jump to it.
 * @example <PublicAnswer body="Het plan past in het budget." answeredBy="Team Zuidwest" answeredOn={new Date()} />
 */
export function PublicAnswer(props: PublicAnswerProps) {
  const level = props.headingLevel ?? 2;
  const Heading = `h${level}` as 'h2';
  const id = `public-answer-${props.answeredOn.getTime()}`;
  return (
    <section class="public-answer" aria-labelledby={id}>
      <Heading class={`utrecht-heading-${level} public-answer__heading`} id={id}>
        {props.heading ?? t('kit.answer.heading')}
      </Heading>
      {props.status ? (
        <p class="public-answer__status">
          <StatusTag label={props.status.label} tone={props.status.tone} />
        </p>
      ) : null}
      {props.body
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p) => (
          <p class="utrecht-paragraph">{p.trim()}</p>
        ))}
      <p class="public-answer__byline">
        {t('kit.answer.byline', { name: props.answeredBy, date: formatDate(props.answeredOn) })}
      </p>
    </section>
  );
}
