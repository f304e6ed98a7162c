"use client";

import { useEffect, useId, useRef, type ReactNode, type RefObject } from "react";
import { Button } from "./button";
import { cn } from "./cn";
import { CloseIcon } from "./icons";

export type DialogProps = {
  open: boolean;
  /** Called when the user asks to close: Esc, the × button, or a click on the backdrop. Set `open` to false. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Action buttons; stacked full-width on phones, right-aligned from `sm`. */
  footer?: ReactNode;
  /** Element to focus when the dialog opens (default: the first focusable element inside it). */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Hide the × close button (Esc and backdrop still close). */
  hideCloseButton?: boolean;
  /** Close on backdrop click (default true). */
  closeOnBackdrop?: boolean;
  size?: "sm" | "md" | "lg";
  className?: string;
};

const sizes = { sm: "sm:max-w-sm", md: "sm:max-w-lg", lg: "sm:max-w-2xl" } as const;

/**
 * Modal dialog on the native <dialog> element opened with showModal(): the browser traps focus, makes the
 * rest of the page inert, handles Esc and restores focus on close. Fully controlled through `open`.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  footer,
  initialFocus,
  hideCloseButton = false,
  closeOnBackdrop = true,
  size = "md",
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const pointerDownOnBackdrop = useRef(false);
  const titleId = useId();
  const descriptionId = useId();
  const openRef = useRef(open);
  const onCloseRef = useRef(onClose);

  useEffect(() => {
    openRef.current = open;
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!open) {
      if (dialog.open) dialog.close();
      return;
    }
    if (!dialog.open) {
      dialog.showModal();
      initialFocus?.current?.focus();
    }
    // Stop the page behind from scrolling while the modal is up.
    const html = document.documentElement;
    const previous = html.style.overflow;
    html.style.overflow = "hidden";
    return () => {
      html.style.overflow = previous;
    };
  }, [open, initialFocus]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      // Esc: keep the dialog controlled; ask the parent to close instead of closing ourselves.
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
      // Closed by the browser without our say (e.g. a second Esc, or a <form method="dialog">): tell the parent.
      onClose={() => {
        if (openRef.current) onCloseRef.current();
      }}
      onPointerDown={(event) => {
        pointerDownOnBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        // The inner panel fills the <dialog>, so a click whose target is the <dialog> itself hit the backdrop.
        if (closeOnBackdrop && pointerDownOnBackdrop.current && event.target === event.currentTarget) {
          onCloseRef.current();
        }
        pointerDownOnBackdrop.current = false;
      }}
      className={cn(
        "m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] overflow-hidden rounded-xl border border-border bg-surface p-0 text-fg shadow-2xl",
        "backdrop:bg-slate-950/60",
        // Fade/scale in and out (skipped with reduced motion).
        "opacity-0 transition-[opacity,translate,scale,overlay,display] transition-discrete duration-200 ease-out",
        "translate-y-2 scale-[0.98] open:translate-y-0 open:scale-100 open:opacity-100",
        "starting:open:translate-y-2 starting:open:scale-[0.98] starting:open:opacity-0",
        "backdrop:opacity-0 backdrop:transition-[opacity,overlay,display] backdrop:transition-discrete backdrop:duration-200",
        "open:backdrop:opacity-100 starting:open:backdrop:opacity-0",
        "motion-reduce:transition-none motion-reduce:backdrop:transition-none",
        sizes[size],
        className,
      )}
    >
      <div className="flex max-h-[calc(100dvh-2rem)] flex-col">
        <div className={cn("px-5 pt-5 sm:px-6 sm:pt-6", children ? "pb-4" : "pb-5 sm:pb-6", !hideCloseButton && "pr-14 sm:pr-14")}>
          <h2 id={titleId} className="text-lg leading-snug font-semibold tracking-tight text-fg">
            {title}
          </h2>
          {description ? (
            <p id={descriptionId} className="mt-1.5 text-sm leading-relaxed text-muted">
              {description}
            </p>
          ) : null}
        </div>
        {children ? <div className="min-h-0 flex-1 overflow-y-auto px-5 pb-5 sm:px-6 sm:pb-6">{children}</div> : null}
        {footer ? (
          <div className="flex flex-col-reverse gap-2 border-t border-border bg-surface-2/60 px-5 py-4 sm:flex-row sm:justify-end sm:px-6">{footer}</div>
        ) : null}
        {/* Last in DOM order so the first focusable element inside the content gets initial focus. */}
        {!hideCloseButton && (
          <button
            type="button"
            onClick={() => onCloseRef.current()}
            aria-label="Close dialog"
            className="absolute top-3.5 right-3.5 inline-flex size-9 items-center justify-center rounded-lg text-muted transition-colors hover:bg-surface-2 hover:text-fg focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring sm:top-4 sm:right-4"
          >
            <CloseIcon className="size-5" />
          </button>
        )}
      </div>
    </dialog>
  );
}

export type ConfirmDialogProps = {
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  title: ReactNode;
  description?: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  /** Red confirm button for destructive actions. */
  danger?: boolean;
  /** Shows a spinner on the confirm button and disables it. */
  loading?: boolean;
  children?: ReactNode;
};

/** Yes/no confirmation. Focus starts on Cancel, the safe choice. */
export function ConfirmDialog({
  open,
  onConfirm,
  onCancel,
  title,
  description,
  confirmLabel = "Confirm",
  cancelLabel = "Cancel",
  danger = false,
  loading = false,
  children,
}: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={title}
      description={description}
      initialFocus={cancelRef}
      size="sm"
      hideCloseButton
      footer={
        <>
          <Button ref={cancelRef} variant="secondary" onClick={onCancel} type="button">
            {cancelLabel}
          </Button>
          <Button variant={danger ? "danger" : "primary"} onClick={onConfirm} loading={loading} type="button">
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
