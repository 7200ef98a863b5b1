import type { Action } from "@/lib/access/actions";

/** The citizen menu; an item shows only when the reader's scope covers its action. */
export const borgerMenu: { href: string; text: string; action?: Action }[] = [
  { href: "/", text: "Overblik" },
  { href: "/sager", text: "Sager", action: "se:sager" },
  { href: "/ydelser", text: "Ydelser", action: "se:ydelser" },
  { href: "/oplysninger", text: "Oplysninger", action: "se:oplysninger" },
  { href: "/fuldmagter", text: "Fuldmagter", action: "se:fuldmagter" },
  { href: "/post", text: "Breve", action: "se:post" },
  { href: "/rettelser", text: "Rettelser", action: "handle:rettelse" },
  { href: "/samtykker", text: "Samtykker", action: "handle:samtykke" },
  { href: "/eksport", text: "Kopi af dine data", action: "handle:eksport" },
  { href: "/log", text: "Hvem har set mine data", action: "se:log" },
];

/** The staff menu; an item with a privilege shows only to staff who have it. */
export const medarbejderMenu: { href: string; text: string; privilegium?: string }[] = [
  { href: "/medarbejder", text: "Medarbejderforside" },
  { href: "/medarbejder/hjaelp", text: "Hjælp en borger", privilegium: "urn:dk:korsbaek:minedata:privilege:borgerservice" },
  { href: "/medarbejder/fuldmagt", text: "Papirfuldmagt", privilegium: "urn:dk:korsbaek:minedata:privilege:betroet-medarbejder" },
  { href: "/medarbejder/indbakke", text: "Indbakke", privilegium: "urn:dk:korsbaek:minedata:privilege:sagsbehandler" },
  { href: "/medarbejder/dialog", text: "Dialog" },
  { href: "/medarbejder/dilemmaer", text: "Dilemmaer" },
  { href: "/medarbejder/scenarier", text: "Scenarier" },
];
