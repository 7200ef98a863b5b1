import type { Trin } from "@/lib/dialog/drejebog";
import { TRIN } from "@/lib/dialog/trin";

/** The facilitator's own notes for a step: what to do and the questions to ask. Never on the projector. */
export function FacilitatorNoter({ trin, mange }: { trin: Trin; mange: boolean }) {
  return (
    <div className="dialog-kolonner">
      <div>
        <h3>Sådan gør du</h3>
        <ol className="dialog-instruktioner">
          {trin.instruktioner.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ol>
        {trin.tip && (
          <div className="alert alert-info">
            <div className="alert-body">
              <p className="alert-text">
                <strong>Tip:</strong> {trin.tip}
              </p>
            </div>
          </div>
        )}
        {trin.nr === TRIN.POINTER && mange && (
          <div className="alert alert-warning">
            <div className="alert-body">
              <p className="alert-text">I er mange i dag. Vælg 2–3 makkerpar, der siger deres pointer, og spørg så resten, om noget mangler.</p>
            </div>
          </div>
        )}
      </div>
      <div>
        <h3>Spørgsmål til rummet</h3>
        <ul className="dialog-spoergsmaal">
          {trin.spoergsmaal.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
