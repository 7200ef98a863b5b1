/**
 * The printable copy's own stylesheet, inline so the file stands alone when saved. Long words and
 * numbers wrap (no sideways scrolling at 390 px), and a sag, a letter or an entry is never split
 * across two printed pages.
 */
export const PRINT_CSS = `
*,*::before,*::after{box-sizing:border-box}
body{font-family:"IBM Plex Sans",Arial,sans-serif;color:#1a1a1a;line-height:1.5;margin:0;padding:1rem;font-size:1rem}
main{max-width:48rem;margin:0 auto;overflow-wrap:anywhere}
h1{font-size:2rem;margin:.5rem 0}h2{font-size:1.5rem;margin:2rem 0 .5rem;border-bottom:2px solid #1a1a1a}
h3{font-size:1.2rem;margin:1rem 0 .25rem}h4{font-size:1.05rem;margin:.75rem 0 .25rem}h5{font-size:1rem;margin:.5rem 0 .25rem}
.lead{font-size:1.15rem}.meta{color:#454545;font-weight:normal;font-size:.95rem}
dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.1rem 1rem;margin:.25rem 0}
dt{font-weight:600}dd{margin:0}
@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.4rem}}
.sag,.brev,.post,.dok{border-top:1px solid #bfbfbf;padding:.5rem 0}
.tekst{white-space:pre-wrap}
.linje{margin:.1rem 0;border-top:1px solid #e0e0e0;padding-top:.1rem}
.besked{background:#fff6d6;border-left:4px solid #a06600;padding:.5rem}
.faerdig{margin-top:2rem;padding:.75rem;border:2px solid #2d6a2d}
a{color:#0059b3}
@media print{
  body{padding:0;font-size:11pt}
  .skaerm,nav{display:none}
  h2{break-after:avoid}h3,h4{break-after:avoid}
  .sag,.brev,.post,.linje,dl{break-inside:avoid}
  section{break-before:auto}
}
`;
