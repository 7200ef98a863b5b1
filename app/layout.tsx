import type { Metadata, Viewport } from "next";
import { currentActor } from "@/lib/data/actor";
import { Footer } from "./_components/footer";
import { Header } from "./_components/header";
import "./styles/app.scss";

export const metadata: Metadata = {
  title: { default: "Mine Data – Korsbæk Kommune", template: "%s – Mine Data – Korsbæk Kommune" },
  description: "Se, ret og del de data, Korsbæk Kommune har om dig.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

const borgerMenu = [
  { href: "/", text: "Overblik" },
  { href: "/sager", text: "Mine sager" },
  { href: "/ydelser", text: "Ydelser" },
  { href: "/oplysninger", text: "Mine oplysninger" },
  { href: "/log", text: "Hvem har set mine data" },
];
const medarbejderMenu = [
  { href: "/medarbejder", text: "Medarbejderforside" },
  { href: "/medarbejder/dialog", text: "Dialog" },
  { href: "/medarbejder/dilemmaer", text: "Dilemmaer" },
  { href: "/medarbejder/scenarier", text: "Scenarier" },
];

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  const user = actor && { navn: actor.navn, info: actor.art === "medarbejder" ? actor.enhed : undefined };
  const menu = actor?.art === "borger" ? borgerMenu : actor?.art === "medarbejder" ? medarbejderMenu : [];
  return (
    <html lang="da">
      <body>
        <a className="skipnav" href="#main-content">
          Gå til sidens indhold
        </a>
        <Header user={user} menu={menu} />
        <main id="main-content" className="container" tabIndex={-1}>
          {children}
        </main>
        <Footer />
      </body>
    </html>
  );
}
