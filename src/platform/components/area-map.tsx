// SPDX-License-Identifier: EUPL-1.2
import { t } from '../i18n.ts';

/** One area (a buurt) already projected to SVG path data in the map's units; see the places' map data. */
export interface MapArea {
  code: string;
  name: string;
  /** SVG path data ("M0,0L10,0L10,10Z"). */
  path: string;
  /** Where the area's number goes, in map units. */
  labelX: number;
  labelY: number;
  /** A page about the area, when there is one. */
  href?: string | undefined;
  /** For a choropleth: the class of the area's value, 0 (lowest) to 4, or 'unknown'; the page gives the legend. */
  shade?: MapShade | undefined;
}

export type MapShade = 0 | 1 | 2 | 3 | 4 | 'unknown';

/** The class that colours an area (or a legend swatch) in a shade. */
export function shadeClass(shade: MapShade): string {
  return `area-map__area area-map__area--shade-${shade}`;
}

export interface AreaMapProps {
  /** The map's size in its own units (the viewBox); it is scaled to the width of the screen. */
  width: number;
  height: number;
  areas: MapArea[];
  /** Thicker borders drawn over the areas, e.g. the wijken around the buurten. */
  outlines?: { path: string }[];
  /** Says what the map shows; also the name of the picture for screen readers. */
  caption: string;
  /** The code of the area to stand out (this page's buurt). */
  current?: string | undefined;
  /** The heading above the list of names; "De buurten op de kaart" by default. */
  listTitle?: string;
  /** A unique id on the page, when a page has more than one map. */
  id?: string;
}

/**
 * Areas on a map drawn on the server as SVG. Each area carries a number; the numbered list beside the
 * map (under it on a phone) gives the names, and links when there are pages. Long buurt names do not fit
 * in a small map on a 360 px phone; numbers do, and the list is what screen readers and keyboards use.
 * Geometry comes in as props: the kit knows nothing about wijken or buurten itself.
 * @example <AreaMap width={600} height={443} areas={buurten} outlines={wijken} caption="Buurten van Zuidwest" />
 */
export function AreaMap(props: AreaMapProps) {
  const { width, height, areas, outlines, caption, current, listTitle } = props;
  const id = props.id ?? 'area-map';
  return (
    <figure class="area-map">
      <svg
        class="area-map__svg"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={caption}
        xmlns="http://www.w3.org/2000/svg"
      >
        {areas.map((area) => (
          <path
            d={area.path}
            class={`${area.shade === undefined ? 'area-map__area' : shadeClass(area.shade)}${area.code === current ? ' area-map__area--current' : ''}`}
          />
        ))}
        {(outlines ?? []).map((outline) => (
          <path d={outline.path} class="area-map__outline" />
        ))}
        {areas.map((area, i) => (
          <g class="area-map__marker">
            <circle cx={area.labelX} cy={area.labelY} r="22" />
            <text x={area.labelX} y={area.labelY} dy="0.35em" text-anchor="middle">
              {i + 1}
            </text>
          </g>
        ))}
      </svg>
      <figcaption class="area-map__caption" id={id}>
        {caption}
      </figcaption>
      <div class="area-map__legend">
        <h2 class="utrecht-heading-3">{listTitle ?? t('kit.map.listTitle')}</h2>
        <ol class="area-map__list">
          {areas.map((area) => (
            <li aria-current={area.code === current ? 'location' : undefined}>
              {area.href ? (
                <a class="utrecht-link" href={area.href}>
                  {area.name}
                </a>
              ) : (
                area.name
              )}
            </li>
          ))}
        </ol>
      </div>
    </figure>
  );
}
