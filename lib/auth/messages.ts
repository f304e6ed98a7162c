// Shared by the server check and the sign-in form, so both say exactly the same thing.
export const INVALID_CREDENTIALS_MESSAGE = "That email and password do not match an account.";
