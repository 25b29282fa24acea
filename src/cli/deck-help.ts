// What every command's help says about DIR: kept apart from deck-dir.ts so a command's help and flags load without the deck reader.

/** What every command's help says about DIR and its default (the rules of `resolveDeck` in deck-dir.ts). */
export const DECK_HELP = `DIR is a deck folder or one .md file. Without DIR: the deck named in ./vite.config.ts
(briefdeck({ deck })), else ./slides, else the .md files of the working folder, else its only
folder of .md files.`;
