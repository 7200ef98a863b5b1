"use client";

/** Opens the browser's print dialogue; without JavaScript the browser's own print menu does the same. */
export function PrintKnap() {
  return (
    <button type="button" className="button button-secondary" onClick={() => window.print()}>
      Udskriv
    </button>
  );
}
