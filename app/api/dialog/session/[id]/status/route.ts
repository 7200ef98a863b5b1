import { NextResponse } from "next/server";
import { requestContext } from "@/lib/data/context";
import { hentSession, status } from "@/lib/data/dialog";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** The facilitator's screen polls this; it changes whenever participants add, pick or vote. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = (await requestContext())?.actor;
  if (actor?.art !== "medarbejder") return NextResponse.json({ fejl: "Log ind som medarbejder" }, { status: 401 });
  const session = await hentSession(db(), (await params).id, actor.enhed);
  if (!session) return NextResponse.json({ fejl: "Dialogen findes ikke" }, { status: 404 });
  return NextResponse.json(await status(db(), session), { headers: { "cache-control": "no-store" } });
}
