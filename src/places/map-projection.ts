// SPDX-License-Identifier: EUPL-1.2
/** Turns GeoJSON polygons (WGS84) into SVG path data for a small server-drawn map. Pure. */

type Ring = [number, number][];
interface Feature {
  properties: Record<string, string | number>;
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}
interface FeatureCollection {
  features: Feature[];
}

export interface ProjectedArea {
  code: string;
  name: string;
  label: string;
  wijkCode: string;
  path: string;
  /** Where a label fits: the centre of the area's bounding box, in map units. */
  labelX: number;
  labelY: number;
}

export interface ProjectedMap {
  width: number;
  height: number;
  wijken: ProjectedArea[];
  buurten: ProjectedArea[];
}

const mapWidth = 600;

function polygonsOf(feature: Feature): Ring[][] {
  return feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

function allPoints(collections: FeatureCollection[]): [number, number][] {
  return collections.flatMap((c) =>
    c.features.flatMap((f) => polygonsOf(f).flat(2) as unknown as [number, number][]),
  );
}

export function projectBoundaries(wijken: FeatureCollection, buurten: FeatureCollection): ProjectedMap {
  const points = allPoints([wijken, buurten]);
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [minLon, maxLon, minLat, maxLat] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  // Equirectangular with the longitude shrunk by cos(latitude): accurate enough for 5 km of city.
  const lonScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = mapWidth / ((maxLon - minLon) * lonScale);
  const height = Math.ceil((maxLat - minLat) * scale);
  const project = ([lon, lat]: [number, number]): [number, number] => [
    Math.round((lon - minLon) * lonScale * scale * 10) / 10,
    Math.round((maxLat - lat) * scale * 10) / 10,
  ];

  const toArea = (feature: Feature): ProjectedArea => {
    const rings = polygonsOf(feature).flat();
    const projected = rings.map((ring) => ring.map(project));
    const xs = projected.flat().map((p) => p[0]);
    const ys = projected.flat().map((p) => p[1]);
    const p = feature.properties;
    return {
      code: String(p.code),
      name: String(p.name),
      label: String(p.label ?? p.name),
      wijkCode: String(p.wijk_code ?? p.code),
      path: projected.map((ring) => `M${ring.map((pt) => pt.join(',')).join('L')}Z`).join(''),
      labelX: Math.round((Math.min(...xs) + Math.max(...xs)) / 2),
      labelY: Math.round((Math.min(...ys) + Math.max(...ys)) / 2),
    };
  };
  return {
    width: mapWidth,
    height,
    wijken: wijken.features.map(toArea),
    buurten: buurten.features.map(toArea),
  };
}
