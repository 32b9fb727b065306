/**
 * The one way the app talks to the server: JSON over /api/v1 with the session cookie, the CSRF
 * token on every change, and the server's error (already in the user's language) as an ApiError.
 */
import i18n from "../i18n.ts";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

/** Kept from login or /auth/me; sent as x-csrf-token on every request that changes something. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export async function api<T>(
  path: string,
  options: {
    method?: "GET" | "POST" | "DELETE";
    json?: unknown;
    body?: Blob | File;
    contentType?: string;
  } = {},
): Promise<T> {
  const method = options.method ?? (options.json !== undefined || options.body ? "POST" : "GET");
  const headers: Record<string, string> = { "accept-language": i18n.language };
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  if (options.json !== undefined) headers["content-type"] = "application/json";
  if (options.body) headers["content-type"] = options.contentType || "application/octet-stream";
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers,
    credentials: "same-origin",
    body: options.json !== undefined ? JSON.stringify(options.json) : options.body,
  });
  if (!response.ok) {
    const error = (await response.json().catch(() => null))?.error;
    throw new ApiError(
      response.status,
      error?.code ?? `http_${response.status}`,
      error?.message ?? i18n.t("error.network"),
      error?.details,
    );
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
