// SPDX-License-Identifier: EUPL-1.2
// Every part's tables in one object, for Drizzle's typed query API.

export * from '../initiatives/schema.ts';
export * from '../monitor/schema.ts';
export * from '../places/schema.ts';
export * from '../platform/audit/schema.ts';
export * from '../platform/auth/schema.ts';
export * from '../platform/health/schema.ts';
export * from '../platform/rate-limit/schema.ts';
export * from '../platform/workflow/schema.ts';
export * from '../programme/schema.ts';
export * from '../wijkbudget/schema.ts';
