const TEKST: Record<string, string> = {
  afgoerelse: "Afgørelsen er gemt, og borgeren får et brev.",
  frist: "Fristen er forlænget, og borgeren får et brev.",
  forlaeng: "Fristen er forlænget, og borgeren får et brev.",
  besked: "Beskeden er sendt.",
  samtykke: "Borgeren er bedt om samtykke og får et brev.",
  svar: "Svaret er sendt til borgeren.",
  hentet: "Oplysningerne er hentet.",
};

/** The confirmation after a form, read out by screen readers. */
export function Gemt({ hvad }: { hvad?: string }) {
  if (!hvad || !TEKST[hvad]) return null;
  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body">
        <p className="alert-text">{TEKST[hvad]}</p>
      </div>
    </div>
  );
}
