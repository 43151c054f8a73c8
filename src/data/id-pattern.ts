// Ids are kebab-case: they appear in links (/events/<id>, ?person=<id>), so they stay readable.
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
