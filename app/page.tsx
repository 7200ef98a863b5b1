import { redirect } from "next/navigation";
import { ventendeForBorger } from "@/lib/assistance/forberedte";
import { requestContext } from "@/lib/data/context";
import { requireCitizenContext } from "@/lib/data/guard";
import { overblik } from "@/lib/data/overblik";
import { Overblik } from "./_components/overblik";
import { Velkommen } from "./_components/velkommen";
import { ForberedteKort, HjaelpKort } from "./hjaelp/_components/forberedte";

export default async function Forside({ searchParams }: { searchParams: Promise<{ "logget-ud"?: string }> }) {
  const ctx = await requestContext();
  if (!ctx) return <Velkommen loggedOut={(await searchParams)["logget-ud"] === "1"} />;
  // Staff come here only while helping a citizen (the citizen's forside, in the granted scope).
  if (ctx.actor.art === "medarbejder" && !ctx.data) redirect("/medarbejder");
  const { data } = await requireCitizenContext("/");
  const forAnden = data.basis.type === "self" ? null : data.subject.navn;
  const [blokke, venter] = await Promise.all([overblik(data), ventendeForBorger(data)]);
  return (
    <Overblik
      navn={ctx.actor.navn}
      forAnden={forAnden}
      hjaelper={data.basis.type === "assisteret"}
      overblik={blokke}
      foerst={<ForberedteKort venter={venter} />}
      sidst={data.basis.type === "self" ? <HjaelpKort /> : null}
    />
  );
}
