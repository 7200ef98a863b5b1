"use client";

import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { dialogStatusQuery } from "@/lib/queries/dialog";

/**
 * Keeps a server-rendered dialogue page current: polls the small status route and re-renders the
 * page from the server when something changed. Without JavaScript the page still works on reload.
 */
export function LiveOpdatering({ url, version }: { url: string; version: string }) {
  const [client] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <Poll url={url} version={version} />
    </QueryClientProvider>
  );
}

function Poll({ url, version }: { url: string; version: string }) {
  const router = useRouter();
  const { data, isError } = useQuery(dialogStatusQuery(url));
  const seen = useRef(version);
  useEffect(() => {
    seen.current = version;
  }, [version]);
  useEffect(() => {
    if (data && data.version !== seen.current) {
      seen.current = data.version;
      router.refresh();
    }
  }, [data, router]);
  return isError ? (
    <p className="dialog-forbindelse" role="status">
      Forbindelsen er afbrudt – siden prøver igen.
    </p>
  ) : null;
}
