"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

const HVERT = 20_000;

/**
 * The root layout is not re-rendered when the browser moves between pages, so the banner and
 * the menu could go stale when the other side starts or ends the help. After each navigation
 * (and every 20 seconds while help is shown) this asks the small status route and re-renders the
 * layout from the server if the help changed. Without JavaScript every page is a fresh load.
 * Not on the first load: the server wrote the banner for this very request, and asking again cost
 * every page a request to the portal while it was still starting (bench:pages).
 */
export function BannerOpdatering({ version, lyt }: { version: string; lyt: boolean }) {
  const router = useRouter();
  const pathname = usePathname();
  const sidst = useRef(version);
  const foersteVisning = useRef(true);
  useEffect(() => {
    sidst.current = version;
  }, [version]);
  useEffect(() => {
    let aktiv = true;
    const tjek = async () => {
      const svar = await fetch("/api/hjaelp/tilstand", { cache: "no-store" }).catch(() => null);
      const data = svar?.ok ? ((await svar.json()) as { version?: string }) : null;
      if (aktiv && data?.version && data.version !== sidst.current) {
        sidst.current = data.version;
        router.refresh();
      }
    };
    if (foersteVisning.current) foersteVisning.current = false;
    else void tjek();
    const timer = lyt || pathname === "/hjaelp" ? setInterval(tjek, HVERT) : undefined;
    return () => {
      aktiv = false;
      clearInterval(timer);
    };
  }, [pathname, lyt, router]);
  return null;
}

/**
 * "24 min tilbage", counting down between page loads from the seconds the server said were left
 * (the server's clock decides, not the browser's); at 0 the layout is fetched again and says the help has ended.
 */
export function MinutterTilbage({ sekunder, minutter }: { sekunder: number; minutter: number }) {
  const router = useRouter();
  const [tilbage, setTilbage] = useState(minutter);
  useEffect(() => {
    const slut = Date.now() + sekunder * 1000;
    const timer = setInterval(() => {
      const n = Math.max(0, Math.ceil((slut - Date.now()) / 60_000));
      setTilbage(n);
      if (n === 0) {
        clearInterval(timer);
        router.refresh();
      }
    }, 5_000);
    return () => clearInterval(timer);
  }, [sekunder, router]);
  return <>{tilbage} min tilbage</>;
}
