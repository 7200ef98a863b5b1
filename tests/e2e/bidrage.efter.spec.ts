import { citizens } from "@/mocks/personas";
import { aabnIIndbakken, amir, breve, DATUM, expect, jonas, PNG, SYGEDAGPENGE, udfyldOgSend } from "./bidrage-support";
import { expectAccessible, test } from "./fixtures";

// BIDRAGE (issue 11): Amir's corrections, end to end, with Jonas Møller on the other side. One
// file, in order: each test corrects a different datum, and they share the mocked fagsystemer.
test.describe.configure({ mode: "serial", timeout: 90_000 });

test("Amir corrects his address: submits, Jonas accepts, Amir sees the new value, the receipt, the letter and Jonas's reads", async ({ browser }) => {
  const a = await amir(browser, "/oplysninger");
  const adresse = a.locator(".oplysning-liste > li").filter({ has: a.getByRole("heading", { name: "Adresse", exact: true }) });
  await expect(adresse).toContainText("Stationsvej 7B, 2. th, 4999 Korsbæk");
  await adresse.getByRole("link", { name: /^Ret denne oplysning\s*: Adresse$/ }).click();
  await expect(a.getByRole("heading", { level: 1, name: "Bed om at få rettet en oplysning" })).toBeVisible();
  await expect(a.getByLabel("Hvad er forkert?")).toHaveValue("Der står: Stationsvej 7B, 2. th, 4999 Korsbæk");
  await expect(a.getByLabel("Dør (valgfri)")).toHaveValue("th");
  await expectAccessible(a);
  await a.getByLabel("Hvad er forkert?").fill("Jeg bor på 2. tv, ikke 2. th.");
  await a.getByLabel("Dør (valgfri)").fill("tv");
  const { reference, url } = await udfyldOgSend(a, { hvorfor: "Det står i min lejekontrakt, som jeg har vedhæftet.", fil: true });
  await expect(a.getByText(/Kommunen skal svare senest den \d+\. \w+ \d{4}/)).toBeVisible();
  await expect(a.getByRole("link", { name: "lejekontrakt.png" })).toBeVisible();
  await expectAccessible(a);

  await a.goto("/oplysninger");
  await expect(adresse).toContainText("Anfægtet");
  await expect(adresse.getByRole("link", { name: new RegExp(`Se anmodning ${reference}`) })).toBeVisible();
  const api = await (await a.request.get("/api/v1/oplysninger")).json();
  expect(api.person.find((f: { felt: string }) => f.felt === "Adresse").anfaegtet).toMatchObject({ status: "anfaegtet", reference });

  const j = await jonas(browser);
  await expectAccessible(j);
  await aabnIIndbakken(j, reference);
  await expect(j.locator("main")).toContainText("Amir Hassan");
  await expect(j.locator("main")).toContainText("Stationsvej 7B, 2. th, 4999 Korsbæk");
  await expect(j.getByText("Jonas Møller er begyndt at behandle anmodningen")).toBeVisible();
  await expectAccessible(j);
  const download = j.waitForEvent("download");
  await j.getByRole("link", { name: "lejekontrakt.png" }).click();
  expect((await download).suggestedFilename()).toBe("lejekontrakt.png");
  await j.getByLabel("Ret oplysningen").check();
  await expect(j.getByLabel("Dør")).toHaveValue("tv");
  await j.getByLabel("Begrundelse", { exact: true }).fill("Lejekontrakten viser, at du bor på 2. tv.");
  await j.getByRole("button", { name: "Gem afgørelsen og send brev" }).click();
  await expect(j.getByText("Afgørelsen er gemt, og borgeren får et brev.")).toBeVisible();
  await expect(j.getByText("Jonas Møller har rettet oplysningen")).toBeVisible();

  await a.goto("/oplysninger");
  await expect(adresse).toContainText("Stationsvej 7B, 2. tv, 4999 Korsbæk");
  await expect(adresse).not.toContainText("Anfægtet");
  await a.goto(url);
  await expect(a.locator("main")).toContainText("Rettet");
  await expect(a.locator("main")).toContainText("Lejekontrakten viser, at du bor på 2. tv.");
  await expectAccessible(a);
  await a.goto("/log");
  const jonasLaeste = a.locator(".log-liste > li").filter({ hasText: `Din anmodning ${reference} om at rette »Adresse«` });
  await expect(jonasLaeste.first()).toContainText("Jonas Møller så dine sager – som sagsbehandler på din sag");

  await a.goto("/post");
  await expect(a.locator(".brev-liste")).toContainText("Vi har rettet oplysningen »Adresse«");
  await expect(a.locator(".brev-liste")).toContainText(`Vi har modtaget din anmodning om rettelse (${reference})`);

  const post = await breve(citizens.amir.cpr);
  const titler = post.map((b) => b.titel);
  expect(titler).toContain(`Vi har modtaget din anmodning om rettelse (${reference})`);
  expect(titler).toContain("Vi har rettet oplysningen »Adresse«");
  for (const b of post.filter((p) => p.titel.includes("rettelse") || p.titel.includes("Adresse"))) expect(b.tekst).not.toMatch(/https?:\/\/|www\./);
});

