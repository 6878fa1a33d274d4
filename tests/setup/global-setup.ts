// SPDX-License-Identifier: EUPL-1.2
// Placeholder until the database template exists: filled in by the platform work.
export default async function setup() {}
