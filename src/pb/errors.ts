// SPDX-License-Identifier: EUPL-1.2
/** Base class of every error the pb library throws on purpose. */
export class PbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PbError';
  }
}

/** A Pabulib file that cannot be read; `line` is the 1-based line the problem is on. */
export class PabulibParseError extends PbError {
  readonly line: number;
  /** The message without the line prefix. */
  readonly problem: string;

  constructor(line: number, problem: string) {
    super(`regel ${line}: ${problem}`);
    this.name = 'PabulibParseError';
    this.line = line;
    this.problem = problem;
  }
}
