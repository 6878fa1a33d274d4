// SPDX-License-Identifier: EUPL-1.2
import type { Child } from 'hono/jsx';
import { t } from '../i18n.ts';

export interface FilterOption {
  value: string;
  label: string;
}

/**
 * A form that narrows the list below it. It is sent with GET, so the filters end up in the address:
 * works without JavaScript, can be bookmarked and shared, and the back button works. A search landmark. The page number is
 * not a field, so a new filter starts at page 1.
 * @example <FilterForm action="/maatregelen" label="Maatregelen filteren" resetHref="/maatregelen"><FilterSelect .../></FilterForm>
 */
export function FilterForm(props: {
  action: string;
  /** What the form is for; names the form (a search landmark) for screen readers. */
  label: string;
  submitLabel?: string;
  /** Shown as a "clear filters" link when any filter is in use. */
  resetHref?: string | undefined;
  children: Child;
}) {
  return (
    <search aria-label={props.label}>
      <form method="get" action={props.action} class="filter-form">
        {props.children}
        <div class="filter-form__actions">
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            {props.submitLabel ?? t('kit.filter.submit')}
          </button>
          {props.resetHref ? (
            <a class="utrecht-link" href={props.resetHref}>
              {t('kit.filter.reset')}
            </a>
          ) : null}
        </div>
      </form>
    </search>
  );
}

/** A drop-down filter whose first choice is "all". @example <FilterSelect name="wijk" label="Wijk" options={...} value="moerwijk" /> */
export function FilterSelect(props: {
  name: string;
  label: string;
  options: FilterOption[];
  value: string | undefined;
  allLabel?: string;
}) {
  const id = `filter-${props.name}`;
  return (
    <div class="utrecht-form-field filter-field">
      <label class="utrecht-form-label" for={id}>
        {props.label}
      </label>
      <select class="utrecht-select" id={id} name={props.name}>
        <option value="">{props.allLabel ?? t('kit.filter.all')}</option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A search-text filter. @example <FilterSearch name="q" label="Zoek op naam" value="hof" /> */
export function FilterSearch(props: { name: string; label: string; value: string | undefined }) {
  const id = `filter-${props.name}`;
  return (
    <div class="utrecht-form-field filter-field">
      <label class="utrecht-form-label" for={id}>
        {props.label}
      </label>
      <input
        class="utrecht-textbox filter-field__search"
        type="search"
        id={id}
        name={props.name}
        value={props.value ?? ''}
      />
    </div>
  );
}
