import { redirect } from "next/navigation";
import { currentActor } from "@/lib/data/actor";
import { selfContext } from "@/lib/data/access";
import { overblik } from "@/lib/data/overblik";
import { Overblik } from "./_components/overblik";
import { Velkommen } from "./_components/velkommen";

export default async function Forside({ searchParams }: { searchParams: Promise<{ "logget-ud"?: string }> }) {
  const actor = await currentActor();
  if (actor?.art === "medarbejder") redirect("/medarbejder");
  if (!actor) return <Velkommen loggedOut={(await searchParams)["logget-ud"] === "1"} />;
  return <Overblik navn={actor.navn} overblik={await overblik(selfContext(actor))} />;
}
