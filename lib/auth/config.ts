import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { getDatabase } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { SLOWED_DOWN_MESSAGE } from "@/lib/auth/messages";
import { safeRedirectUrl } from "@/lib/auth/schemas";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/session-token";
import { endSessionOnSignOut, sessionStillValid } from "@/lib/auth/sessions";
import { signInLimits } from "@/lib/auth/sign-in-throttle";
import { linkOAuthUser } from "@/lib/users/link-oauth-user";

const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;

export function oauthProviderIds(): string[] {
  const env = getEnv();
  return [env.GITHUB_ID ? "github" : null, env.GOOGLE_CLIENT_ID ? "google" : null].filter((id): id is string => id !== null);
}

function buildAuthOptions(): AuthOptions {
  const env = getEnv();
  const providers: AuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        try {
          const user = await authenticateWithPassword(
            await getDatabase(),
            { email: credentials?.email, password: credentials?.password, ip: clientAddressFrom(request?.headers) },
            signInLimits(env.SIGNIN_MAX_FAILURES_PER_MINUTE),
          );
          return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
        } catch (error) {
          // next-auth hands an Error's message to the sign-in form as its `error` code (lib/auth/messages.ts maps
          // codes to sentences); a null return becomes CredentialsSignin.
          if (error instanceof DomainError && error.code === "RATE_LIMITED") throw new Error(`RateLimited:${error.details?.retryAfterSeconds ?? 60}`);
          if (error instanceof DomainError && error.message === SLOWED_DOWN_MESSAGE) throw new Error("SlowedDown");
          if (error instanceof DomainError) return null;
          throw error;
        }
      },
    }),
  ];
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  }
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET }));
  }

  return {
    secret: resolveAuthSecret(env),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
    useSecureCookies: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers,
    logger: {
      // A revoked session is an expected outcome, not an error worth a stack trace in the log.
      error(code, metadata) {
        if (metadata instanceof SessionRevokedError || (metadata as { error?: unknown })?.error instanceof SessionRevokedError) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth][warn][${code}]`);
      },
      debug() {},
    },
    events: {
      async signOut({ token }) {
        await endSessionOnSignOut(await getDatabase(), token?.sub, token?.sv);
      },
    },
    callbacks: {
      redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
      async signIn({ account, profile }) {
        if (!account || account.type !== "oauth") return true;
        const email = profile?.email;
        const verified = account.provider !== "google" || (profile as { email_verified?: boolean }).email_verified === true;
        return Boolean(email && verified);
      },
      async jwt({ token, user, account, profile }) {
        if (account?.type === "oauth" && profile?.email) {
          const linked = await linkOAuthUser(await getDatabase(), {
            provider: account.provider,
            providerAccountId: account.providerAccountId,
            email: profile.email,
            name: profile.name ?? null,
          });
          token.sub = linked.id;
          token.role = linked.role;
          // A deactivated account gets a token that never stands.
          token.sv = linked.deactivatedAt ? -1 : linked.sessionVersion;
          return token;
        }
        if (user) {
          token.sub = user.id;
          token.role = user.role;
          token.sv = user.sessionVersion ?? 0;
          return token;
        }
        // Every later read of the session: a token issued before a sign-out, a password or role change or a
        // deactivation no longer stands. Throwing makes next-auth answer "no session" and clear the cookie.
        // The row read here is the one read of the user per request: getCurrentUser takes the name, email and role
        // from the session this builds.
        const row = token.sub
          ? await (
              await getDatabase()
            ).user.findUnique({
              where: { id: token.sub },
              select: { sessionVersion: true, deactivatedAt: true, role: true, email: true, name: true },
            })
          : null;
        if (!sessionStillValid(row, token.sv)) throw new SessionRevokedError();
        token.role = row!.role;
        token.email = row!.email;
        token.name = row!.name;
        return token;
      },
      async session({ session, token }) {
        // The role here only shapes navigation; every server check reads the role fresh from the database.
        if (token.sub)
          session.user = { ...session.user, id: token.sub, role: token.role ?? "LEARNER", sessionVersion: token.sv, email: token.email, name: token.name };
        return session;
      },
    },
  };
}

class SessionRevokedError extends Error {
  override name = "SessionRevokedError";
  constructor() {
    super("This session was ended.");
  }
}

let cached: AuthOptions | undefined;

/** next-auth's options, built once per process from the validated configuration. */
export function getAuthOptions(): AuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}
