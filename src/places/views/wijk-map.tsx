// SPDX-License-Identifier: EUPL-1.2
import { t } from '../../platform/i18n.ts';
import { zuidwestMap } from '../map-data.ts';
import { placesPaths } from '../paths.ts';

interface MapWijk {
  slug: string;
  name: string;
  cbsCode: string;
}

/**
 * The four wijken drawn on the server as SVG, each name a link. CBS draws Bouwlust and Vrederust as one
 * wijk (33) and does not say which buurten belong to which, so that shape carries both names as links.
 * The same links stand in a plain list beside the map, for screen readers and small screens.
 */
export function WijkMap({ wijken, current }: { wijken: MapWijk[]; current?: string }) {
  return (
    <figure class="wijk-map">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; role="group" names the set of links it holds */}
      <svg
        viewBox={`0 0 ${zuidwestMap.width} ${zuidwestMap.height}`}
        role="group"
        aria-labelledby="wijk-map-caption"
        class="wijk-map__svg"
      >
        {zuidwestMap.buurten.map((buurt) => (
          <path d={buurt.path} class="wijk-map__buurt" />
        ))}
        {zuidwestMap.wijken.map((area) => {
          const named = wijken.filter((w) => w.cbsCode === area.code);
          const active = named.some((w) => w.slug === current);
          return (
            <g>
              <path d={area.path} class={`wijk-map__wijk${active ? ' wijk-map__wijk--current' : ''}`} />
              {named.map((wijk, i) => (
                <a
                  href={placesPaths.wijk(wijk.slug)}
                  aria-current={wijk.slug === current ? 'page' : undefined}
                >
                  <text
                    x={area.labelX}
                    y={area.labelY + (i - (named.length - 1) / 2) * 36}
                    class="wijk-map__label"
                    text-anchor="middle"
                  >
                    {wijk.name}
                  </text>
                </a>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption id="wijk-map-caption" class="wijk-map__caption">
        {t('wijk.map.caption')}
      </figcaption>
    </figure>
  );
}
