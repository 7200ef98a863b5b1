import { NextResponse } from "next/server";
import { requestContext } from "@/lib/data/context";
import { hentSession } from "@/lib/data/dialog";
import { status } from "@/lib/data/dialog-tavle";
import { jsonRute } from "@/lib/data/json-rute";

export const dynamic = "force-dynamic";

/** The facilitator's screen polls this; it changes whenever participants add, pick or vote. */
export const GET = jsonRute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = (await requestContext())?.actor;
  if (actor?.art !== "medarbejder") return NextResponse.json({ fejl: "Log ind som medarbejder" }, { status: 401 });
  const session = await hentSession((await params).id, actor.enhed);
  if (!session) return NextResponse.json({ fejl: "Dialogen findes ikke" }, { status: 404 });
  return NextResponse.json(await status(session), { headers: { "cache-control": "no-store" } });
});
