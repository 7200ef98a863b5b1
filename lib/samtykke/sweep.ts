import "server-only";
import { db } from "@/lib/db";
import { safeErrorInfo } from "@/lib/data/request-info";
import { nu } from "@/lib/klokke";
import { sendUdbakke } from "@/lib/post/udbakke";
import { efterseSamtykker } from "./store";

const HVERT_MINUT = 60_000;

/** Lapsed samtykker get their letter without anyone opening a page: once a minute per instance. */
export function startSamtykkeSweep(): void {
  const run = () =>
    efterseSamtykker(db(), nu())
      .then(() => sendUdbakke(db()))
      .catch((error: unknown) => console.error("[samtykke] eftersyn fejlede:", safeErrorInfo(error)));
  setInterval(run, HVERT_MINUT).unref();
}
