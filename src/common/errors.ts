import type { Lang } from "./lang.ts";
import { type MessageParams, message } from "./messages.ts";

/**
 * An error the user can fix: bad input, a missing file, a locked database. It carries a
 * message code and parameters so it can be shown in Bahasa Indonesia or English, and never
 * a stack trace. Anything else that is thrown is a bug.
 */
export class UserError extends Error {
  constructor(
    readonly code: string,
    readonly params: MessageParams = {},
    readonly details?: unknown,
  ) {
    super(message(code, params, "en"));
  }

  text(lang: Lang): string {
    return message(this.code, this.params, lang);
  }
}
