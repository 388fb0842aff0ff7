/* outdir.h -- where each input's output goes under --output-dir, and the
 * checks made before anything is written: no two inputs share an output
 * file, and no output file is one of the inputs. */
#ifndef MT_CLI_OUTDIR_H
#define MT_CLI_OUTDIR_H

#include "maintext.h"
#include "walk.h"

/* The extension of an output file in `format` ("json", "tei.xml", ...). */
const char *cli_format_extension(mt_format format);

/* Sets each readable entry's out_path: `dir`, then its `rel` name with
 * its extension (and a ".gz" after it) replaced by the format's, so that
 * "sub/a.html" becomes "DIR/sub/a.json" and standard input "DIR/stdin.json";
 * an entry whose out_path an earlier entry has also gets `clash` (that
 * entry's path), one whose out_path would have to be a directory for
 * another entry's gets `blocker` (that entry's path), and one whose
 * out_path is too long to be made gets `out_err`. Returns 0 or ENOMEM. */
int cli_plan_outputs(const char *dir, mt_format format, cli_entries *e);

/* Whether an output file (`output`, -o's, when not NULL; else every
 * entry's out_path) is already one of the inputs, or the list of inputs
 * `list` (-i's; NULL or "-" for none), which opening it would empty; or,
 * not made yet, is named by an input, which would then read the run's own
 * output. An input missing now gets its `err` (errno): the run may make
 * it before its turn, and it is then told as missing, not read.
 * Returns 0 (none), 1 (*which: that output) or ENOMEM. */
int cli_output_is_an_input(cli_entries *e, const char *list, const char *output,
                           const char **which);

/* Makes the directories of `path` that are missing, as mkdir -p does: the
 * ones before its last '/', and with `whole` the last component too.
 * `path` is changed while this runs and given back as it was. Returns 0
 * or an errno value. */
int cli_make_dirs(char *path, int whole);

#endif
