import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { getDatabase } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { linkOAuthUser } from "@/lib/users/link-oauth-user";

const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;

/**
 * The client's address as the nearest hop saw it: the last X-Forwarded-For entry, which our own proxy (or Next.js
 * itself, from the socket, when there is no proxy) appends. Earlier entries are whatever the client claimed.
 */
export function clientIpFrom(headers: Record<string, string | string[] | undefined> | undefined): string | undefined {
  const forwarded = headers?.["x-forwarded-for"];
  const entries = (Array.isArray(forwarded) ? forwarded.join(",") : forwarded ?? "").split(",").map((entry) => entry.trim());
  return entries.filter(Boolean).at(-1);
}

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
            { email: credentials?.email, password: credentials?.password, ip: clientIpFrom(request?.headers) },
            env.SIGNIN_MAX_FAILURES_PER_MINUTE,
          );
          return { id: user.id, email: user.email, name: user.name, role: user.role };
        } catch (error) {
          // next-auth passes an Error's message to the sign-in form as `error`; a null return becomes CredentialsSignin.
          if (error instanceof DomainError && error.code === "RATE_LIMITED") throw new Error(error.message);
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
    useSecureCookies: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers,
    callbacks: {
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
        } else if (user) {
          token.sub = user.id;
          token.role = user.role;
        }
        return token;
      },
      async session({ session, token }) {
        // The role here only shapes navigation; every server check reads the role fresh from the database.
        if (token.sub) session.user = { ...session.user, id: token.sub, role: token.role ?? "LEARNER" };
        return session;
      },
    },
  };
}

let cached: AuthOptions | undefined;

/** next-auth's options, built once per process from the validated configuration. */
export function getAuthOptions(): AuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}
