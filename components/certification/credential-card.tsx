import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardFooter, CardHeader } from "@/components/ui/card";
import type { CitedFigure, ExamAtAGlance } from "@/lib/certification/credential-facts";
import { SETTING_LABELS, type Credential } from "@/lib/certification/schemas";
import { ExamFacts, FigureValue } from "./cited-figure";

export type CredentialCardProps = { credential: Credential; exam: ExamAtAGlance; salary?: CitedFigure; isTarget?: boolean; isHeld?: boolean };

export function CredentialCard({ credential, exam, salary, isTarget, isHeld }: CredentialCardProps) {
  return (
    <Card className="relative h-full transition-shadow hover:shadow-md">
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <Badge variant="brand">{credential.issuingBody}</Badge>
          <Badge>{SETTING_LABELS[credential.setting]}</Badge>
          {isTarget && <Badge variant="success">Your target</Badge>}
          {isHeld && <Badge variant="success">You hold this</Badge>}
        </div>
        <h3 className="mt-1.5 text-lg leading-snug font-semibold tracking-tight text-fg">
          <Link href={`/certifications/${credential.code}`} className="after:absolute after:inset-0 hover:underline focus-visible:outline-none">
            <span className="font-mono text-brand">{credential.abbreviation}</span>
            <span className="sr-only"> — </span>
            <span className="block text-base font-medium text-fg">{credential.name}</span>
          </Link>
        </h3>
      </CardHeader>
      <CardContent className="flex-1">
        <ExamFacts exam={exam} />
        <p className="mt-3 line-clamp-3 text-sm leading-relaxed text-muted">{credential.summary}</p>
      </CardContent>
      <CardFooter className="justify-between text-sm">
        {salary ? (
          <span className="min-w-0">
            <FigureValue figure={salary} className="text-base" />
            <span className="block text-xs text-muted">
              {salary.label} · {salary.attribution}
            </span>
          </span>
        ) : (
          <span className="text-muted">No credential-specific salary figure</span>
        )}
      </CardFooter>
    </Card>
  );
}
