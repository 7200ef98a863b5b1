import { redirect } from "next/navigation";
import { requestContext } from "@/lib/data/context";
import { requireCitizenContext } from "@/lib/data/guard";
import { overblik } from "@/lib/data/overblik";
import { Overblik } from "./_components/overblik";
import { Velkommen } from "./_components/velkommen";

export default async function Forside({ searchParams }: { searchParams: Promise<{ "logget-ud"?: string }> }) {
  const ctx = await requestContext();
  if (!ctx) return <Velkommen loggedOut={(await searchParams)["logget-ud"] === "1"} />;
  if (ctx.actor.art === "medarbejder" && !ctx.data) redirect("/medarbejder");
  const { data } = await requireCitizenContext("/");
  const forAnden = data.basis.type === "self" ? null : data.subject.navn;
  return <Overblik navn={ctx.actor.navn} forAnden={forAnden} hjaelper={data.basis.type === "assisteret"} overblik={await overblik(data)} />;
}
