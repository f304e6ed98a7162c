"use client";

import { Button } from "@/components/ui/button";
import { CloseIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";

const iconButton = "size-8 px-0";

function SearchIcon() {
  return (
    <svg aria-hidden viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2}>
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" strokeLinecap="round" />
    </svg>
  );
}
const Arrow = ({ up }: { up?: boolean }) => (
  <svg aria-hidden viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2}>
    <path d={up ? "m6 15 6-6 6 6" : "m6 9 6 6 6-6"} strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The top of one claim line, diagnosis or service: its letter or number, the code, the lookup, move and remove. */
export function LineHeader({
  marker,
  name,
  code,
  onCode,
  placeholder,
  errorId,
  onLookup,
  onMove,
  isFirst,
  isLast,
  onRemove,
}: {
  marker: string;
  /** How the line is named in labels, lower case: "diagnosis A", "line 2". */
  name: string;
  code: string;
  onCode: (code: string) => void;
  placeholder: string;
  /** The id of the line's error list, when it has errors. */
  errorId?: string;
  onLookup: () => void;
  onMove: (direction: -1 | 1) => void;
  isFirst: boolean;
  isLast: boolean;
  onRemove: () => void;
}) {
  return (
    <div className="flex items-center gap-2">
      <span className="grid size-8 shrink-0 place-items-center rounded-md bg-surface-2 font-mono text-sm font-semibold text-muted" aria-hidden>
        {marker}
      </span>
      <Input
        aria-label={`${capitalise(name)} code`}
        value={code}
        onChange={(event) => onCode(event.target.value.toUpperCase())}
        placeholder={placeholder}
        className="min-w-0 flex-1 font-mono uppercase"
        autoComplete="off"
        spellCheck={false}
        maxLength={12}
        invalid={errorId !== undefined}
        aria-describedby={errorId}
        aria-keyshortcuts="/"
        onKeyDown={(event) => {
          // No code has a slash: in a code field "/" opens the lookup for this line.
          if (event.key === "/" && !event.metaKey && !event.ctrlKey && !event.altKey) {
            event.preventDefault();
            onLookup();
          }
        }}
      />
      <Button type="button" variant="secondary" size="sm" className="shrink-0" onClick={onLookup} aria-label={`Look up a code for ${name}`}>
        <SearchIcon />
        <span className="hidden sm:inline">Look up</span>
      </Button>
      <div className="flex shrink-0">
        <Button type="button" variant="ghost" size="sm" className={iconButton} disabled={isFirst} onClick={() => onMove(-1)} aria-label={`Move ${name} up`}>
          <Arrow up />
        </Button>
        <Button type="button" variant="ghost" size="sm" className={iconButton} disabled={isLast} onClick={() => onMove(1)} aria-label={`Move ${name} down`}>
          <Arrow />
        </Button>
        <Button type="button" variant="ghost" size="sm" className={iconButton} onClick={onRemove} aria-label={`Remove ${name}`}>
          <CloseIcon strokeWidth={2} />
        </Button>
      </div>
    </div>
  );
}
