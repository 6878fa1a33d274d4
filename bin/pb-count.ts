#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
/**
 * pb-count: recount Pabulib files.
 *
 *   pb-count --rule <key> [--explain] <file.pb>...
 *
 * Prints one JSON object per file on its own line:
 *   {"file": "<base name>", "rule": "<key>", "selected": [...], "cost": <total>, "ms": <counting ms>}
 * plus "explanation" (one reason and one Dutch sentence per project) with --explain. A file that cannot
 * be read or parsed gives a line with "error", and the exit code is 1.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  countVotes,
  describe,
  explain,
  type Instance,
  isRuleKey,
  moneyText,
  PabulibParseError,
  parsePabulib,
  RULE_KEYS,
  type RuleKey,
} from '../src/pb/index.ts';
import { formatEuros, t } from '../src/platform/i18n.ts';

const usage = `usage: pb-count --rule <key> [--explain] <file.pb>...
rules: ${RULE_KEYS.join(', ')}`;

// Whole amounts as the platform shows them ("€ 12.400"); shares per voter with cents ("€ 167,44").
function moneyFormatter(instance: Instance): (amount: number) => string {
  const currency = (instance.meta.currency ?? 'EUR').toUpperCase();
  let whole: (amount: number) => string = formatEuros;
  let cents = new Intl.NumberFormat('nl-NL', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 2,
  });
  if (currency !== 'EUR') {
    try {
      const format = new Intl.NumberFormat('nl-NL', {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      });
      cents = new Intl.NumberFormat('nl-NL', { style: 'currency', currency, maximumFractionDigits: 2 });
      whole = (amount) => format.format(amount);
    } catch {
      // Not an ISO currency code: show euros, as the platform does.
    }
  }
  return (amount) => (Number.isInteger(amount) ? whole(amount) : cents.format(amount));
}

function main(argv: readonly string[]): number {
  let rule: RuleKey | undefined;
  let withExplanation = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--rule') {
      const key = argv[++i] ?? '';
      if (!isRuleKey(key)) {
        process.stderr.write(`unknown rule "${key}"\n${usage}\n`);
        return 2;
      }
      rule = key;
    } else if (arg.startsWith('--rule=')) {
      const key = arg.slice('--rule='.length);
      if (!isRuleKey(key)) {
        process.stderr.write(`unknown rule "${key}"\n${usage}\n`);
        return 2;
      }
      rule = key;
    } else if (arg === '--explain') {
      withExplanation = true;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${usage}\n`);
      return 0;
    } else if (arg.startsWith('--')) {
      process.stderr.write(`unknown option ${arg}\n${usage}\n`);
      return 2;
    } else {
      files.push(arg);
    }
  }
  if (!rule || files.length === 0) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }

  let failed = false;
  for (const file of files) {
    const name = basename(file);
    let instance: Instance;
    try {
      instance = parsePabulib(readFileSync(file, 'utf8'));
    } catch (error) {
      failed = true;
      const message =
        error instanceof PabulibParseError
          ? error.message
          : error instanceof Error && 'code' in error && error.code === 'ENOENT'
            ? 'bestand niet gevonden'
            : String(error instanceof Error ? error.message : error);
      const line = error instanceof PabulibParseError ? { line: error.line } : {};
      process.stdout.write(`${JSON.stringify({ file: name, rule, error: message, ...line })}\n`);
      continue;
    }
    const started = performance.now();
    const outcome = countVotes(instance, rule);
    const ms = Math.round((performance.now() - started) * 1000) / 1000;
    const line: Record<string, unknown> = {
      file: name,
      rule,
      selected: outcome.selected,
      cost: Number(moneyText(instance, outcome.cost)),
      ms,
    };
    if (withExplanation) {
      const formatMoney = moneyFormatter(instance);
      line.explanation = explain(instance, outcome).map((reason) => ({
        ...reason,
        text: describe(reason, t, { formatMoney }),
      }));
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
