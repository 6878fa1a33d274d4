// SPDX-License-Identifier: EUPL-1.2
import type { Child } from 'hono/jsx';
import { fieldId } from './error-summary.tsx';

export interface FieldProps {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value?: string | undefined;
  required?: boolean;
}

/** The ids a field's input points at with aria-describedby: hint and error, when there are any. */
function describedBy(props: FieldProps): string | undefined {
  const id = fieldId(props.name);
  const ids = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Label, hint and error wired to one input, once, so no view does it by hand. */
function FieldFrame({ props, children }: { props: FieldProps; children: Child }) {
  const id = fieldId(props.name);
  return (
    <div class={`utrecht-form-field${props.error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {props.label}
        </label>
      </div>
      {props.hint ? (
        <div class="utrecht-form-field-description" id={`${id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      {props.error ? (
        <div class="utrecht-form-field-error-message" id={`${id}-error`}>
          {props.error}
        </div>
      ) : null}
      <div class="utrecht-form-field__input">{children}</div>
    </div>
  );
}

function inputAttributes(props: FieldProps) {
  return {
    id: fieldId(props.name),
    name: props.name,
    'aria-describedby': describedBy(props),
    'aria-invalid': props.error ? 'true' : undefined,
    'aria-required': props.required ? 'true' : undefined,
  };
}

/**
 * A one-line text field.
 * @example <TextInput name="email" label="E-mailadres" type="email" autocomplete="email" />
 */
export function TextInput(
  props: FieldProps & {
    type?: 'text' | 'email' | 'password' | 'date' | 'datetime-local' | 'number' | 'search';
    autocomplete?: string;
    inputmode?: 'numeric' | 'decimal' | 'email' | 'text';
  },
) {
  return (
    <FieldFrame props={props}>
      <input
        class={`utrecht-textbox${props.error ? ' utrecht-textbox--invalid' : ''}`}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        {...inputAttributes(props)}
      />
    </FieldFrame>
  );
}

/** @example <Textarea name="body" label="Wat is er gebeurd?" rows={6} /> */
export function Textarea(props: FieldProps & { rows?: number }) {
  return (
    <FieldFrame props={props}>
      <textarea
        class={`utrecht-textarea${props.error ? ' utrecht-textarea--invalid' : ''}`}
        rows={props.rows ?? 5}
        {...inputAttributes(props)}
      >
        {props.value ?? ''}
      </textarea>
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** @example <Select name="status" label="Status" options={[{ value: 'started', label: 'Gestart' }]} /> */
export function Select(props: FieldProps & { options: Option[] }) {
  return (
    <FieldFrame props={props}>
      <select
        class={`utrecht-select${props.error ? ' utrecht-select--invalid' : ''}`}
        {...inputAttributes(props)}
      >
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A hidden field with this browser's CSRF token; every POST form includes one. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** @example <SubmitButton label="Opslaan" /> */
export function SubmitButton({ label }: { label: string }) {
  return (
    <button type="submit" class="utrecht-button utrecht-button--primary-action">
      {label}
    </button>
  );
}

interface ChoiceGroupProps {
  name: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: Option[];
}

/** A fieldset whose legend is the question, the error under the legend, one input per option. */
function ChoiceGroup(
  props: ChoiceGroupProps & { type: 'checkbox' | 'radio'; checked: (value: string) => boolean },
) {
  const id = fieldId(props.name);
  const described =
    [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  // Radios use the browser's own control (sized in site.css): Utrecht's radio styles would add about 5 KB
  // of CSS to every page, and every page must stay under 100 KB.
  const inputClass =
    props.type === 'checkbox' ? 'utrecht-checkbox utrecht-checkbox--html-input' : 'choice-radio';
  const labelClass = 'utrecht-form-label utrecht-form-label--checkbox';
  return (
    <fieldset
      class={`utrecht-form-fieldset checkbox-group${props.error ? ' utrecht-form-field--invalid' : ''}`}
      id={id}
      aria-describedby={described}
    >
      <legend class="utrecht-form-label">{props.legend}</legend>
      {props.hint ? (
        <div class="utrecht-form-field-description" id={`${id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      {props.error ? (
        <div class="utrecht-form-field-error-message" id={`${id}-error`}>
          {props.error}
        </div>
      ) : null}
      {props.options.map((option, i) => (
        <div class="checkbox-group__item">
          <input
            class={inputClass}
            type={props.type}
            id={`${id}-${i}`}
            name={props.name}
            value={option.value}
            checked={props.checked(option.value)}
          />
          <label class={labelClass} for={`${id}-${i}`}>
            {option.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/**
 * A group of checkboxes in a fieldset whose legend is the question; the error sits under the legend.
 * @example <Checkboxes name="wijken" legend="Voor welke wijken?" options={[{ value: 'moerwijk', label: 'Moerwijk' }]} checked={['moerwijk']} />
 */
export function Checkboxes(props: ChoiceGroupProps & { checked: string[] }) {
  return <ChoiceGroup {...props} type="checkbox" checked={(value) => props.checked.includes(value)} />;
}

/**
 * One choice out of a few, as radio buttons in a fieldset (works without JavaScript, keyboard: arrows).
 * @example <Radios name="format" legend="Wat wilt u downloaden?" options={[{ value: 'pdf', label: 'Brieven (PDF)' }]} checked="pdf" />
 */
export function Radios(props: ChoiceGroupProps & { checked: string }) {
  return <ChoiceGroup {...props} type="radio" checked={(value) => value === props.checked} />;
}
