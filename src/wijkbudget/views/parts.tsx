// SPDX-License-Identifier: EUPL-1.2
/** Small pieces the wijkbudget's pages share: money, the phase banner, the rule (a plan's status: plan-status.tsx). */
import { formatDate, formatEuroCents, formatTime, t } from '../../platform/i18n.ts';
import {
  type BallotType,
  ballotKindMessages,
  nextStepMessages,
  noNextStepMessage,
  phaseMessages,
  type WijkbudgetRule,
} from '../rules.ts';
import type { Round } from '../service.ts';

export const euros = (cents: bigint | null): string =>
  cents === null ? t('site.unknown') : formatEuroCents(cents);

/** "1 maart 2026 om 09:00" */
export function when(instant: string): string {
  return t('wijkbudget.when', {
    date: formatDate(instant),
    time: formatTime(instant),
  });
}

export function ballotDescription(ballot: BallotType): string {
  if (ballot.kind === 'max-plans') return t(ballotKindMessages['max-plans'], { max: ballot.max });
  if (ballot.kind === 'points') return t(ballotKindMessages.points, { points: ballot.points });
  return t(ballotKindMessages.budget);
}

export function ruleName(rule: WijkbudgetRule): string {
  return t(`wijkbudget.rule.${rule}.name`);
}

export function ruleExplanation(rule: WijkbudgetRule): string {
  return t(`wijkbudget.rule.${rule}.explain`);
}

export function DemoTag({ demo }: { demo: boolean }) {
  return demo ? (
    <span class="utrecht-status-badge status-tag demo-tag">{t('wijkbudget.demo.tag')}</span>
  ) : null;
}

/** Which phase the round is in, what comes next and when. Every page of a round starts with it. */
export function PhaseBanner({ round }: { round: Round }) {
  const next = round.next;
  return (
    <div class="phase-banner" role="status">
      <p class="utrecht-paragraph">
        <strong>{t('wijkbudget.phase.now', { phase: t(phaseMessages[round.phase]) })}</strong>
      </p>
      <p class="utrecht-paragraph">
        {next && next.phase !== 'draft'
          ? t(nextStepMessages[next.phase], { date: when(next.at) })
          : t(noNextStepMessage)}
      </p>
    </div>
  );
}

export function RoundHeading({ round, title }: { round: Round; title?: string }) {
  return (
    <>
      <p class="pre-heading">
        {t('wijkbudget.title')} · {round.wijkName ?? t('wijkbudget.area.all')} <DemoTag demo={round.demo} />
      </p>
      <h1 class="utrecht-heading-1">{title ?? round.title}</h1>
    </>
  );
}

export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((para) => (
        <p class="utrecht-paragraph">{para}</p>
      ))}
    </>
  );
}
