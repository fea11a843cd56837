/**
 * The result view: what every front door shows of one assessment result — the verdict, the next actions
 * in the order that moves the verdict, the findings by requirement group, the exemptions, the open and
 * decided risks, the advisories as policy-model §4 defines them, and the counts. Built from a result
 * document and the catalogue by {@link kumo.application.view.ResultView#of}; the text report of the
 * CLI, an HTML page or a spreadsheet only lay it out.
 */
package kumo.application.view;
