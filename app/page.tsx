import { ButtonLink } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ChartToCodes } from "@/components/marketing/chart-to-codes";
import { landingExample } from "@/lib/marketing/landing-example";

const AUDIENCES = [
  {
    title: "Career changers",
    text: "You want steady, remote-friendly healthcare work without patient care, and need to know if coding suits you before paying for a course.",
  },
  { title: "Exam candidates", text: "You are preparing for the CPC, CCS or CCA and want hours of realistic chart practice, not just flashcards." },
  {
    title: "Working billers and coders",
    text: "You want to add a credential, learn a new specialty or sharpen your denial work, and see what it could do for your pay.",
  },
  { title: "Instructors", text: "You teach a cohort and want practice with a grader that explains itself, and a view of where each learner struggles." },
];

const FEATURES = [
  { title: "Guide modules", text: "The job, the code sets, the revenue cycle, pay and credentials, in short lessons with knowledge checks.", href: "/guide" },
  {
    title: "Chart practice",
    text: "Code synthetic visit notes, operative reports and ED notes. Graded line by line, with the reason for each answer.",
    href: "/practice",
  },
  {
    title: "A coder's code lookup",
    text: "Search ICD-10-CM and HCPCS Level II by code, words, typos and chart shorthand, with the full hierarchy.",
    href: "/codes",
  },
  { title: "Progress and readiness", text: "Accuracy by code family, streaks and a readiness score for the credential you are aiming at.", href: "/progress" },
  { title: "Salary projection", text: "A year-by-year pay projection from public survey figures, for your state, setting and credentials.", href: "/salary" },
  {
    title: "Denials and a coder's workday",
    text: "Coming next: work denied claims against a simulated payer, and live a remote coder's day against the clock.",
    href: "/guide",
  },
];

const STEPS = [
  { title: "Learn the ground rules", text: "Work through the guide at your own pace; every figure names its source and year." },
  { title: "Code real-looking charts", text: "Read the documentation, look codes up as an encoder would, and build the claim lines." },
  { title: "Learn from every miss", text: "See which words in the chart support each code, and practise your weakest code families next." },
];

export default function LandingPage() {
  return (
    <>
      <section className="border-b border-border bg-gradient-to-b from-brand-soft/60 to-canvas">
        <div className="mx-auto grid max-w-6xl items-center gap-12 px-4 py-16 sm:px-6 md:py-24 lg:grid-cols-2">
          <div>
            <p className="text-sm font-semibold tracking-wide text-brand uppercase">Medical billing and coding, by doing</p>
            <h1 className="mt-3 text-4xl font-bold tracking-tight text-balance text-fg sm:text-5xl">
              Learn to turn patient charts into clean, correct claims.
            </h1>
            <p className="mt-5 max-w-xl text-lg text-pretty text-muted">
              Chartwise is where you learn medical coding and billing, practise on synthetic charts with a grader that teaches, and plan your path to a
              credential and the pay that comes with it.
            </p>
            <div className="mt-8 flex flex-wrap gap-3">
              <ButtonLink href="/sign-up" size="lg">
                Start learning free
              </ButtonLink>
              <ButtonLink href="/guide" size="lg" variant="secondary">
                Read the career guide
              </ButtonLink>
            </div>
          </div>
          <ChartToCodes example={landingExample()} />
        </div>
      </section>

      <section aria-labelledby="audience-heading" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
        <h2 id="audience-heading" className="text-2xl font-bold tracking-tight text-fg sm:text-3xl">
          Who Chartwise is for
        </h2>
        <div className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {AUDIENCES.map((audience) => (
            <Card key={audience.title}>
              <CardHeader>
                <CardTitle as="h3">{audience.title}</CardTitle>
              </CardHeader>
              <CardContent>
                <p className="text-sm text-muted">{audience.text}</p>
              </CardContent>
            </Card>
          ))}
        </div>
      </section>

      <section aria-labelledby="features-heading" className="border-y border-border bg-surface">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
          <h2 id="features-heading" className="text-2xl font-bold tracking-tight text-fg sm:text-3xl">
            Everything in one place
          </h2>
          <p className="mt-2 max-w-2xl text-muted">From your first lesson to your exam date, with practice that feels like the job.</p>
          <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {FEATURES.map((feature) => (
              <li key={feature.title}>
                <a href={feature.href} className="group block h-full rounded-xl border border-border bg-canvas p-5 transition-colors hover:border-brand">
                  <h3 className="font-semibold text-fg group-hover:text-brand">{feature.title}</h3>
                  <p className="mt-2 text-sm text-muted">{feature.text}</p>
                </a>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="steps-heading" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
        <h2 id="steps-heading" className="text-2xl font-bold tracking-tight text-fg sm:text-3xl">
          How it works
        </h2>
        <ol className="mt-8 grid gap-6 md:grid-cols-3">
          {STEPS.map((step, index) => (
            <li key={step.title} className="flex gap-4">
              <span className="grid size-9 shrink-0 place-items-center rounded-full bg-brand text-sm font-bold text-brand-fg" aria-hidden="true">
                {index + 1}
              </span>
              <div>
                <h3 className="font-semibold text-fg">{step.title}</h3>
                <p className="mt-1 text-sm text-muted">{step.text}</p>
              </div>
            </li>
          ))}
        </ol>
        <Card className="mt-12">
          <CardHeader>
            <CardTitle>Ready when you are</CardTitle>
            <CardDescription>Create a free account to save your progress, or try the demo learner from the README.</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-wrap gap-3">
            <ButtonLink href="/sign-up">Create your account</ButtonLink>
            <ButtonLink href="/sign-in" variant="secondary">
              Sign in
            </ButtonLink>
          </CardContent>
        </Card>
      </section>
    </>
  );
}
