import type { Metadata } from "next";
import { requireMedarbejder } from "@/lib/data/actor";
import { privilegeTekst } from "@/lib/domain/medarbejder";

export const metadata: Metadata = { title: "Medarbejderforside" };

export default async function Medarbejderforside() {
  const medarbejder = await requireMedarbejder();
  return (
    <>
      <h1>Goddag {medarbejder.navn}</h1>
      <p className="font-lead">Du er logget ind med MitID Erhverv som medarbejder i {medarbejder.enhed}.</p>
      <h2>Dine rettigheder i Mine Data</h2>
      <ul>
        {medarbejder.privilegier.map((p) => (
          <li key={p}>{privilegeTekst(p)}</li>
        ))}
      </ul>
      <p>
        Du ser aldrig en borgers data ved at bruge borgerens MitID. Skal du hjælpe en borger, sker det med borgerens
        godkendelse, og alt bliver logget, så borgeren kan se det.
      </p>
    </>
  );
}
