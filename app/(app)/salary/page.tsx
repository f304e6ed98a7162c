import type { Metadata } from "next";
import { PageContainer, PageHeader } from "@/components/layout/page-header";
import { SalaryPlanner } from "@/components/salary/salary-planner";
import { SavedScenarios } from "@/components/salary/saved-scenarios";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getGuide } from "@/lib/content/get-guide";
import { loadSalaryNoteTemplates } from "@/lib/content/load-salary-model";
import { getDatabase } from "@/lib/db/client";
import { metroOptionsOf, salaryFactsOf, statesWithFigures } from "@/lib/salary/comparison";
import { getSalaryStart, signedOutSalaryStart } from "@/lib/salary/salary-start";
import { MAX_SCENARIOS_PER_LEARNER } from "@/lib/salary/scenarios";
import { deleteScenario, renameScenario, saveScenario } from "./actions";

// Reads the session or the database: rendered per request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Salary projection" };

export default async function SalaryPage({ searchParams }: { searchParams: Promise<{ scenario?: string | string[] }> }) {
  const { scenario } = await searchParams;
  const user = await getCurrentUser();
  const { facts } = getGuide();
  const { initial, scenarios, opened, openProblem } = user ? await getSalaryStart(await getDatabase(), user.id, scenario) : signedOutSalaryStart();

  return (
    <PageContainer>
      <PageHeader
        eyebrow="Salary"
        title="Your salary projection"
        description="Year-by-year pay for the next 25 years, from published survey figures, with what-if paths for credentials, settings and moves."
        actions={
          <>
            <ButtonLink href="/salary/model" variant="ghost">
              How it works
            </ButtonLink>
            {user && (
              <ButtonLink href="/profile" variant="secondary">
                Edit profile
              </ButtonLink>
            )}
          </>
        }
      />
      {openProblem && (
        <Alert variant="warning" className="mt-6">
          {openProblem}
        </Alert>
      )}
      <SalaryPlanner
        key={opened?.id ?? "start"}
        salaryFacts={salaryFactsOf(facts)}
        noteTemplates={loadSalaryNoteTemplates()}
        initial={initial}
        statesWithFigures={statesWithFigures(facts)}
        metroOptions={metroOptionsOf(facts)}
        saveAction={user ? saveScenario : undefined}
        signInHref="/sign-in?callbackUrl=%2Fsalary"
        scenarioName={opened?.name}
      />
      {user && (
        <div className="mt-6">
          <SavedScenarios
            scenarios={scenarios.map((scenario) => ({
              id: scenario.id,
              name: scenario.name,
              pathCount: scenario.pathCount,
              createdAt: scenario.createdAt.toISOString(),
            }))}
            max={MAX_SCENARIOS_PER_LEARNER}
            openId={opened?.id}
            renameAction={renameScenario}
            deleteAction={deleteScenario}
          />
        </div>
      )}
    </PageContainer>
  );
}
