import "server-only";
import { privilegieTekst, type Delegerbar } from "@/lib/access/actions";
import * as laesBidrage from "@/lib/data/eksport-bidrage";
import * as laes from "@/lib/data/eksport-laes";
import { bevilling, udbetaling } from "@/lib/domain/ydelse";
import { afgoerelseUdfaldTekst, sagStatusTekst } from "@/lib/domain/sag";
import { fuldmagtStatusTekst } from "@/lib/fuldmagt/schema";
import { formatBeloeb, formatDato, formatPeriode, formatTidspunkt } from "@/lib/format";
import { SAMTYKKE_STATUS } from "@/lib/hentesamtykke/kilder";
import { statusTekst as rettelseStatusTekst } from "@/lib/rettelser/status";
import { samtykkeStatusTekst } from "@/lib/samtykke/kategorier";
import { eksportHentesamtykke, eksportRettelse, type EksportHentesamtykke, type EksportRettelse } from "./bidrage-elementer";
import { eksportBrev, eksportFuldmagt, eksportLogpost, eksportOplysning, eksportSag, eksportSamtykke } from "./elementer";
import type { EksportFuldmagt, EksportLogpost, EksportSag, EksportSamtykke } from "./elementer";
import { dl, esc, type Sektion } from "./sektion";
import type { Oplysning } from "@/lib/domain/oplysning";
import type { Brev } from "@/lib/domain/post";
import type { Bevilling, Udbetaling } from "@/lib/domain/ydelse";

/**
 * The export's sections, in the order of the copy. Each feature contributes its own.
 */
const oplysninger: Sektion<Oplysning> = {
  noegle: "oplysninger",
  titel: "Dine oplysninger fra CPR",
  beskrivelse: "Navn, fødselsdato, adresse og familieforhold, som kommunen henter fra Folkeregisteret, med kilden.",
  handling: "handle:eksport",
  element: eksportOplysning,
  sider: laes.eksportOplysninger,
  html: (o) => `<div class="post">${dl([[o.felt, o.vaerdi], ["Kilde", o.kilde]])}</div>`,
};

const sager: Sektion<EksportSag> = {
  noegle: "sager",
  titel: "Dine sager",
  beskrivelse: "Hver sag med forløb, dokumenter med deres tekst, afgørelsen og de oplysninger, afgørelsen bygger på.",
  handling: "handle:eksport",
  element: eksportSag,
  sider: laes.eksportSager,
  html: (s) => {
    const a = s.afgoerelse;
    return `<article class="sag"><h3>${esc(s.titel)} <span class="meta">(${esc(s.sagsnummer)})</span></h3>${dl([
      ["Status", sagStatusTekst[s.status]],
      ["Emne", `${s.emne.titel} (${s.emne.kle})`],
      ["Ansvarlig enhed", s.ansvarligEnhed],
      ["Forløb", s.tidslinje.map((t) => `${sagStatusTekst[t.status]} ${formatDato(t.fra)}`).join(" · ")],
    ])}${
      a
        ? `<h4>Afgørelse ${esc(formatDato(a.dato))}</h4><p>${esc(afgoerelseUdfaldTekst[a.udfald])}. ${esc(a.resultat)}</p><p class="meta">Hjemmel: ${esc(a.hjemmel)}</p>${
            a.grundlag.length ? `<h5>Det bygger afgørelsen på</h5><ul>${a.grundlag.map((g) => `<li>${esc(g.betegnelse)}: ${esc(g.vaerdi)} <span class="meta">(kilde: ${esc(g.kilde)})</span></li>`).join("")}</ul>` : ""
          }`
        : ""
    }${s.dokumenter.map((d) => `<section class="dok"><h4>${esc(d.titel)} <span class="meta">${esc(formatDato(d.dato))}, ${esc(d.type)}</span></h4>${d.tekst ? `<p class="tekst">${esc(d.tekst)}</p>` : ""}</section>`).join("")}</article>`;
  },
};

const bevillinger: Sektion<Bevilling> = {
  noegle: "bevillinger",
  titel: "Dine bevillinger",
  beskrivelse: "De ydelser, du har fået bevilget, hvem der betaler, og satserne.",
  handling: "handle:eksport",
  element: bevilling,
  sider: laes.eksportBevillinger,
  html: (b) =>
    `<div class="post">${dl([
      ["Bevilling", `${b.ydelser.map((y) => y.navn).join(", ")} (${b.nummer})`],
      ["Periode", formatPeriode(b.periode.fra, b.periode.til)],
      ["Betaler", b.betaler],
    ])}</div>`,
};

const udbetalinger: Sektion<Udbetaling> = {
  noegle: "udbetalinger",
  titel: "Dine udbetalinger",
  beskrivelse: "Planlagte og udbetalte beløb, nyeste først. Beløb i JSON-filen er hele øre.",
  handling: "handle:eksport",
  element: udbetaling,
  sider: laes.eksportUdbetalinger,
  html: (u) => `<p class="linje">${esc(formatDato(u.dato))} · ${esc(u.ydelse)} · ${esc(formatBeloeb(u.brutto))} før skat · ${esc(u.status === "udbetalt" ? "udbetalt" : "planlagt")}</p>`,
};

