// Shapes of inflected words in languages that capitalise nouns (German); used only where the
// lexicon says `capitalizedNouns` (or lists a prenominal genitive), so other languages never see them.

/** adjectives that begin names: "Indische", "Olympischen", "Schwarze", "Vereinigten" */
export const ADJECTIVE =
  /(?:isch|lich|ig|al|ar|ær|ert|igt|ar|z|ss|ß|ch)(?:e|en|er|es|em)$|(?:ten|ste|sten)$/u;

/** inflected adjective endings: "große", "neuen", "alter", "starkes", "kleinem" */
export const INFLECTED = /(?:e|en|er|es|em)$/u;