test("a refusal comes with its reason and how to complain to Datatilsynet", async ({ browser }) => {
  const a = await amir(browser, `/sager/${SYGEDAGPENGE}`);
  await a.getByRole("link", { name: /^Ret denne oplysning\s*: Uger med sygedagpenge$/ }).click();
  const { reference, url } = await udfyldOgSend(a, { rigtigt: "20 uger", hvorfor: "Jeg var raskmeldt i to uger i maj." });
  await a.goto(`/sager/${SYGEDAGPENGE}`);
  const uger = a.locator(".grundlag-liste > li").filter({ hasText: "Uger med sygedagpenge" });
  await expect(uger).toContainText("Anfægtet");
  const api = await (await a.request.get(`/api/v1/sager/${SYGEDAGPENGE}`)).json();
  expect(api.sag.afgoerelse.grundlag.find((g: { id: string }) => g.id === DATUM.uger).anfaegtet).toMatchObject({ status: "anfaegtet", reference });

  const j = await jonas(browser);
  await aabnIIndbakken(j, reference);
  await j.getByLabel("Afslå at rette oplysningen").check();
  await j.getByLabel("Begrundelse", { exact: true }).fill("Ydelsesindekset viser 22 uger med udbetaling. Raskmeldingen i maj varede kun tre dage.");
  await j.getByRole("button", { name: "Gem afgørelsen og send brev" }).click();
  await expect(j.getByText("Afgørelsen er gemt, og borgeren får et brev.")).toBeVisible();

  await a.goto(url);
  await expect(a.locator(".rettelse-tag")).toHaveText("Afslag");
  await expect(a.locator("main")).toContainText("Raskmeldingen i maj varede kun tre dage.");
  await expect(a.getByRole("heading", { name: "Hvis du er uenig" })).toBeVisible();
  await expect(a.locator("main")).toContainText("Du kan klage til Datatilsynet");
  await expectAccessible(a);
  await a.goto(`/sager/${SYGEDAGPENGE}`);
  await expect(uger).not.toContainText("Anfægtet");
  const afslag = (await breve(citizens.amir.cpr)).find((b) => b.titel === "Afgørelse: Vi retter ikke oplysningen »Uger med sygedagpenge«");
  expect(afslag?.tekst).toContain("Datatilsynet");
});

test("Jonas extends the deadline by two months with a reason; Amir is told", async ({ browser }) => {
  const a = await amir(browser, `/rettelser/ny?datum=${DATUM.sygemeldt}&sag=${SYGEDAGPENGE}`);
  const { reference, url } = await udfyldOgSend(a, { rigtigt: "24. februar 2025", hvorfor: "Min første sygedag var en mandag, den 24. februar." });
  const foer = await a.locator(".font-lead").innerText();

  const j = await jonas(browser);
  await aabnIIndbakken(j, reference);
  await j.getByLabel("Begrundelse for at forlænge").fill("Vi skal have din arbejdsgivers lønsedler, før vi kan afgøre det.");
  await j.getByRole("button", { name: "Forlæng fristen" }).click();
  await expect(j.getByText("Fristen er forlænget, og borgeren får et brev.")).toBeVisible();
  await expect(j.getByRole("button", { name: "Forlæng fristen" })).toHaveCount(0);

  await a.goto(url);
  await expect(a.locator("main")).toContainText("Fristen er forlænget med to måneder.");
  await expect(a.locator("main")).toContainText("Vi skal have din arbejdsgivers lønsedler");
  expect(await a.locator(".font-lead").innerText()).not.toBe(foer);
  const brev = (await breve(citizens.amir.cpr)).find((b) => b.titel === `Vi har brug for mere tid til din anmodning (${reference})`);
  expect(brev?.tekst).toMatch(/Du får svar senest den \d+\. \w+ \d{4}/);
});

