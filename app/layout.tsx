import type { Metadata, Viewport } from "next";
import { preload } from "react-dom";
import { requestContext } from "@/lib/data/context";
import { basisEnded, scope } from "@/lib/data/guard";
import { sidsteDag } from "@/lib/fuldmagt/datoer";
import { Footer } from "./_components/footer";
import { HjaelpBanner } from "./hjaelp/_components/hjaelp-banner";
import { HandlerForBanner, type HandlerFor } from "./_components/handler-for";
import { Header } from "./_components/header";
import { borgerMenu, medarbejderMenu } from "./_components/menu";
import "./styles/app.scss";

export const metadata: Metadata = {
  title: { default: "Mine Data – Korsbæk Kommune", template: "%s – Mine Data – Korsbæk Kommune" },
  description: "Se, ret og del de data, Korsbæk Kommune har om dig.",
  icons: { icon: [{ url: "/favicon.svg", type: "image/svg+xml" }, { url: "/favicon.ico", sizes: "32x32" }] },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** Header, banner and menu all come from the one request context: who acts, for whom, with which scope. */
async function visning() {
  const ctx = await requestContext();
  if (!ctx) return { user: null, menu: [], handlerFor: null };
  const session = { slut: ctx.slut, sekunder: Math.round((ctx.slut.getTime() - Date.now()) / 1000) };
  if (ctx.actor.art === "medarbejder") {
    // Helping a citizen: the citizen's own pages, as far as the citizen allowed (the banner says whom).
    const hjaelper = ctx.data && !(await basisEnded(ctx.data)) ? scope(ctx.data) : null;
    const privilegier = ctx.actor.privilegier;
    const menu = hjaelper
      ? borgerMenu.filter((item) => !item.action || hjaelper.includes(item.action))
      : medarbejderMenu.filter((item) => !item.privilegium || privilegier.includes(item.privilegium));
    return { user: { navn: ctx.actor.navn, info: ctx.actor.enhed, ...session }, menu, handlerFor: null };
  }
  const data = ctx.data!;
  const andenPerson = data.basis.type !== "self";
  const ophoert = andenPerson && (await basisEnded(data)) !== null;
  const tilladt = ophoert ? [] : scope(data);
  const handlerFor: HandlerFor | null = andenPerson ? { navn: data.subject.navn, sidsteDag: data.until ? sidsteDag(data.until) : null, ophoert } : null;
  return {
    user: { navn: ctx.actor.navn, info: handlerFor && !ophoert ? `handler for ${handlerFor.navn}` : undefined, ...session },
    menu: borgerMenu.filter((item) => !item.action || tilladt.includes(item.action)),
    handlerFor,
  };
}

/** The three weights every page uses (app/styles/_fonts.scss): fetched with the CSS, so they are there when the text is drawn. */
const SKRIFTER = ["Regular", "SemiBold", "Bold"].map((vaegt) => `/fonts/IBMPlexSans-${vaegt}-Latin1.woff2`);

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  for (const href of SKRIFTER) preload(href, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  const { user, menu, handlerFor } = await visning();
  return (
    <html lang="da">
      <body>
        <a className="skipnav" href="#main-content">
          Gå til sidens indhold
        </a>
        <Header user={user} menu={menu} />
        {handlerFor && <HandlerForBanner handlerFor={handlerFor} />}
        <HjaelpBanner />
        <main id="main-content" className="container" tabIndex={-1}>
          {children}
        </main>
        <Footer />
      </body>
    </html>
  );
}
