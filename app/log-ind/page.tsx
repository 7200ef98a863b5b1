import type { Metadata } from "next";
import { LoginButton } from "../_components/login-button";

export const metadata: Metadata = { title: "Log ind" };

type Props = { searchParams: Promise<{ til?: string; error?: string }> };

export default async function LogInd({ searchParams }: Props) {
  const { til, error } = await searchParams;
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1>Log ind</h1>
        {error ? (
          <div className="alert alert-error" role="alert">
            <div className="alert-body">
              <h2 className="alert-heading h4">Du blev ikke logget ind</h2>
              <p className="alert-text">
                {error === "AccessDenied"
                  ? "Din identitet giver ikke adgang til Mine Data. Er du medarbejder, skal din leder give dig adgang."
                  : error === "ForMangeForsoeg"
                    ? "Der er prøvet at logge ind mange gange på kort tid. Vent et minut, og prøv så igen."
                    : "Login blev afbrudt eller lykkedes ikke. Prøv igen. Sker det igen, så ring til Borgerservice på 44 44 44 44."}
              </p>
            </div>
          </div>
        ) : (
          til && <p>Du skal logge ind for at se siden.</p>
        )}
        <p>Du logger ind med dit eget MitID. Vi bruger kun dit login til at vise dine egne data.</p>
        <LoginButton returnTo={til ?? "/"} />
      </div>
    </div>
  );
}
