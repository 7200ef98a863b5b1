/**
 * The KLE emner used in the seed. Only numbers found in public municipal sources; each with a
 * short plain-Danish explanation written for citizens.
 */
export const kle = {
  plejebolig: { kle: "27.45.04", titel: "Indflytning i plejebolig" },
  omsorgstandpleje: { kle: "29.15.12", titel: "Omsorgstandpleje" },
  personligtTillaeg: { kle: "32.03.12", titel: "Personligt tillæg" },
  sygedagpenge: { kle: "15.17.06", titel: "Sygedagpenge" },
  revalidering: { kle: "15.17.12", titel: "Revalidering" },
  forsoergelse: { kle: "32.24.04", titel: "Hjælp til forsørgelse (kontanthjælp mv.)" },
} as const;

export type KleEmne = (typeof kle)[keyof typeof kle];
