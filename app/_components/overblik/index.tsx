import type { Overblik as OverblikData } from "@/lib/data/overblik";
import { AdgangKort, VenterKort } from "./egne-kort";
import { FuldmaegtigeKort, HandlForKort, VenterPaaDigKort } from "./fuldmagt-kort";
import { hvem } from "../hvem";
import { PersonKort } from "./person-kort";
import { SagerKort } from "./sager-kort";
import { UdbetalingKort } from "./udbetaling-kort";

/**
 * The forside: what needs the citizen's attention, one block per source, each linking on. A
 * holder acting for someone sees only the blocks their fuldmagt covers, with both people named.
 */
type Props = {
  navn: string;
  forAnden: string | null;
  /** A staff member in an assisted session, not a fuldmagt holder. */
  hjaelper?: boolean;
  overblik: OverblikData;
  /** Blocks other features add: first (what waits on the person) and last. */
  foerst?: React.ReactNode;
  sidst?: React.ReactNode;
};

export function Overblik({ navn, forAnden, hjaelper = false, overblik, foerst, sidst }: Props) {
  const { person, sager, naesteUdbetaling, fuldmagter, ventendeSpoergsmaal, senesteAdgang } = overblik;
  const h = hvem(forAnden);
  return (
    <>
      <h1>Goddag {navn}</h1>
      <p className="font-lead">
        {forAnden && hjaelper
          ? `Du hjælper ${forAnden}. Her er det, ${forAnden} har givet dig lov til at se.`
          : forAnden
          ? `Du handler for ${forAnden}. Her er det, din fuldmagt giver dig lov til at se.`
          : "Her er et overblik over de data, Korsbæk Kommune har om dig."}
      </p>
      <div className="row">
        {foerst}
        {fuldmagter && <VenterPaaDigKort fuldmagter={fuldmagter} />}
        {fuldmagter && <HandlForKort fuldmagter={fuldmagter} />}
        {sager && <SagerKort sager={sager} h={h} />}
        {naesteUdbetaling && <UdbetalingKort naeste={naesteUdbetaling} h={h} />}
        {person && <PersonKort person={person} h={h} />}
        {ventendeSpoergsmaal && <VenterKort antal={ventendeSpoergsmaal} />}
        {fuldmagter && <FuldmaegtigeKort fuldmagter={fuldmagter} />}
        {senesteAdgang && <AdgangKort seneste={senesteAdgang} />}
        {sidst}
      </div>
    </>
  );
}
