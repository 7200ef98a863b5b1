import { citizens, fullName, staff, type Persona } from "../personas";

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function personaButton(p: Persona): string {
  const label = p.kind === "medarbejder" ? `${fullName(p)} – ${p.rolle}` : fullName(p);
  return `<li><button type="submit" name="persona" value="${escape(p.key)}">
    <span class="name">${escape(label)}</span><span class="info">${escape(p.description)}</span></button></li>`;
}

/** The simulator's identity picker, a self-contained page modelled on NemLog-in's test simulator. */
export function pickerPage(uid: string, clientName: string, acrValues: string, benchBorgere = 0): string {
  const betydelig = acrValues.includes("Substantial") ? "Tjenesten beder om sikringsniveau Betydelig." : "";
  const action = `/interaction/${encodeURIComponent(uid)}/login`;
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>MitID-simulator – vælg testidentitet</title>
<style>
  *{box-sizing:border-box}
  body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f1f1f1;color:#1a1a1a;line-height:1.5}
  header{background:#0060e6;color:#fff;padding:1rem}
  header p{margin:0;font-weight:700;font-size:1.25rem;max-width:40rem;margin:auto}
  main{max-width:40rem;margin:1.5rem auto;padding:0 1rem}
  .card{background:#fff;border-radius:8px;padding:1.5rem;box-shadow:0 1px 3px rgba(0,0,0,.15)}
  h1{font-size:1.5rem;margin:0 0 .5rem}
  h2{font-size:1.125rem;margin:1.5rem 0 .5rem}
  .note{background:#fff4d6;border-left:4px solid #b58100;padding:.75rem 1rem;margin:1rem 0}
  ul{list-style:none;margin:0;padding:0;display:grid;gap:.5rem}
  button{width:100%;text-align:left;font:inherit;border:2px solid #0060e6;border-radius:6px;background:#fff;color:#1a1a1a;padding:.75rem 1rem;cursor:pointer;display:flex;flex-direction:column}
  button:hover{background:#e8f0fd}
  button:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
  .name{font-weight:700;color:#0047ab}
  .info{font-size:.9rem;color:#4a4a4a}
  .cancel{border-color:#6b6b6b;margin-top:1.5rem;align-items:center}
  fieldset{border:1px solid #6b6b6b;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}
  legend{font-weight:700;padding:0 .25rem}
  label{display:block;padding:.25rem 0}
</style>
</head>
<body>
<header><p>MitID · Simulator</p></header>
<main>
<div class="card">
  <h1>Log ind hos ${escape(clientName)}</h1>
  <p class="note">Dette er en <strong>simulator</strong> til test og demonstration. Her vælger du en testperson i stedet for at bruge din egen MitID.</p>
  <form method="post" action="${action}">
    <fieldset>
      <legend>Sikringsniveau</legend>
      <p>${escape(betydelig)} Vælg »Lav« for at teste, at tjenesten afviser et for lavt niveau.</p>
      <label><input type="radio" name="sikringsniveau" value="betydelig" checked> Betydelig (MitID-appen eller kodeviser)</label>
      <label><input type="radio" name="sikringsniveau" value="lav"> Lav (kun brugernavn og adgangskode)</label>
    </fieldset>
    <h2 id="borgere">Borgere (MitID)</h2>
    <ul aria-labelledby="borgere">${Object.values(citizens).map(personaButton).join("")}</ul>${
      benchBorgere
        ? `\n    <p class="info">Desuden ${benchBorgere} testborgere til belastningstesten (bench-001 …), som kun kan vælges ved at sende deres nøgle i feltet persona.</p>`
        : ""
    }
    <h2 id="medarbejdere">Medarbejdere (MitID Erhverv)</h2>
    <ul aria-labelledby="medarbejdere">${Object.values(staff).map(personaButton).join("")}</ul>
  </form>
  <form method="post" action="/interaction/${encodeURIComponent(uid)}/afbryd">
    <button type="submit" class="cancel">Afbryd og gå tilbage</button>
  </form>
</div>
</main>
</body>
</html>`;
}
