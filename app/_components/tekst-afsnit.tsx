/** Plain text from a fagsystem (a letter, a document) as paragraphs and line breaks, never as HTML. */
export function TekstAfsnit({ tekst }: { tekst: string }) {
  return (
    <div className="dokument-tekst">
      {tekst.split(/\n{2,}/).map((afsnit, i) => (
        <p key={i}>
          {afsnit.split("\n").map((linje, j, alle) => (
            <span key={j}>
              {linje}
              {j < alle.length - 1 && <br />}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
