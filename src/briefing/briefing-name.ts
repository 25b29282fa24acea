// What a briefing may be called: the file name of `<deck>/briefings/NAME.yaml`, checked by the loader and by command-line flags.

export const BRIEFING_NAME = /^[a-z0-9][a-z0-9-]*$/;
