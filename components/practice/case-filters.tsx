"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { SelectField, type SelectOption } from "@/components/ui/select";

export type FilterField = { name: string; label: string; options: SelectOption[]; value: string; placeholder: string };

/** A GET form of selects that applies itself on change (and with the button when scripts are off). */
export function CaseFilters({ fields, action = "/practice" }: { fields: FilterField[]; action?: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const apply = () => {
    const data = new FormData(formRef.current!);
    const params = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === "string" && value) params.set(key, value);
    const query = params.toString();
    router.replace(query ? `${action}?${query}` : action, { scroll: false });
  };
  const active = fields.some((field) => field.value);
  return (
    <form
      ref={formRef}
      action={action}
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
      aria-label="Filter cases"
      className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto] lg:items-end"
    >
      {fields.map((field) => (
        <SelectField
          key={field.name}
          name={field.name}
          label={field.label}
          options={field.options}
          placeholder={field.placeholder}
          defaultValue={field.value}
          onChange={apply}
        />
      ))}
      <div className="flex items-end gap-2">
        <noscript>
          <Button type="submit" variant="secondary">
            Apply
          </Button>
        </noscript>
        {active && (
          <ButtonLink href={action} variant="ghost">
            Clear filters
          </ButtonLink>
        )}
      </div>
    </form>
  );
}