const fuldmagter: Sektion<EksportFuldmagt> = {
  noegle: "fuldmagter",
  titel: "Dine fuldmagter",
  beskrivelse: "Fuldmagter, du har givet eller fået, med en signeret kvittering for hver.",
  handling: "se:fuldmagter",
  element: eksportFuldmagt,
  sider: laes.eksportFuldmagter,
  html: (f) =>
    `<div class="post">${dl([
      ["Fuldmagt", `${f.giver.navn} til ${f.fuldmaegtig.navn}`],
      ["Status", fuldmagtStatusTekst[f.status]],
      ["Må", f.privilegier.map((p) => privilegieTekst[p as Delegerbar]?.titel ?? p).join(", ")],
      ["Til og med", formatDato(f.sidsteDag)],
    ])}</div>`,
};

const samtykker: Sektion<EksportSamtykke> = {
  noegle: "samtykker",
  titel: "Dine samtykker til at dele oplysninger",
  beskrivelse: "Samtykker, du har givet andre til at hente oplysninger om dig, med en signeret kvittering for hvert.",
  handling: "handle:samtykke",
  element: eksportSamtykke,
  sider: laes.eksportSamtykker,
  html: (s) =>
    `<div class="post">${dl([
      ["Modtager", `${s.modtager.navn} (CVR ${s.modtager.cvr})`],
      ["Formål", s.formaal],
      ["Oplysninger", s.omfang.join(", ")],
      ["Status", samtykkeStatusTekst[s.status]],
      [s.engangs ? "Én gang, senest" : "Til og med", formatDato(s.sidsteDag)],
    ])}</div>`,
};

const rettelser: Sektion<EksportRettelse> = {
  noegle: "rettelser",
  titel: "Dine anmodninger om rettelse",
  beskrivelse: "Oplysninger, du har bedt kommunen rette, med svarfristen og hele forløbet.",
  handling: "handle:rettelse",
  element: eksportRettelse,
  sider: laesBidrage.eksportRettelser,
  html: (r) =>
    `<article class="sag"><h3>${esc(r.oplysning)} <span class="meta">(${esc(r.reference)})</span></h3>${dl([
      ["Registreret", r.registreretVaerdi],
      ["Det rigtige", r.rigtigVaerdi],
      ["Status", rettelseStatusTekst[r.status]],
      ["Svarfrist", formatDato(r.frist)],
      ["Sendt af", r.indsendtAf],
    ])}<ol>${r.historik.map((h) => `<li>${esc(formatTidspunkt(h.tidspunkt))}: ${esc(h.hvad)}${h.tekst ? `. ${esc(h.tekst)}` : ""}</li>`).join("")}</ol></article>`,
};

const hentesamtykker: Sektion<EksportHentesamtykke> = {
  noegle: "hentesamtykker",
  titel: "Kommunens anmodninger om at hente oplysninger",
  beskrivelse: "Når kommunen har bedt om lov til at hente oplysninger om dig et andet sted, hvad du svarede, og hvornår den hentede.",
  handling: "handle:samtykke",
  element: eksportHentesamtykke,
  sider: laesBidrage.eksportHentesamtykker,
  html: (s) =>
    `<div class="post">${dl([
      ["Hente fra", s.kilde],
      ["Oplysninger", [...s.oplysninger, s.periode].filter(Boolean).join(", ")],
      ["Formål", s.formaal],
      ["Spurgte", s.anmodetAf],
      ["Status", SAMTYKKE_STATUS[s.status]],
      ["Hentet", s.hentet.map((h) => formatTidspunkt(h)).join(", ")],
    ])}</div>`,
};

const breve: Sektion<Brev> = {
  noegle: "breve",
  titel: "Dine breve",
  beskrivelse: "De breve, kommunen har sendt dig i Digital Post.",
  handling: "se:post",
  element: eksportBrev,
  sider: laes.eksportBreve,
  html: (b) => `<article class="brev"><h3>${esc(b.titel)} <span class="meta">${esc(formatDato(b.modtaget))}</span></h3><p class="tekst">${esc(b.tekst)}</p></article>`,
};

const log: Sektion<EksportLogpost> = {
  noegle: "log",
  titel: "Hvem har set dine data",
  beskrivelse: "Din log: hver gang en anden har set dine data, med grundlag og formål. Leddene er kædet sammen med hashes.",
  handling: "se:log",
  element: eksportLogpost,
  sider: laes.eksportLog,
  html: (l) => `<p class="linje">${esc(formatTidspunkt(l.tidspunkt))} · ${esc(l.hvem)}, ${esc(l.organisation)} · ${esc(l.hvad)} · formål: ${esc(l.formaal)}</p>`,
};

/** The list, with each element type erased: the writers only pass elements from a section to its own html(). */
const alle = <T extends unknown[]>(...s: { [K in keyof T]: Sektion<T[K]> }) => s as unknown as Sektion[];

export const SEKTIONER = alle(oplysninger, sager, bevillinger, udbetalinger, fuldmagter, samtykker, rettelser, hentesamtykker, breve, log);
