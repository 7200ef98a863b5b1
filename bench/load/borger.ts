import { fejlboks, formData, formular, links, saet, type Felter } from "./formular";
import { IngenSvar, type Klient, type Svar } from "./klient";
import type { Maaler } from "./maaler";

/**
 * What one logged-in citizen does during the run: reads a page (as themselves, or a holder as the
 * giver they act for), or sends a correction request through all its steps. Every step checks it
 * got what a browser would show; anything else is recorded as an `afvigelse`.
 */
export const SIDER = ["/", "/sager", "/sager/[id]", "/ydelser"] as const;

const UDE = "kan ikke vises lige nu";
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

export class Borger {
  private sag: string | null = null;

  constructor(
    readonly navn: string,
    readonly klient: Klient,
    private readonly maaler: Maaler,
    /** Set for a holder acting under a fuldmagt: the pages are the giver's, labelled apart. */
    readonly forNavn: string | null = null,
  ) {}

  private etiket(side: string) {
    return this.forNavn ? `${side} (fuldmagt)` : side;
  }

  /** One page view: 200 and the person's own page (the forside greets whom the session reads for). */
  async laes(side: (typeof SIDER)[number]): Promise<void> {
    if (side === "/sager/[id]" && !this.sag) {
      const liste = await this.klient.hent("/sager", this.etiket("/sager"));
      this.sag = links(liste.html, new RegExp(`href="/sager/(${UUID})"`, "g"))[0] ?? null;
      if (!this.sag && liste.html.includes(UDE)) return this.maaler.degrader(this.etiket("/sager"));
      if (!this.sag) return this.maaler.afvig(`${this.etiket("/sager")}: ingen sag at åbne (${liste.status})`);
    }
    const sti = side === "/sager/[id]" ? `/sager/${this.sag}` : side;
    const svar = await this.klient.hent(sti, this.etiket(side));
    // An error status is counted as an error already (maaler.ts); anything else but 200 is a deviation.
    if (svar.status >= 400) return;
    if (svar.status !== 200) return this.maaler.afvig(`${this.etiket(side)}: svar ${svar.status} ${svar.location}`);
    if (svar.html.includes(UDE)) this.maaler.degrader(this.etiket(side));
    if (side === "/" && !svar.html.includes(this.forNavn ?? this.navn)) this.maaler.afvig(`${this.etiket(side)}: forsiden viste ikke personens navn`);
  }

