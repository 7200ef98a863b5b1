import { handlers } from "@/lib/auth";
import { medGraenser } from "@/lib/auth/route";

export const GET = medGraenser(handlers.GET);
export const POST = medGraenser(handlers.POST);
