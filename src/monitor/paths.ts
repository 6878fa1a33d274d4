// SPDX-License-Identifier: EUPL-1.2
// The monitor's addresses, in one place.

export const monitorPaths = {
  monitor: '/monitor',
  indicator: (key: string) => `/monitor/${key}`,
  csv: '/api/v1/indicators.csv',
  indicatorCsv: (key: string) => `/api/v1/indicators.csv?indicator=${encodeURIComponent(key)}`,
};
