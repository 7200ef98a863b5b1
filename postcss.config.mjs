// The production stylesheet keeps only the DKFDS rules whose selectors the portal's markup can
// match: DKFDS's partials are built for every kind of solution (grid offsets and orders, table
// and input variants …), and the one stylesheet every page loads and waits for went from 17.5 kB
// to ≈ 10 kB gzip (bench:pages). The portal's own styles follow `purgecss start ignore` in
// app/styles/app.scss and are kept whole.
//
// Only in `next build`: PurgeCSS reads the class names from app/ and lib/, and the dev server
// would not rebuild the CSS when a component gets a new DKFDS class.
//
// A DKFDS class the markup only builds at run time (`alert-${type}`) must match `safelist`;
// any literal string in app/ or lib/ counts as used, wherever it stands.
const purge = [
  "@fullhuman/postcss-purgecss",
  {
    // Relative to the project root, where `next build` runs (Turbopack bundles this file, so it has no import.meta.dirname).
    content: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    safelist: { standard: [/^alert-/] },
  },
];

const config = { plugins: process.env.NODE_ENV === "production" ? [purge] : [] };

export default config;
