// What the fixture chat pages (www/fixtures/src) put on `window` for the
// browser tests to read: the editor's own state and the messages the app
// sent. Type-checking only (make lint).
export {};

declare global {
  interface Window {
    /** The page's editor instance (textarea element, TipTap editor, Lexical editor, Quill). */
    editor: any;
    /** The fixture app's test surface: ready flag and readers of the editor's state. */
    fixture: any;
    /** Every message the app sent, in order. */
    sent: string[];
  }
}

