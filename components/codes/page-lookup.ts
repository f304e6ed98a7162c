/**
 * A page with its own use for the code lookup (a claim form, which fills the line being edited) claims the
 * header's lookup button and the "/" shortcut while it is mounted. The opener returns false to decline (say,
 * once the form is graded), and the header's ordinary lookup opens instead.
 */
type Opener = () => boolean;

let opener: Opener | null = null;

export function claimPageLookup(open: Opener): () => void {
  opener = open;
  return () => {
    if (opener === open) opener = null;
  };
}

/** Hands the lookup to the page that claimed it; false when none did or it declined. */
export function openPageLookup(): boolean {
  return opener ? opener() : false;
}
