import { queryOptions } from "@tanstack/react-query";
import { z } from "zod";

/** What the dialogue screens poll (see lib/data/dialog.ts `status`). */
export const dialogStatusSchema = z.object({
  version: z.string(),
  trin: z.number().int(),
  stilleAktiv: z.boolean(),
  restSekunder: z.number(),
  pauset: z.boolean(),
});
export type DialogStatus = z.infer<typeof dialogStatusSchema>;

export const DIALOG_POLL_MS = 1500;

/** Polls a dialogue's status: the facilitator's big screen and the participants' phones. */
export function dialogStatusQuery(url: string) {
  return queryOptions({
    queryKey: ["dialog-status", url],
    queryFn: async ({ signal }): Promise<DialogStatus> => {
      const response = await fetch(url, { cache: "no-store", signal, headers: { accept: "application/json" } });
      if (!response.ok) throw new Error(`Status ${response.status}`);
      return dialogStatusSchema.parse(await response.json());
    },
    refetchInterval: DIALOG_POLL_MS,
    refetchIntervalInBackground: true,
    retry: false,
  });
}
