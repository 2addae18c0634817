// The shared paper setup, in one import for the other packages (forms, tracking book, Biểu 06 as filed).
export * from './docx-document.js';
export * from './dossier-paper.js';
export * from './font.js';
export * from './heading.js';
export * from './office-name.js';
export * from './paper.js';
export * from './paper-error.js';
export * from './pdf-document.js';
export * from './pdf-heading.js';
