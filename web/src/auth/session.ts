import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api, setCsrfToken } from "../common/api.ts";

export interface User {
  id: number;
  username: string;
  fullName: string;
  role: string;
  areaCode: string;
}

interface Session {
  user: User;
  csrfToken: string;
}

/** The logged-in user, or null when nobody is (the server answers 401). */
export function useSession() {
  return useQuery({
    queryKey: ["session"],
    queryFn: async (): Promise<Session | null> => {
      try {
        const session = await api<Session>("/auth/me");
        setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useLogin() {
  const client = useQueryClient();
  return async (username: string, password: string) => {
    const session = await api<Session>("/auth/login", { json: { username, password } });
    setCsrfToken(session.csrfToken);
    client.setQueryData(["session"], session);
  };
}

export function useLogout() {
  const client = useQueryClient();
  return async () => {
    await api("/auth/logout", { method: "POST" }).catch(() => {});
    setCsrfToken(null);
    client.clear();
    client.setQueryData(["session"], null);
  };
}

/** What the user's role may do in the app (the server checks again; this only shapes the screens). */
export function can(user: User) {
  const operator = ["regency_admin", "kecamatan_operator", "desa_operator"].includes(user.role);
  return {
    revealNik: operator || user.role === "bpjs_officer",
    readAudit: user.role === "auditor" || user.role === "regency_admin",
    seePersons: user.role !== "csr_partner",
    importLists: operator,
    // Quarantined rows name a kecamatan at most: a desa operator cannot be given theirs alone.
    fixQuarantine: operator && user.role !== "desa_operator",
  };
}
