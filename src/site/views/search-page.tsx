// SPDX-License-Identifier: EUPL-1.2

import { t, tPlural } from '../../platform/i18n.ts';
import type { SearchHit } from '../../platform/part.ts';
import { sitePaths } from '../paths.ts';

export function SearchPage({
  query,
  hits,
  error,
}: {
  query: string;
  hits: SearchHit[] | null;
  error?: string | undefined;
}) {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('search.title')}</h1>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is too new for the old phones we support; role="search" on the form is announced everywhere */}
      <form method="get" action={sitePaths.search} role="search" class="search-form">
        <div class={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
          <label class="utrecht-form-label" for="field-q">
            {t('search.label')}
          </label>
          {error ? (
            <div class="utrecht-form-field-error-message" id="field-q-error">
              {error}
            </div>
          ) : null}
          <input
            class="utrecht-textbox"
            type="search"
            id="field-q"
            name="q"
            value={query}
            aria-describedby={error ? 'field-q-error' : undefined}
            aria-invalid={error ? 'true' : undefined}
          />
        </div>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {t('search.submit')}
        </button>
      </form>
      {hits === null ? null : (
        <>
          <h2 class="utrecht-heading-2" role="status">
            {tPlural('search.count', hits.length, { query })}
          </h2>
          <ul class="search-results">
            {hits.map((hit) => (
              <li>
                <a class="utrecht-link" href={hit.href}>
                  {hit.title}
                </a>{' '}
                <span class="muted">({t(hit.kind)})</span>
                {hit.text ? (
                  <p class="utrecht-paragraph">
                    {hit.text.length > 240 ? `${hit.text.slice(0, 240)}…` : hit.text}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
