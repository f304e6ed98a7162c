"use client";

import { Button } from "@/components/ui/button";
import { signOut } from "./sign-out";

export function SignOutButton() {
  return (
    <Button variant="secondary" onClick={() => void signOut("/")}>
      Sign out
    </Button>
  );
}
