/**
 * Tells the protected routes that the token disappeared because the user
 * signed out (go to a plain /sign-in) rather than because the server rejected
 * it (go to /sign-in?redirectTo=<where the user was>).
 */
let signingOut = false;

export function markSigningOut(): void {
  signingOut = true;
}

export function isSigningOut(): boolean {
  return signingOut;
}

export function resetSigningOut(): void {
  signingOut = false;
}
