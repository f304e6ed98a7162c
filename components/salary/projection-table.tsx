import { usd, type ProjectionSeries } from "@/components/salary/projection-chart";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";

/** The yearly low, typical and high figures of every compared path, as a table (the chart's text alternative). */
export function ProjectionTable({ series }: { series: ProjectionSeries[] }) {
  return (
    <Table label="Projected pay by year" containerClassName="mt-3 max-h-[28rem] overflow-auto">
      <THead>
        <TR>
          <TH rowSpan={2}>Year</TH>
          {series.map((path, index) => (
            <TH key={index} colSpan={3} centered>
              {path.label}
            </TH>
          ))}
        </TR>
        <TR>
          {series.map((_path, index) => [
            <TH key={`${index}low`} numeric>
              Low
            </TH>,
            <TH key={`${index}typical`} numeric>
              Typical
            </TH>,
            <TH key={`${index}high`} numeric>
              High
            </TH>,
          ])}
        </TR>
      </THead>
      <TBody>
        {series[0]!.years.map((entry, row) => (
          <TR key={entry.year}>
            <TH scope="row">Year {entry.year}</TH>
            {series.map((path, index) => {
              const point = path.years[row]!;
              return [
                <TD key={`${index}low`} numeric>
                  {usd(point.low)}
                </TD>,
                <TD key={`${index}typical`} numeric className="font-semibold">
                  {usd(point.typical)}
                </TD>,
                <TD key={`${index}high`} numeric>
                  {usd(point.high)}
                </TD>,
              ];
            })}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
