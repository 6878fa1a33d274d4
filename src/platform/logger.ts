// SPDX-License-Identifier: EUPL-1.2
import { pino } from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs on stdout. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'open-zuidwest' } });
}
