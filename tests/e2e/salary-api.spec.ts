import { expect, test } from "@playwright/test";

type Projection = {
  years: { year: number; low: number; typical: number; high: number }[];
  sources: { figureKey: string }[];
  notes: { code: string }[];
  assumptions: string[];
};

test("the salary projection API answers years 0 to 25 with sources, and names a bad parameter", async ({ request }) => {
  const base = await request.get("/api/salary/projection?state=nj&years=2");
  expect(base.status()).toBe(200);
  const plain = (await base.json()) as Projection;
  expect(plain.years.map((entry) => entry.year)).toEqual(Array.from({ length: 26 }, (_, year) => year));
  for (const entry of plain.years) expect(entry.low <= entry.typical && entry.typical <= entry.high).toBe(true);
  expect(plain.sources.map((source) => source.figureKey)).toContain("experience.entry_uncertified");
  expect(plain.notes.map((note) => note.code)).toContain("national-mean-estimated");
  expect(plain.assumptions).toHaveLength(plain.notes.length);
  expect(plain.assumptions.join(" ")).not.toMatch(/\{\w+\}/);

  const certified = (await (await request.get("/api/salary/projection?state=nj&years=2&credentials=cpc,coc")).json()) as Projection;
  expect(certified.years[0]!.typical).toBeGreaterThan(plain.years[0]!.typical);

  for (const [query, parameter] of [
    ["years=-1", "years"],
    ["credentials=cpc,xyz", "credentials"],
    ["remote=maybe", "remote"],
    ["setting=spaceship", "setting"],
  ]) {
    const response = await request.get(`/api/salary/projection?${query}`);
    expect(response.status(), query).toBe(400);
    expect((await response.json()).error, query).toMatch(new RegExp(`^${parameter}:`));
  }
});
