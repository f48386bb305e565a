import * as z from 'zod/mini'

// zod/mini carries no wording, so a limit without its own message would read just "Invalid input".
// Classic zod switches English on when its first schema is built; schema files using zod/mini import
// this file for itself, so their messages read the same whichever screen loaded first.
z.config(z.locales.en())
