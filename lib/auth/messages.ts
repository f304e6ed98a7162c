// Shared by the server check and the sign-in form, so both say exactly the same thing.
export const INVALID_CREDENTIALS_MESSAGE = "That email and password do not match an account.";

export const SLOWED_DOWN_MESSAGE =
  "That email and password do not match an account. This account has had many failed sign-ins recently, so each " +
  "try now takes a few seconds longer. Your account is not locked: the right password still works.";

export function rateLimitedMessage(seconds: number): string {
  return `Too many failed sign-in attempts. Wait ${seconds} second${seconds === 1 ? "" : "s"} and try again.`;
}

/**
 * next-auth hands the sign-in page an `error` code (in the URL or in signIn()'s answer). Only codes are read, never
 * text: `/sign-in?error=<anything>` cannot put words in our alert. Our own codes: `RateLimited:<seconds>`, `SlowedDown`.
 */
export function signInErrorMessage(error: string | null | undefined): string | null {
  if (!error) return null;
  const limited = /^RateLimited:(\d{1,4})$/.exec(error);
  if (limited) return rateLimitedMessage(Number(limited[1]));
  switch (error) {
    case "CredentialsSignin":
      return INVALID_CREDENTIALS_MESSAGE;
    case "SlowedDown":
      return SLOWED_DOWN_MESSAGE;
    case "OAuthAccountNotLinked":
    case "AccessDenied":
      return "That account could not be used to sign in.";
    case "SessionRequired":
      return "Sign in to see that page.";
    default:
      return "Sign-in failed. Please try again.";
  }
}