test("a double submit, or a retry of the same form, creates one request", async ({ browser }) => {
  const a = await amir(browser, `/rettelser/ny?datum=${DATUM.adresse}&sag=${SYGEDAGPENGE}`, false);
  await a.getByLabel("Hvad er det rigtige?").fill("Stationsvej 7B, 2. tv, 4999 Korsbæk");
  await a.getByLabel("Hvorfor er det forkert?").fill("Samme fejl som i CPR: jeg bor på 2. tv.");
  // The exact request the browser sends, sent again as a retry after a lost answer would be.
  const [svar] = await Promise.all([a.waitForRequest((r) => r.method() === "POST"), a.getByRole("button", { name: "Fortsæt" }).click()]);
  await expect(a.getByRole("heading", { level: 1, name: "Vedhæft dokumenter" })).toBeVisible();
  const kladde = new URL(a.url()).searchParams.get("kladde");
  const igen = await a.request.post(svar.url(), { headers: await svar.allHeaders(), data: svar.postDataBuffer()!, maxRedirects: 0 });
  expect(igen.headers()["location"] ?? igen.headers()["x-action-redirect"] ?? "").toContain(`kladde=${kladde}`);

  await a.getByRole("link", { name: "Fortsæt til Tjek dine svar" }).click();
  const [send] = await Promise.all([a.waitForRequest((r) => r.method() === "POST"), a.getByRole("button", { name: "Send anmodningen" }).click()]);
  await expect(a.getByRole("heading", { name: "Anmodningen er sendt" })).toBeVisible();
  await a.request.post(send.url(), { headers: await send.allHeaders(), data: send.postDataBuffer()!, maxRedirects: 0 });
  await a.request.post(send.url(), { headers: await send.allHeaders(), data: send.postDataBuffer()!, maxRedirects: 0 });

  await a.goto("/rettelser");
  await expect(a.locator(".rettelse-liste > li").filter({ hasText: "Din adresse" })).toHaveCount(1);
  const kvitteringer = (await breve(citizens.amir.cpr)).filter((b) => b.titel.startsWith("Vi har modtaget din anmodning") && b.tekst.includes("»Din adresse«"));
  expect(kvitteringer).toHaveLength(1);
});

