// SPDX-License-Identifier: EUPL-1.2
import type { Child } from 'hono/jsx';
import { formatDate, t } from '../../platform/i18n.ts';
import { consultationsPaths } from '../paths.ts';
import type { Consultation } from '../service.ts';
import { DemoTag, datesText, PhaseTag } from './parts.tsx';

interface Props {
  consultation: Consultation;
  buurtNames: string[];
  today: string;
  canEdit: boolean;
  /** The resident's form and the contributions with their answers. */
  children?: Child;
}

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

/** One consultation: what is asked, how much residents can change, and when they get an answer. */
export function ConsultationPage({ consultation: c, buurtNames, today, canEdit, children }: Props) {
  return (
    <>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={consultationsPaths.list}>
          {t('consultations.page.back')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{c.title}</h1>
      <p class="utrecht-paragraph">
        <PhaseTag period={c} today={today} /> <DemoTag demo={c.demo} />
      </p>
      {c.demo ? <p class="utrecht-paragraph">{t('consultations.demo.note')}</p> : null}
      <Paragraphs text={c.summary} />
      {canEdit ? (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={consultationsPaths.admin.consultation(c.id)}>
            {t('consultations.page.staffEdit')}
          </a>
        </p>
      ) : null}

      <h2 class="utrecht-heading-2">{t('consultations.page.level')}</h2>
      <p class="utrecht-paragraph">
        <strong>{t(`consultations.level.${c.level}`)}</strong>: {t(`consultations.levelHint.${c.level}`)}
      </p>

      <h2 class="utrecht-heading-2">{t('consultations.page.open')}</h2>
      <Paragraphs text={c.openForDiscussion} />
      <h2 class="utrecht-heading-2">{t('consultations.page.notOpen')}</h2>
      <Paragraphs text={c.notOpenForDiscussion} />

      <h2 class="utrecht-heading-2">{t('consultations.page.answerOn')}</h2>
      <p class="utrecht-paragraph">
        {t('consultations.page.answerOnText', { date: formatDate(c.answerPromisedOn) })}
      </p>

      <h2 class="utrecht-heading-2">{t('consultations.page.facts')}</h2>
      <dl class="facts">
        <dt>{t('consultations.page.organiser')}</dt>
        <dd>{c.organiser}</dd>
        <dt>{t('consultations.page.wijk')}</dt>
        <dd>{c.wijkName}</dd>
        <dt>{t('consultations.page.buurten')}</dt>
        <dd>{buurtNames.length > 0 ? buurtNames.join(', ') : t('consultations.page.wholeWijk')}</dd>
        <dt>{t('consultations.page.dates')}</dt>
        <dd>{datesText(c)}</dd>
        <dt>{t('consultations.page.method')}</dt>
        <dd>{c.method}</dd>
      </dl>
      {children}
    </>
  );
}
