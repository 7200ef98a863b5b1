import type { Metadata } from "next";
import Link from "next/link";
import { logUd } from "@/app/actions/auth";
import { requestContext } from "@/lib/data/context";

export const metadata: Metadata = { title: "Log af" };

/** Where Auth.js's own sign-out confirmation would have been: the same question, in Danish. */
export default async function LogUd() {
  const ctx = await requestContext();
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        {ctx ? (
          <>
            <h1>Log af</h1>
            <p className="font-lead">Vil du logge af Mine Data?</p>
            <form action={logUd}>
              <button type="submit" className="button button-primary">
                Log af
              </button>
            </form>
          </>
        ) : (
          <>
            <h1>Du er ikke logget ind</h1>
            <p>
              <Link href="/">Gå til forsiden af Mine Data</Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
