// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, test } from 'vitest';
import { t } from '../i18n.ts';
import { FileUpload, formatBytes } from './file-upload.tsx';

describe('FileUpload', () => {
  test('a labelled file field that says which files and how large, with the error tied to it', async () => {
    const html = await (
      <FileUpload
        name="foto"
        label="Foto"
        accept={['image/jpeg', 'image/png']}
        typesText="JPG, PNG"
        maxBytes={5_000_000}
        error="Te groot"
      />
    ).toString();
    expect(html).toContain('<label class="utrecht-form-label" for="field-foto">Foto</label>');
    expect(html).toContain('type="file" id="field-foto" name="foto" accept="image/jpeg,image/png"');
    expect(html).toContain(t('kit.upload.hint', { types: 'JPG, PNG', size: '5 MB' }));
    expect(html).toContain('aria-describedby="field-foto-hint field-foto-error"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toContain('multiple');
  });

  test('more files at once, when asked', async () => {
    const html = await (
      <FileUpload name="b" label="B" accept={['.pdf']} typesText="PDF" maxBytes={300_000} multiple />
    ).toString();
    expect(html).toContain('multiple=""');
    expect(html).toContain(t('kit.upload.hintMultiple', { types: 'PDF', size: '300 kB' }));
  });

  test('sizes as people say them', () => {
    expect(formatBytes(5_000_000)).toBe('5 MB');
    expect(formatBytes(2_500_000)).toBe('2,5 MB');
    expect(formatBytes(300_000)).toBe('300 kB');
  });
});
