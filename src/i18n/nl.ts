// SPDX-License-Identifier: EUPL-1.2
/**
 * The source catalogue: every string a user sees, in plain Dutch (language level B1).
 * Keys are namespaced by product part ("programme.measure.title"). Placeholders are {name}.
 * Other locales will be typed as Partial<typeof nl> and fall back to these texts.
 */
import { initiativesMessages } from '../initiatives/messages.ts';
import { monitorMessages } from '../monitor/messages.ts';
import { placesMessages } from '../places/messages.ts';
import { kitMessages } from '../platform/components/messages.ts';
import { platformMessages } from '../platform/messages.ts';
import { workflowMessages } from '../platform/workflow/messages.ts';
import { programmeMessages } from '../programme/messages.ts';
import { siteMessages } from '../site/messages.ts';
import { channelsMessages } from '../wijkbudget/channels-messages.ts';
import { wijkbudgetMessages } from '../wijkbudget/messages.ts';

/** Each area keeps its own messages (src/<area>/messages.ts); one line here adds an area's. */
export const nl = {
  ...platformMessages,
  ...kitMessages,
  ...workflowMessages,
  ...siteMessages,
  ...placesMessages,
  ...programmeMessages,
  ...wijkbudgetMessages,
  ...channelsMessages,
  ...initiativesMessages,
  ...monitorMessages,
} as const;

export type MessageKey = keyof typeof nl;
