// SPDX-License-Identifier: EUPL-1.2
import { formatNumber, t } from '../i18n.ts';
import { fieldId } from './error-summary.tsx';

export interface FileUploadProps {
  name: string;
  label: string;
  /** File types the server accepts, as MIME types or extensions: ["image/jpeg", ".pdf"]. */
  accept: string[];
  /** The largest file the server takes, in bytes; said in the hint. The server must check it too. */
  maxBytes: number;
  /** How the allowed types are said to people: "JPG, PNG of PDF". */
  typesText: string;
  multiple?: boolean;
  error?: string | undefined;
}

/** "5 MB", "300 kB": a size as people say it (decimal units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${formatNumber(Math.round((bytes / 1_000_000) * 10) / 10)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1000)))} kB`;
}

/**
 * A file field: label, a hint with the allowed types and the largest size, and the error under it. The
 * browser's own file picker (no script). Its form needs method="post" and enctype="multipart/form-data".
 * A browser cannot keep a chosen file after the server answers with an error; the error says to choose it
 * again.
 * @example <FileUpload name="foto" label="Foto" accept={['image/jpeg', 'image/png']} typesText="JPG of PNG" maxBytes={5_000_000} />
 */
export function FileUpload(props: FileUploadProps) {
  const id = fieldId(props.name);
  const hint = t(props.multiple ? 'kit.upload.hintMultiple' : 'kit.upload.hint', {
    types: props.typesText,
    size: formatBytes(props.maxBytes),
  });
  return (
    <div class={`utrecht-form-field file-upload${props.error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {props.label}
        </label>
      </div>
      <div class="utrecht-form-field-description" id={`${id}-hint`}>
        {hint}
      </div>
      {props.error ? (
        <div class="utrecht-form-field-error-message" id={`${id}-error`}>
          {props.error}
        </div>
      ) : null}
      <div class="utrecht-form-field__input">
        <input
          class="file-upload__input"
          type="file"
          id={id}
          name={props.name}
          accept={props.accept.join(',')}
          multiple={props.multiple}
          aria-describedby={props.error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={props.error ? 'true' : undefined}
        />
      </div>
    </div>
  );
}
