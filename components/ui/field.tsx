import { useId, type ComponentProps, type ReactNode } from "react";
import { cn } from "./cn";
import { ErrorIcon } from "./icons";
import { Input, type InputProps } from "./input";

// The parts of a labelled form field around its control (components/ui/input.tsx): a page with bare inputs, like the
// coding form, does not load them.

export type LabelProps = ComponentProps<"label"> & {
  /** Adds a visual “required” asterisk (hidden from screen readers; the control's `required` announces it). */
  required?: boolean;
};

export function Label({ className, children, required, ...props }: LabelProps) {
  return (
    <label className={cn("block text-sm leading-5 font-medium text-fg", className)} {...props}>
      {children}
      {required && (
        <span aria-hidden="true" className="ml-0.5 text-danger">
          *
        </span>
      )}
    </label>
  );
}

export type FieldMessageProps = ComponentProps<"p"> & {
  /** "hint" = muted help text; "error" = danger text with an icon. */
  tone?: "hint" | "error";
};

export function FieldMessage({ tone = "hint", className, children, ...props }: FieldMessageProps) {
  if (tone === "error") {
    return (
      <p className={cn("flex items-start gap-1.5 text-sm leading-5 font-medium text-danger", className)} {...props}>
        <ErrorIcon className="mt-0.5 size-4 shrink-0" />
        <span>{children}</span>
      </p>
    );
  }
  return (
    <p className={cn("text-sm leading-5 text-muted", className)} {...props}>
      {children}
    </p>
  );
}

/** Normalises `error` (string | string[] | undefined) to a list of non-empty messages. */
export function toErrorList(error: string | string[] | undefined): string[] {
  if (!error) return [];
  return (Array.isArray(error) ? error : [error]).filter((e) => e.trim() !== "");
}

export type FieldIds = { id: string; hintId: string; errorId: string };

/** Shared markup of TextField / SelectField: label, optional hint, the control, and a polite live error region. */
export function FieldShell({
  ids,
  label,
  hint,
  errors,
  required,
  className,
  children,
}: {
  ids: FieldIds;
  label: ReactNode;
  hint?: ReactNode;
  errors: string[];
  required?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cn("flex min-w-0 flex-col", className)}>
      <Label htmlFor={ids.id} required={required}>
        {label}
      </Label>
      {hint ? (
        <FieldMessage id={ids.hintId} className="mt-1">
          {hint}
        </FieldMessage>
      ) : null}
      <div className="mt-1.5">{children}</div>
      {/* Always rendered so screen readers pick up errors that appear after a submit. */}
      <div id={ids.errorId} aria-live="polite">
        {errors.map((message, i) => (
          <FieldMessage key={i} tone="error" className="mt-1.5">
            {message}
          </FieldMessage>
        ))}
      </div>
    </div>
  );
}

/** Builds ids and the aria-describedby list for a field. */
export function useFieldIds(id: string | undefined, hasHint: boolean, hasError: boolean, describedBy?: string) {
  const auto = useId();
  const baseId = id ?? `field${auto.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const ids: FieldIds = { id: baseId, hintId: `${baseId}-hint`, errorId: `${baseId}-error` };
  const describedByList = [describedBy, hasHint ? ids.hintId : null, hasError ? ids.errorId : null].filter(Boolean).join(" ");
  return { ids, describedBy: describedByList || undefined };
}

export type TextFieldProps = Omit<InputProps, "name" | "invalid"> & {
  label: string;
  name: string;
  error?: string | string[];
  hint?: string;
  /** Class for the wrapping div (the plain `className` goes to the <input>). */
  containerClassName?: string;
};

/** Label + input + hint + error, wired with id, aria-describedby and aria-invalid. */
export function TextField({ label, name, error, hint, id, required, containerClassName, "aria-describedby": ariaDescribedBy, ...props }: TextFieldProps) {
  const errors = toErrorList(error);
  const { ids, describedBy } = useFieldIds(id, Boolean(hint), errors.length > 0, ariaDescribedBy);
  return (
    <FieldShell ids={ids} label={label} hint={hint} errors={errors} required={required} className={containerClassName}>
      <Input id={ids.id} name={name} required={required} invalid={errors.length > 0} aria-describedby={describedBy} {...props} />
    </FieldShell>
  );
}
