import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Facts } from "@/lib/content/load-guide";
import { figureAttribution } from "@/lib/content/format-figure";
import type { SalarySource } from "@/lib/salary/types";

/** Every figure the page used, grouped by its source, each saying whom it really comes from. */
export function SalarySources({ sources, facts }: { sources: SalarySource[]; facts: Facts }) {
  const bySource = new Map<string, SalarySource[]>();
  for (const source of sources) {
    const list = bySource.get(source.sourceId) ?? [];
    if (!list.some((item) => item.figureKey === source.figureKey)) list.push(source);
    bySource.set(source.sourceId, list);
  }
  return (
    <Card className="min-w-0">
      <CardHeader>
        <CardTitle as="h2">Sources of these figures</CardTitle>
        <CardDescription>Every figure used on this page, by where it comes from.</CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="space-y-4 text-sm">
          {[...bySource.entries()].map(([sourceId, figures]) => {
            const source = facts.sources.get(sourceId);
            return (
              <li key={sourceId}>
                <p className="text-fg">
                  {source?.publisher ?? sourceId},{" "}
                  <cite>
                    {source?.url ? (
                      <a href={source.url} rel="noreferrer" className="text-brand hover:underline">
                        {source.title}
                      </a>
                    ) : (
                      (source?.title ?? sourceId)
                    )}
                  </cite>
                  {source?.year !== undefined && ` (${source.year})`}
                </p>
                <ul className="mt-1 list-disc space-y-0.5 pl-5 text-muted">
                  {figures.map((item) => {
                    const figure = facts.figures.get(item.figureKey);
                    return (
                      <li key={item.figureKey}>
                        {item.label}
                        {figure?.cites ? ` — ${figureAttribution(figure, source)}` : item.year !== undefined ? ` (${item.year})` : ""}
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ul>
      </CardContent>
    </Card>
  );
}
