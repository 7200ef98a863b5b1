import { visKode } from "@/lib/dialog/kode";
import { QrKode } from "./qr-kode";

/**
 * How to join, written out in full: the address, the code, and a QR code that opens the address
 * with the code filled in. `adresse` is the portal's own public address.
 */
export function DeltagInfo({ adresse, kode, stor = false }: { adresse: string; kode: string; stor?: boolean }) {
  const url = `${adresse}/deltag`;
  return (
    <div className={`dialog-kode-boks${stor ? " dialog-kode-boks-stor" : ""}`}>
      <p className="dialog-deltag-tekst">
        Deltag på{" "}
        <strong className="dialog-adresse">
          {adresse}
          <wbr />
          /deltag
        </strong>{" "}
        med koden <strong className="dialog-kode">{visKode(kode)}</strong>
      </p>
      <QrKode className="dialog-qr" tekst={`${url}?kode=${kode}`} label={`QR-kode, der åbner ${url} med koden ${visKode(kode)}`} />
    </div>
  );
}
