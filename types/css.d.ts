// Stylesheets the fixture pages import for their bundler (esbuild); type-checking only.
declare module '*.css';
