import type { ComponentProps } from "react";
import { cn } from "./cn";
import { FieldShell, toErrorList, useFieldIds } from "./field";
import { controlClasses, controlLayout, type ControlLayoutProps } from "./input";

/*
 * The chevron is a background image on the <select> itself (no wrapper), so `className` can size or place the
 * select freely and the chevron always sits at its right edge. Two colours: muted (light) and muted (dark).
 */
const chevron =
  "bg-[url(data:image/svg+xml,%3Csvg%20xmlns=%27http://www.w3.org/2000/svg%27%20viewBox=%270%200%2020%2020%27%20fill=%27none%27%20stroke=%27%234b5563%27%20stroke-width=%271.75%27%20stroke-linecap=%27round%27%20stroke-linejoin=%27round%27%3E%3Cpath%20d=%27m6%208%204%204%204-4%27/%3E%3C/svg%3E)] " +
  "dark:bg-[url(data:image/svg+xml,%3Csvg%20xmlns=%27http://www.w3.org/2000/svg%27%20viewBox=%270%200%2020%2020%27%20fill=%27none%27%20stroke=%27%23a3adbd%27%20stroke-width=%271.75%27%20stroke-linecap=%27round%27%20stroke-linejoin=%27round%27%3E%3Cpath%20d=%27m6%208%204%204%204-4%27/%3E%3C/svg%3E)] " +
  "bg-size-[1.25rem] bg-position-[right_0.625rem_center] bg-no-repeat";

export type SelectProps = ComponentProps<"select"> &
  ControlLayoutProps & {
    /** Sets aria-invalid and the danger border. */
    invalid?: boolean;
  };

/** Native <select>, styled, with a chevron. Single-line only (for `multiple`, pass a height via className). */
export function Select({ invalid, controlSize, fullWidth, dense, className, "aria-invalid": ariaInvalid, ...props }: SelectProps) {
  return (
    <select
      aria-invalid={invalid ? true : ariaInvalid}
      className={cn(
        controlClasses,
        controlLayout({ controlSize, fullWidth, dense }),
        // pr-10 (room for the chevron) follows px-* in Tailwind's order, so it wins over the layout's side padding.
        "cursor-pointer appearance-none py-2 pr-10 disabled:cursor-not-allowed",
        !props.multiple && chevron,
        className,
      )}
      {...props}
    />
  );
}

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectFieldProps = Omit<SelectProps, "name" | "invalid"> & {
  label: string;
  name: string;
  error?: string | string[];
  hint?: string;
  options: SelectOption[];
  /** Optional first option with an empty value, e.g. "Choose a specialty…". */
  placeholder?: string;
  /** Class for the wrapping div (the plain `className` goes to the <select>). */
  containerClassName?: string;
};

/** Label + select + hint + error, wired with id, aria-describedby and aria-invalid. */
export function SelectField({
  label,
  name,
  error,
  hint,
  options,
  placeholder,
  id,
  required,
  containerClassName,
  className,
  children,
  "aria-describedby": ariaDescribedBy,
  ...props
}: SelectFieldProps) {
  const errors = toErrorList(error);
  const { ids, describedBy } = useFieldIds(id, Boolean(hint), errors.length > 0, ariaDescribedBy);
  return (
    <FieldShell ids={ids} label={label} hint={hint} errors={errors} required={required} className={containerClassName}>
      <Select
        id={ids.id}
        name={name}
        required={required}
        invalid={errors.length > 0}
        aria-describedby={describedBy}
        className={cn(
          // Show the placeholder option in the muted colour while it is selected.
          placeholder !== undefined && "has-[option[value='']:checked]:text-muted [&>option]:text-fg",
          className,
        )}
        defaultValue={placeholder !== undefined && props.value === undefined && props.defaultValue === undefined ? "" : undefined}
        {...props}
      >
        {placeholder !== undefined && (
          <option value="" disabled={required}>
            {placeholder}
          </option>
        )}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
        {children}
      </Select>
    </FieldShell>
  );
}