  /** The targets the citizen may ask to have corrected, from the choice page: the address and the data of decided sager. */
  async rettelsesmaal(): Promise<string[]> {
    const valg = await this.klient.hent("/rettelser/ny", "opsætning");
    return links(valg.html, /href="(\/rettelser\/ny\?(?:felt=cpr\.adresse|datum=[^"]+))"/g);
  }

  /**
   * A correction request through every step: the form (step 1, posted twice at once when `dobbelt`,
   * as a double click), the attachments page (none added), "Tjek dine svar", send (twice at once
   * when `dobbelt`), the receipt. Answers the request's id when the portal acknowledged it.
   */
  async rettelse(maal: string, nr: number, dobbelt: boolean): Promise<string | null> {
    // A fagsystem too slow to show the datum: the person tries again a little later (three times).
    let side = await this.igen(maal, "rettelse: formular");
    for (let gang = 1; gang <= 3 && side.status === 200 && side.html.includes(UDE); gang++) {
      this.maaler.degrader("rettelse: formular");
      await pause(5000);
      side = await this.igen(maal, "rettelse: formular");
    }
    const felter = side.status === 200 ? formular(side.html, "hvadErForkert") : null;
    if (!felter) return this.fejl(`rettelse ${nr}: formularen manglede (${side.status} ${side.location})`);
    const udfyldt = udfyld(felter, nr);
    const post1 = () => this.gange(dobbelt, () => this.igen(maal, "rettelse: gem svar (POST)", { body: formData(udfyldt) }));
    let svar1 = await post1();
    // The datum could not be read in time ("Vi kunne ikke finde den oplysning …"): sent again, same key.
    for (let gang = 1; gang <= 3 && svar1.every((s) => s.status === 200 && s.html.includes("Vi kunne ikke finde den oplysning")); gang++) {
      this.maaler.degrader("rettelse: gem svar (POST)");
      await pause(5000);
      svar1 = await post1();
    }
    const bilag = svar1.map((s) => (s.status === 303 ? new RegExp(`^/rettelser/ny/bilag\\?kladde=(${UUID})$`).exec(s.location)?.[1] : undefined));
    const kladde = bilag[0];
    if (!kladde || bilag.some((k) => k !== kladde)) return this.fejl(`rettelse ${nr}: trin 1 svarede ${svar1.map((s) => `${s.status} ${s.location || fejlboks(s.html)}`).join(" / ")}`);
    const bilagSide = await this.igen(`/rettelser/ny/bilag?kladde=${kladde}`, "rettelse: bilag");
    if (bilagSide.status !== 200) return this.fejl(`rettelse ${nr}: bilag svarede ${bilagSide.status}`);
    const tjek = await this.igen(`/rettelser/ny/tjek?kladde=${kladde}`, "rettelse: tjek dine svar");
    const send = tjek.status === 200 ? formular(tjek.html, "kladde") : null;
    if (!send) return this.fejl(`rettelse ${nr}: »Tjek dine svar« svarede ${tjek.status}`);
    const sendt = await this.gange(dobbelt, () => this.igen(`/rettelser/ny/tjek?kladde=${kladde}`, "rettelse: send (POST)", { body: formData(send) }));
    const kvittering = `/rettelser/${kladde}?sendt=1`;
    const forkerte = sendt.filter((s) => s.status !== 303 || s.location !== kvittering);
    if (forkerte.length) return this.fejl(`rettelse ${nr}: send svarede ${forkerte.map((s) => `${s.status} ${s.location || fejlboks(s.html)}`).join(" / ")}`);
    const modtaget = await this.igen(kvittering, "rettelse: kvittering");
    if (modtaget.status !== 200) return this.fejl(`rettelse ${nr}: kvitteringen svarede ${modtaget.status}`);
    return kladde;
  }

  /** The requests the person sees under /rettelser (sent ones only). */
  async mineRettelser(): Promise<string[]> {
    const side = await this.klient.hent("/rettelser", "kontrol");
    if (side.status !== 200) throw new Error(`/rettelser svarede ${side.status}`);
    return links(side.html, new RegExp(`href="/rettelser/(${UUID})"`, "g"));
  }

  /**
   * One step of a request as a person takes it: shown an error page or nothing at all (a server
   * gone mid-answer), they wait a moment and send the same form again (the same one-time key, so
   * the portal does it once). The first failure stays counted as an error.
   */
  private async igen(sti: string, etiket: string, init?: Parameters<Klient["hent"]>[2]): Promise<Svar> {
    const svar = await this.klient.hent(sti, etiket, init).catch((error: unknown) => {
      if (error instanceof IngenSvar) return null;
      throw error;
    });
    if (svar && svar.status < 500) return svar;
    await pause(1000);
    return this.klient.hent(sti, `${etiket} igen`, init);
  }

  private async gange<T>(dobbelt: boolean, f: () => Promise<T>): Promise<T[]> {
    return dobbelt ? Promise.all([f(), f()]) : [await f()];
  }

  private fejl(besked: string): null {
    this.maaler.afvig(besked);
    return null;
  }
}

/** What the person types: the datum's right value, or the address with another house number. */
function udfyld(felter: Felter, nr: number): Felter {
  const art = felter.find(([n]) => n === "art")?.[1];
  let f = saet(felter, "hvadErForkert", `Belastningstest ${nr}: oplysningen er forkert.`);
  f = saet(f, "begrundelse", "Jeg har papir på det rigtige.");
  if (art === "adresse") return saet(f, "husnr", String(100 + (nr % 800)));
  return saet(f, "rigtigVaerdi", `Det rigtige er ${nr}.`);
}
