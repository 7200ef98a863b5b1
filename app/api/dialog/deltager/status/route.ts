import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { findDeltager } from "@/lib/data/dialog-deltager";
import { status } from "@/lib/data/dialog-tavle";
import { DELTAGER_COOKIE } from "@/lib/domain/dialog";
import { jsonRute } from "@/lib/data/json-rute";

export const dynamic = "force-dynamic";

/** A participant's phone polls this to know when the facilitator moves on. */
export const GET = jsonRute(async () => {
  const found = await findDeltager((await cookies()).get(DELTAGER_COOKIE)?.value);
  if (!found) return NextResponse.json({ fejl: "Du er ikke med i en dialog" }, { status: 401 });
  return NextResponse.json(await status(found.session), { headers: { "cache-control": "no-store" } });
});
