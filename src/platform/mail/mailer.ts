// SPDX-License-Identifier: EUPL-1.2
import nodemailer from 'nodemailer';
import type { Logger } from '../logger.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** SMTP when SMTP_URL is set; otherwise mails are written to the log, so development needs no mail server. */
export function createMailer(options: {
  smtpUrl?: string | undefined;
  from: string;
  logger: Logger;
  timeoutSeconds?: number;
}): Mailer {
  if (!options.smtpUrl) {
    return {
      async send(mail) {
        options.logger.info({ mail }, 'mail (not sent: SMTP_URL is not set)');
      },
    };
  }
  const transport = nodemailer.createTransport(withTimeouts(options.smtpUrl, options.timeoutSeconds ?? 60));
  return {
    async send(mail) {
      await transport.sendMail({ from: options.from, ...mail });
    },
  };
}

/** Nodemailer reads its timeouts from the connection URL's query; values already in the URL win. */
function withTimeouts(smtpUrl: string, seconds: number): string {
  const url = new URL(smtpUrl);
  for (const name of ['connectionTimeout', 'greetingTimeout', 'socketTimeout']) {
    if (!url.searchParams.has(name)) url.searchParams.set(name, String(seconds * 1000));
  }
  return url.toString();
}
