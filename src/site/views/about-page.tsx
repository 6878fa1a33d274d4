// SPDX-License-Identifier: EUPL-1.2
import { t } from '../../platform/i18n.ts';

/** "Over deze site": the accessibility statement (toegankelijkheidsverklaring) and the privacy statement. */
export function AboutPage() {
  return (
    <>
      <h1 class="utrecht-heading-1">{t('about.title')}</h1>
      <p class="utrecht-paragraph">{t('about.intro')}</p>

      <h2 class="utrecht-heading-2" id="toegankelijkheid">
        {t('about.a11y.title')}
      </h2>
      <p class="utrecht-paragraph">{t('about.a11y.goal')}</p>
      <p class="utrecht-paragraph">{t('about.a11y.how')}</p>
      <ul class="utrecht-unordered-list">
        <li>{t('about.a11y.point.noJs')}</li>
        <li>{t('about.a11y.point.keyboard')}</li>
        <li>{t('about.a11y.point.small')}</li>
        <li>{t('about.a11y.point.language')}</li>
        <li>{t('about.a11y.point.tested')}</li>
      </ul>
      <p class="utrecht-paragraph">{t('about.a11y.status')}</p>
      <p class="utrecht-paragraph">{t('about.a11y.problem')}</p>

      <h2 class="utrecht-heading-2" id="privacy">
        {t('about.privacy.title')}
      </h2>
      <p class="utrecht-paragraph">{t('about.privacy.residents')}</p>
      <p class="utrecht-paragraph">{t('about.privacy.cookies')}</p>
      <p class="utrecht-paragraph">{t('about.privacy.staff')}</p>
      <p class="utrecht-paragraph">{t('about.privacy.rights')}</p>

      <h2 class="utrecht-heading-2" id="bronnen">
        {t('about.sources.title')}
      </h2>
      <p class="utrecht-paragraph">{t('about.sources.documents')}</p>
      <p class="utrecht-paragraph">{t('about.sources.map')}</p>
      <p class="utrecht-paragraph">{t('about.sources.code')}</p>
    </>
  );
}
