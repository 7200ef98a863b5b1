export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/startup-check");
  // Expiry, warnings and letters waiting in the outbox follow without anyone opening a page.
  (await import("./lib/fuldmagt/sweep")).startSweep();
  (await import("./lib/samtykke/sweep")).startSamtykkeSweep();
}