test("without JavaScript: errors are summed up with links to the fields, nothing typed is lost, and markup stays text", async ({ browser }) => {
  const a = await amir(browser, `/sager/${SYGEDAGPENGE}`, false);
  await a.getByRole("link", { name: /^Ret denne oplysning\s*: Din indkomst før sygdom$/ }).click();
  await a.getByLabel("Hvad er forkert?").fill("");
  await a.getByLabel("Hvad er det rigtige?").fill("x".repeat(1001));
  await a.getByRole("button", { name: "Fortsæt" }).click();
  const opsummering = a.locator(".fejlopsummering");
  await expect(opsummering).toContainText("Skriv, hvad der er forkert.");
  await expect(opsummering).toContainText("må højst være 1.000 tegn");
  await expect(opsummering).toContainText("Skriv, hvorfor oplysningen er forkert.");
  await expect(opsummering.getByRole("link", { name: "Skriv, hvad der er forkert." })).toHaveAttribute("href", "#hvadErForkert");
  await expect(a.getByLabel("Hvad er det rigtige?")).toHaveValue("x".repeat(1001));

  await a.getByLabel("Hvad er forkert?").fill("Beløbet er for lavt: <script>alert('hej')</script>");
  await a.getByLabel("Hvad er det rigtige?").fill("33.850,00 kr. pr. måned");
  await a.getByLabel("Hvorfor er det forkert?").fill("Min lønseddel for januar 2025 viser 33.850 kr.");
  await a.getByRole("button", { name: "Fortsæt" }).click();
  await expect(a.getByRole("heading", { level: 1, name: "Vedhæft dokumenter" })).toBeVisible();

  await a.getByLabel("Vælg en fil").setInputFiles({ name: "loenseddel.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ this is a program, not a PDF") });
  await a.getByRole("button", { name: "Vedhæft filen" }).click();
  await expect(a.locator(".fejlopsummering")).toContainText("»loenseddel.pdf« hedder noget med PDF, JPG eller PNG, men er ikke sådan en fil.");
  await expect(a.locator(".fejlopsummering").getByRole("link")).toHaveAttribute("href", "#fil");
  await a.getByLabel("Vælg en fil").setInputFiles({ name: "stor.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(6 * 1024 * 1024, 32)]) });
  await a.getByRole("button", { name: "Vedhæft filen" }).click();
  await expect(a.locator(".fejlopsummering")).toContainText("Den må højst fylde 5 MB.");
  await a.getByLabel("Vælg en fil").setInputFiles({ name: "kæmpe.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(11 * 1024 * 1024, 32)]) });
  await a.getByRole("button", { name: "Vedhæft filen" }).click();
  await expect(a.locator(".fejlopsummering")).toContainText("Filen er for stor. Den må højst fylde 5 MB.");
  await expect(a.locator("body")).not.toContainText("413");
  await a.getByLabel("Vælg en fil").setInputFiles({ name: "loenseddel.png", mimeType: "image/png", buffer: PNG });
  await a.getByRole("button", { name: "Vedhæft filen" }).click();
  await expect(a.getByText("Filen er vedhæftet.")).toBeVisible();

  await a.getByRole("link", { name: "Fortsæt til Tjek dine svar" }).click();
  await expect(a.locator(".tjek-liste")).toContainText("<script>alert('hej')</script>");
  await a.getByRole("button", { name: "Send anmodningen" }).click();
  await expect(a.getByRole("heading", { name: "Anmodningen er sendt" })).toBeVisible();
  await expect(a.locator("main")).toContainText("Beløbet er for lavt: <script>alert('hej')</script>");
  await expect(a.locator("main script")).toHaveCount(0);
});

test("fetch consent: Jonas asks, Amir sees exactly what, accepts, both see the values; Amir withdraws and no new fetch happens", async ({ browser }) => {
  const j = await jonas(browser);
  await j.getByRole("link", { name: /Din indkomst før sygdom/ }).click();
  await j.getByLabel("Lønindkomst").check();
  await j.getByLabel("Fra måned (eIndkomst)").fill("2025-01");
  await j.getByLabel("Til måned (eIndkomst)").fill("2025-01");
  await j.getByRole("button", { name: "Bed borgeren om samtykke" }).click();
  await expect(j.getByText("Borgeren er bedt om samtykke og får et brev.")).toBeVisible();

  const a = await amir(browser, "/samtykker");
  await expectAccessible(a);
  await a.getByRole("link", { name: "Svar: Hente fra eIndkomst" }).click();
  const detaljer = a.locator(".samtykke-detaljer");
  await expect(detaljer).toContainText("Lønindkomst");
  await expect(detaljer).toContainText("januar 2025");
  await expect(detaljer).toContainText("Indkomstregisteret hos Skattestyrelsen");
  await expect(detaljer).toContainText("At kontrollere oplysningen »Din indkomst før sygdom«");
  await expect(detaljer).toContainText("Så længe din sag er åben og derefter i 5 år");
  await expectAccessible(a);
  await a.getByRole("button", { name: "Ja, jeg giver samtykke" }).click();
  await expect(a.getByText("Du har givet samtykke.")).toBeVisible();
  await expect(a.locator(".hentede-vaerdier")).toContainText("Lønindkomst 33.850,00 kr.");
  await expectAccessible(a);

  await j.goto("/medarbejder/indbakke");
  await j.getByRole("link", { name: "Hente fra eIndkomst" }).click();
  await expect(j.locator(".hentede-vaerdier")).toContainText("Lønindkomst 33.850,00 kr.");
  await expectAccessible(j);

  await a.getByRole("button", { name: "Træk samtykket tilbage" }).click();
  await expect(a.getByText("Du har trukket samtykket tilbage.")).toBeVisible();
  await j.reload();
  await j.getByRole("button", { name: "Hent oplysningerne igen" }).click();
  await expect(j.locator(".fejlopsummering")).toContainText("Borgeren trak samtykket tilbage");
  await expect(j.locator(".hentede-vaerdier")).not.toContainText("2 gange");
  const titler = (await breve(citizens.amir.cpr)).map((b) => b.titel);
  expect(titler).toEqual(expect.arrayContaining(["Kommunen beder om dit samtykke til at hente oplysninger", "Kvittering: Du har givet samtykke til at hente oplysninger", "Kvittering: Du har trukket dit samtykke tilbage"]));

  // With the figure from eIndkomst, Jonas corrects the income: Amir's sag shows the new value and keeps the old one, marked wrong.
  await j.goto("/medarbejder/indbakke");
  await j.getByRole("link", { name: /Din indkomst før sygdom/ }).click();
  await j.getByLabel("Ret oplysningen").check();
  await j.getByLabel("Ny værdi (bruges kun, hvis du retter)").fill("33.850,00 kr. pr. måned");
  await j.getByLabel("Begrundelse", { exact: true }).fill("eIndkomst viser 33.850,00 kr. for januar 2025.");
  await j.getByRole("button", { name: "Gem afgørelsen og send brev" }).click();
  await expect(j.getByText("Afgørelsen er gemt, og borgeren får et brev.")).toBeVisible();
  await a.goto(`/sager/${SYGEDAGPENGE}`);
  const indkomst = a.locator(".grundlag-liste > li").filter({ hasText: "Din indkomst før sygdom" });
  await expect(indkomst).toContainText("33.850,00 kr. pr. måned");
  await expect(indkomst).toContainText('Tidligere stod der "27.350,00 kr. pr. måned"');
  await expect(indkomst).toContainText("efter anmodning fra Amir Hassan");
});

test("every new page passes axe for its user: the lists, the chooser and the inbox", async ({ browser }) => {
  const a = await amir(browser, "/rettelser");
  await expect(a.locator(".rettelse-liste > li")).toHaveCount(5);
  await expectAccessible(a);
  await a.goto("/rettelser/ny");
  await expect(a.getByRole("link", { name: "Adresse", exact: true })).toBeVisible();
  await expectAccessible(a);
  await a.getByRole("link", { name: "Uger med sygedagpenge" }).click();
  await a.getByLabel("Hvad er forkert?").fill("");
  await a.getByRole("button", { name: "Fortsæt" }).click();
  await expect(a.locator(".fejlopsummering")).toBeFocused();
  await expect(a.locator(".fejlopsummering")).toContainText("Skriv, hvad der er forkert.");
  await expectAccessible(a);
  await a.goto(`/sager/${SYGEDAGPENGE}/tilfoej`);
  await a.getByLabel("Hvad vil du fortælle sagsbehandleren?").fill("Jeg har fået en ny lønseddel fra februar.");
  await a.getByLabel("Dokument (valgfrit)").setInputFiles({ name: "februar.png", mimeType: "image/png", buffer: PNG });
  await a.getByRole("button", { name: "Tilføj til sagen" }).click();
  await expect(a.getByText("Det er tilføjet, og sagsbehandleren har fået besked.")).toBeVisible();
  await expect(a.locator(".tilfoejelser")).toContainText("Tilføjet af borgeren: Amir Hassan");
  await expectAccessible(a);

  const j = await jonas(browser);
  await j.getByRole("link", { name: "Ny oplysning fra borgeren til en sag" }).click();
  await expect(j.locator("main")).toContainText("Jeg har fået en ny lønseddel fra februar.");
  await expect(j.getByRole("link", { name: "februar.png" })).toBeVisible();
  await expectAccessible(j);
  await a.reload();
  await expect(a.locator(".tilfoejelser")).toContainText("sagsbehandleren har set det");
});
