"use client";

import { Button } from "@/components/ui/button";
import { signInWithProvider } from "./sign-in";

const PROVIDER_LABELS: Record<string, string> = { github: "Continue with GitHub", google: "Continue with Google" };

export function OAuthButtons({ providers, callbackUrl }: { providers: string[]; callbackUrl: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="space-y-3">
      {providers.map((provider) => (
        <Button key={provider} type="button" variant="secondary" className="w-full" onClick={() => void signInWithProvider(provider, callbackUrl)}>
          {PROVIDER_LABELS[provider] ?? `Continue with ${provider}`}
        </Button>
      ))}
      <div className="flex items-center gap-3 text-xs text-muted" aria-hidden="true">
        <span className="h-px flex-1 bg-border" /> or use your email <span className="h-px flex-1 bg-border" />
      </div>
    </div>
  );
}
