/**
 * The command line's usage texts: one per command (`baoku X --help`) and the whole list (`baoku --help`).
 */

/** Each command's usage: its synopsis lines, then what it does and its options. */
export const COMMAND_USAGE: Record<string, string> = {
  parse: `usage: baoku parse FILE... [--json] [--content DIR]
  parse page files and print their articles (the contract's JSON with --json)
  --content DIR   the content folder whose site.yml and corrections apply (default content)`,
  build: `usage: baoku build [--content DIR] [--out DIR] [--keep-going]
  build the site from content/ into dist/
  --content DIR   the content folder (default content)
  --out DIR       the output folder (default dist)
  --keep-going    publish the good pages when some cannot be read, and list the refused ones`,
  search: `usage: baoku search [QUERY] [--dist DIR] [--office X] [--reporter X] [--month YYYY-MM]
                    [--from DATE] [--to DATE] [--sort relevance|newest|oldest] [--limit N] [--json]
       baoku search --queries FILE --json
  search a built site with the browser's engine
  --dist DIR          the built site (default dist)
  --office X          only articles of this office (its name, another name site.yml gives it, or the
                      start of its names)
  --reporter X        only articles by this reporter
  --month YYYY-MM     only articles of this month (2023-6 and 2023年6月 too)
  --from DATE         only articles of this day or later (DATE: YYYY-MM-DD, YYYY-MM or YYYY)
  --to DATE           only articles of this day or earlier
  --sort KIND         relevance (default), newest or oldest first (date: newest)
  --limit N           at most N results (default 10; 0 for every match)
  --json              the results as JSON
  --queries FILE      one query per line, one JSON array per line`,
  new: `usage: baoku new FILE|- [--date YYYY-MM-DD] [--issue N] [--page N] [--content DIR]
  add a page to content/pages with its front matter (- reads it from standard input)`,
  correct: `usage: baoku correct ARTICLE-ID [--content DIR]
  write content/corrections/ARTICLE-ID.md, prefilled, for an editor to fix`,
  review: `usage: baoku review PAGE [--content DIR]
  a page's lines with the article and part each went to (PAGE: its id or its file)`,
  check: `usage: baoku check [--content DIR] [--strict]
  report every problem as file:line:col message [rule]; exit 1 on errors
  --strict        exit 1 on warnings too`,
  dev: `usage: baoku dev [--port N] [--content DIR] [--out DIR]
  build, serve on 127.0.0.1, rebuild and reload on change (default port 4321)`,
};

/** The general usage: every command's synopsis and the options every command takes. */
export const USAGE = `usage: baoku COMMAND [OPTIONS]
commands:
  parse FILE [--json] [--content DIR]      parse one page and print its articles
  build [--content DIR] [--out DIR] [--keep-going]
                                           build the site from content/ into dist/
  search [QUERY] [--dist DIR] [--office X] [--reporter X] [--month YYYY-MM]
         [--from DATE] [--to DATE] [--sort relevance|newest|oldest] [--limit N] [--json]
  search --queries FILE --json             one query per line, one JSON array per line
  new FILE|- [--date YYYY-MM-DD] [--issue N] [--page N]
                                           add a page to content/pages with its front matter
  correct ARTICLE-ID                       write content/corrections/ARTICLE-ID.md to edit
  review PAGE [--content DIR]              a page's lines with the article and part each went to
  check [--content DIR] [--strict]         report every problem as file:line:col message [rule]
  dev [--port N]                           build, serve on 127.0.0.1, rebuild and reload on change
options:
  -h, --help      this text; \`baoku COMMAND --help\` for one command's
  --version       the version of baoku
  --debug         show stack traces of unexpected errors`;
