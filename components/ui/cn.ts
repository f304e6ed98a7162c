import { clsx, type ClassValue } from "clsx";

export type { ClassValue };

/**
 * Joins class names (clsx). It does not resolve Tailwind conflicts: a primitive offers a prop (variant, size, …)
 * for each style a caller may change, so no two classes passed together set the same property.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
