import "server-only";
import NextAuth from "next-auth";
import { db } from "@/lib/db";
import { createLoginSession, endLoginSession, findActiveMedarbejder } from "@/lib/data/login-sessions";
import { safeErrorInfo } from "@/lib/data/request-info";
import { env } from "@/lib/env";
import { LOA } from "./claims";
import { identityFromClaims, tilstraekkeligtSikringsniveau } from "./identity";

export const SESSION_COOKIE = "authjs.session-token";

/**
 * Auth.js against the MitID/NemLog-in broker (here: the local simulator). Issuer, client id and
 * secret are configuration, so a real broker is a change of env only. The JWT cookie carries one
 * opaque session id; the identity behind it lives in the database.
 */
export const { handlers, signIn, signOut } = NextAuth(() => {
  const e = env();
  return {
    secret: e.AUTH_SECRET,
    trustHost: true,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    // Auth.js's own pages are in English: every one of them goes to a Danish page of ours.
    pages: { signIn: "/log-ind", signOut: "/log-ud", error: "/log-ind", verifyRequest: "/log-ind" },
    // Auth.js logs causes with their stacks by default; ours can hold query parameters.
    logger: { error: (error) => console.error("[auth]", safeErrorInfo(error)) },
    providers: [
      {
        id: "mitid",
        name: "MitID",
        type: "oidc",
        issuer: e.MITID_ISSUER,
        clientId: e.MITID_CLIENT_ID,
        clientSecret: e.MITID_CLIENT_SECRET,
        checks: ["pkce", "state", "nonce"],
        // MitID always asks who you are: never reuse a broker session silently. The broker is
        // asked for level Substantial; what comes back is checked again in signIn.
        authorization: { params: { scope: "openid mitid", prompt: "login", acr_values: LOA.substantial } },
        profile: (claims) => ({ id: String(claims.sub) }),
      },
    ],
    callbacks: {
      async signIn({ profile }) {
        const identity = identityFromClaims(profile, e.KOMMUNE_CVR);
        if (!identity) return false;
        if (!tilstraekkeligtSikringsniveau(identity)) return "/log-ind?error=Sikringsniveau";
        if (identity.art === "medarbejder") return (await findActiveMedarbejder(db(), identity.medarbejderId)) !== null;
        return true;
      },
      async jwt({ token, profile, trigger }) {
        if (trigger !== "signIn") return token;
        const identity = identityFromClaims(profile, e.KOMMUNE_CVR);
        if (!identity) throw new Error("identity disappeared between signIn and jwt");
        try {
          return { sid: await createLoginSession(db(), identity) };
        } catch (error) {
          // The failed insert's message holds the CPR number: only its kind may reach a log.
          throw new Error(`login-sessionen kunne ikke oprettes: ${safeErrorInfo(error)}`);
        }
      },
      // Nothing about the person is exposed through /api/auth/session.
      session: ({ session }) => ({ expires: session.expires }) as typeof session,
    },
    events: {
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : undefined;
        if (typeof sid === "string") await endLoginSession(db(), sid);
      },
    },
  };
});
