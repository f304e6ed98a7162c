import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";
import { CheckCircleIcon, ErrorIcon, InfoIcon, WarningIcon } from "./icons";

export type AlertVariant = "info" | "success" | "warning" | "danger";

const variants: Record<AlertVariant, { box: string; icon: string; Icon: typeof InfoIcon }> = {
  info: { box: "bg-brand-soft text-brand-soft-fg", icon: "text-brand-soft-fg", Icon: InfoIcon },
  success: { box: "bg-success-soft text-success-soft-fg", icon: "text-success-soft-fg", Icon: CheckCircleIcon },
  warning: { box: "bg-warning-soft text-warning-soft-fg", icon: "text-warning-soft-fg", Icon: WarningIcon },
  danger: { box: "bg-danger-soft text-danger-soft-fg", icon: "text-danger-soft-fg", Icon: ErrorIcon },
};

export type AlertProps = Omit<ComponentProps<"div">, "title"> & {
  variant?: AlertVariant;
  title?: ReactNode;
  /** Replace the variant icon, or pass `false` to hide it. */
  icon?: ReactNode | false;
};

/** Inline message. role="status" for info/success, role="alert" for warning/danger. */
export function Alert({ variant = "info", title, icon, className, children, role, ...props }: AlertProps) {
  const v = variants[variant];
  return (
    <div
      role={role ?? (variant === "warning" || variant === "danger" ? "alert" : "status")}
      className={cn("flex gap-3 rounded-lg border border-current/20 px-4 py-3 text-sm leading-relaxed", v.box, className)}
      {...props}
    >
      {icon !== false && <span className={cn("mt-0.5 flex size-5 shrink-0 items-center justify-center [&>svg]:size-5", v.icon)}>{icon ?? <v.Icon />}</span>}
      <div className="min-w-0 flex-1">
        {title ? <p className="leading-6 font-semibold">{title}</p> : null}
        {children ? <div className={cn(title && "mt-0.5", "[&_a]:font-medium [&_a]:underline")}>{children}</div> : null}
      </div>
    </div>
  );
}
