// SPDX-License-Identifier: EUPL-1.2

import type { FieldErrors } from '../forms.ts';
import { t } from '../i18n.ts';

/**
 * The GOV.UK error summary: first in <main>, a heading, and a link to each field with a problem.
 * @example <ErrorSummary errors={{ title: 'Vul een titel in' }} />
 */
export function ErrorSummary({ errors }: { errors: FieldErrors | undefined }) {
  const entries = Object.entries(errors ?? {});
  if (entries.length === 0) return null;
  return (
    <div class="utrecht-alert utrecht-alert--error error-summary">
      <h2 class="utrecht-heading-2" id="error-summary-title">
        {t('error.summaryTitle')}
      </h2>
      <div role="alert">
        <ul class="utrecht-unordered-list">
          {entries.map(([field, message]) => (
            <li>
              <a class="utrecht-link" href={`#${field === '_form' ? 'main' : fieldId(field)}`}>
                {message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
